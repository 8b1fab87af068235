/**
 * The CLI side of issue 14: `--sweep-failures`, `--availability`, `--compare`. Runs in this process
 * (runAnalysis) or on worker threads (runAnalysisThreaded, `--threads N`) with the same output; progress goes to
 * stderr in steps of 10 %.
 */
import { type DesignDoc, type SweepCell, type SweepMatrix, type AvailabilityResult, type Comparison, type ServiceSummary, formatDuration, planJob, runJobSerial, type AnalysisRequest as EngineRequest, type AnalysisResult } from '../engine';
import { runJobThreaded } from './analysisThreads';
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

/** Progress lines on stderr, one per 10 % (a sweep of 60 failures prints 10 lines, not 60), with the time left when known. */
export function progressTo(err: (text: string) => void, what: string): { onProgress(done: number, total: number, remainingMs?: number | null): void } {
  let shown = -1;
  return {
    onProgress: (done, total, remainingMs) => {
      const tenth = Math.floor((10 * done) / Math.max(1, total));
      if (tenth === shown) return;
      shown = tenth;
      const left = remainingMs && done < total ? `, about ${formatDuration(Math.max(1000, Math.round(remainingMs / 1000) * 1000))} left` : '';
      err(`${what}: ${tenth * 10} % (${done}/${total})${left}`);
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
  const back = (ms: number | null | undefined) => (ms === undefined ? '-' : ms === null ? 'not back' : d(ms));
  for (const row of c.failures) {
    lines.push(`${mark(row.differs)} ${row.id}: A ${f(row.a)} | B ${f(row.b)}`);
    // The report's lanes: each function the failure interrupted and when it worked again in A and in B.
    for (const l of row.lanes) lines.push(`    ${mark(l.differs)} ${l.lane}: A ${back(l.a)} | B ${back(l.b)}`);
  }
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

/** The engine's request for what the command line asks. */
function engineRequest(req: AnalysisRequest): EngineRequest {
  const { design, seed, mode } = req;
  if (mode.kind === 'sweep') return { kind: 'sweep', design, seed };
  if (mode.kind === 'availability') return { kind: 'availability', design, seed, years: mode.years };
  return { kind: 'compare', design, other: mode.other, seed, years: mode.years };
}

/** What to print on stdout for an analysis result. */
function resultText(req: AnalysisRequest, result: AnalysisResult): string {
  const { design, format } = req;
  const json = (value: unknown) => JSON.stringify(value, null, 2);
  switch (result.kind) {
    case 'sweep':
      return format === 'json' ? json({ design: design.name, ...result.matrix }) : sweepText(design, result.matrix);
    case 'availability':
      return format === 'json' ? json({ design: design.name, ...result.result }) : availabilityText(design, result.result);
    case 'compare': {
      if (format === 'json') return json(result.comparison);
      const a = namer(design);
      const b = namer(req.mode.kind === 'compare' ? req.mode.other : design);
      return compareText(result.comparison, (id) => (a(id) === id ? b(id) : a(id)));
    }
  }
}

/** Runs one analysis on this thread and returns what to print on stdout. */
export function runAnalysis(req: AnalysisRequest, err: (text: string) => void): string {
  return resultText(req, runJobSerial(planJob(engineRequest(req)), progressTo(err, req.mode.kind)));
}

/**
 * The same on `threads` worker threads (issue 14.5): the same output as runAnalysis, byte for byte (the pool merges
 * in task order); progress on stderr as the threads finish tasks, with the time left.
 */
export async function runAnalysisThreaded(req: AnalysisRequest, threads: number, err: (text: string) => void): Promise<string> {
  const progress = progressTo(err, req.mode.kind);
  const result = await runJobThreaded(planJob(engineRequest(req)), threads, (p) => progress.onProgress?.(p.done, p.total, p.remainingMs));
  return resultText(req, result);
}
