/**
 * The CLI side of issue 14: `--sweep-failures`, `--availability`, `--compare`. Runs sequentially in this process
 * (no worker threads yet: the engine runs from TypeScript under tsx, and a worker would need its own loader);
 * progress goes to stderr in steps of 10 %.
 */
import { type DesignDoc, sweepFailures, type SweepCell, type SweepMatrix, availability, type AvailabilityResult, compareDesigns, type Comparison, type ServiceSummary, type Progress, formatDuration } from '../engine';
import { translationAt } from '../i18n/lookup';
import { describeFault } from './summary';

export const DEFAULT_YEARS = 100;

/** An English sentence of the app's dictionary with its `{{param}}`s filled in. */
function englishText(key: string, params: Record<string, unknown> = {}): string {
  const template = translationAt('en', key);
  return (typeof template === 'string' ? template : key).replace(/\{\{(\w+)\}\}/g, (_m, p: string) => String(params[p] ?? p));
}

/** Ids as names (sites, nodes); anything else (a service such as "system") as it is. */
function namer(design: DesignDoc): (id: string) => string {
  const names = new Map<string, string>([...design.sites, ...design.nodes].map((x) => [x.id, x.name]));
  return (id) => names.get(id) ?? id;
}

/** Progress lines on stderr, one per 10 % (a sweep of 60 failures prints 10 lines, not 60). */
export function progressTo(err: (text: string) => void, what: string): Progress {
  let shown = -1;
  return {
    onProgress: (done, total) => {
      const tenth = Math.floor((10 * done) / Math.max(1, total));
      if (tenth === shown) return;
      shown = tenth;
      err(`${what}: ${tenth * 10} % (${done}/${total})`);
    },
  };
}

const d = (ms: number) => (ms === 0 ? '0s' : formatDuration(ms));
const pad = (text: string, width: number) => text.padEnd(width);

function cellText(c: SweepCell | undefined): string {
  if (!c || c.impactMs === 0) return c?.verdict ? 'ok' : '—';
  const verdict = c.verdict ? (c.verdict.pass ? ' ok' : ` MISS ${c.verdict.misses.map((m) => englishText(`analysis.miss.${m}`)).join(', ')}`) : '';
  return `${d(c.impactMs)}${c.downUntilRepair ? ' until repair' : ''}${c.relapsed ? ' (relapsed)' : ''}${c.dataLostMs > 0 ? ` lost ${d(c.dataLostMs)}` : ''}${verdict}`;
}

export function sweepText(design: DesignDoc, m: SweepMatrix): string {
  const name = namer(design);
  const w = m.window;
  const head = `${design.name}: single-failure sweep, ${m.rows.length} failures, seed ${m.seed} (fail at +${d(w.warmupMs)}, repair ${d(w.holdMs)} later, watch ${d(w.settleMs)} more); worst first`;
  const labels = m.rows.map((r) => describeFault(r.failure.fault, name));
  const first = Math.max(7, ...labels.map((l) => l.length));
  const cells = m.rows.map((r) => m.services.map((s) => cellText(r.cells[s])));
  const widths = m.services.map((s, j) => Math.max(name(s).length, ...cells.map((row) => row[j]!.length)));
  const line = (a: string, rest: string[]) => [pad(a, first), ...rest.map((t, j) => pad(t, widths[j]!))].join('  ').trimEnd();
  return [head, line('failure', m.services.map(name)), ...m.rows.map((_, i) => line(labels[i]!, cells[i]!))].join('\n');
}

const pct = (a: number) => `${(a * 100).toFixed(4)} %`;

export function availabilityText(design: DesignDoc, r: AvailabilityResult): string {
  const name = namer(design);
  const lines = [`${design.name}: availability over ${r.years} simulated years (seed ${r.seed}; ${r.failures} failures, ${r.overlapping} overlapping, ${r.engineRuns} engine runs)`];
  for (const s of r.services) {
    lines.push(`  ${name(s.service)}: ${pct(s.availability)} (95 % ${pct(s.ci95[0])} – ${pct(s.ci95[1])}), ${s.nines === null ? 'never down' : `${s.nines.toFixed(2)} nines`}, ${d(Math.round(s.downtimeHoursPerYear * 3600) * 1000)} down and ${s.outagesPerYear.toFixed(2)} outages per year; analytic ${pct(s.analytic)}`);
    for (const key of s.why) lines.push(`    ${englishText(key)}`);
  }
  lines.push('Criticality (share of all downtime):', ...r.criticality.filter((c) => c.share > 0).map((c) => `  ${name(c.component)} ${(c.share * 100).toFixed(1)} %`));
  return lines.join('\n');
}

function summaryCell(s: ServiceSummary | undefined): string {
  if (!s) return '(no such service)';
  const avail = s.availability ? `, ${pct(s.availability.availability)}` : '';
  const targets = s.targetsChecked > 0 ? `, targets missed ${s.targetsMissed}/${s.targetsChecked}` : '';
  return `hurt by ${s.failuresHurting}, down until repair in ${s.downUntilRepair}, worst ${d(s.worstImpactMs)}${targets}${avail}`;
}

export function compareText(c: Comparison, name: (id: string) => string): string {
  const mark = (differs: boolean) => (differs ? '*' : ' ');
  const lines = [`A = ${c.names[0]}; B = ${c.names[1]}; seed ${c.seed}; * = the two differ`, 'Services:'];
  for (const s of c.services) lines.push(`${mark(s.differs)} ${name(s.service)}`, `    A: ${summaryCell(s.a)}`, `    B: ${summaryCell(s.b)}`);
  lines.push('Failures (worst impact, targets missed):');
  const f = (x: { worstImpactMs: number; missed: number } | undefined) => (x ? `${d(x.worstImpactMs)}${x.missed > 0 ? `, ${x.missed} missed` : ''}` : '(not in this design)');
  for (const row of c.failures) lines.push(`${mark(row.differs)} ${row.id}: A ${f(row.a)} | B ${f(row.b)}`);
  lines.push('Design checks:');
  for (const row of c.findings) {
    const finding = (row.a ?? row.b)!;
    lines.push(`${mark(row.differs)} ${finding.severity.toUpperCase()} ${finding.ref} ${englishText(finding.messageKey, finding.params)} [${row.a ? 'A' : ''}${row.a && row.b ? '+' : ''}${row.b ? 'B' : ''}]`);
  }
  return lines.join('\n');
}

export interface AnalysisRequest {
  design: DesignDoc;
  seed: number;
  format: 'text' | 'json';
  mode: { kind: 'sweep' } | { kind: 'availability'; years: number } | { kind: 'compare'; other: DesignDoc; years: number };
}

/** Runs one analysis and returns what to print on stdout. */
export function runAnalysis(req: AnalysisRequest, err: (text: string) => void): string {
  const { design, seed, format } = req;
  const json = (value: unknown) => JSON.stringify(value, null, 2);
  switch (req.mode.kind) {
    case 'sweep': {
      const m = sweepFailures(design, { seed, ...progressTo(err, 'sweep') });
      return format === 'json' ? json({ design: design.name, ...m }) : sweepText(design, m);
    }
    case 'availability': {
      const r = availability(design, { years: req.mode.years, seed, ...progressTo(err, 'availability') });
      return format === 'json' ? json({ design: design.name, ...r }) : availabilityText(design, r);
    }
    case 'compare': {
      const { other, years } = req.mode;
      const c = compareDesigns(design, other, { seed, years, ...progressTo(err, 'compare') });
      if (format === 'json') return json(c);
      const a = namer(design);
      const b = namer(other);
      return compareText(c, (id) => (a(id) === id ? b(id) : a(id)));
    }
  }
}
