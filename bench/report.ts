/**
 * The benchmark's one output: rows of (figure, value, baseline, ratio, budget, verdict), printed as a table and
 * written to bench/results.json. A row that could not be measured says why ("n/a: …") instead of disappearing.
 */
import { writeFileSync } from 'node:fs';

export type Verdict = 'pass' | 'FAIL' | 'info' | 'n/a';

export interface Row {
  /** Group of the measurement, e.g. "1 engine throughput". */
  group: string;
  figure: string;
  /** Measured value (median), or null when not measured. */
  value: number | null;
  unit: string;
  baseline?: number | null;
  ratio?: number | null;
  /** Human-readable budget, e.g. "≥ 0.5"; empty for informative rows. */
  budget: string;
  verdict: Verdict;
  /** Why n/a, how many runs, what the baseline is: one short line. */
  note?: string;
  /** Every run's value, so a reader can see the spread behind the median. */
  runs?: number[];
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Slope of log(y) against log(x): 1 means linear growth, 2 quadratic. */
export function growthExponent(points: ReadonlyArray<{ x: number; y: number }>): number {
  const xs = points.map((p) => Math.log(p.x));
  const ys = points.map((p) => Math.log(p.y));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * (ys[i]! - my);
    den += (x - mx) ** 2;
  });
  return num / den;
}

export function notAvailable(group: string, figure: string, why: string, budget = ''): Row {
  return { group, figure, value: null, unit: '', budget, verdict: 'n/a', note: `n/a: ${why}` };
}

export function verdict(ok: boolean): Verdict {
  return ok ? 'pass' : 'FAIL';
}

function fmt(value: number | null | undefined, unit = ''): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  const abs = Math.abs(value);
  let text: string;
  if (abs >= 1e6) text = `${(value / 1e6).toFixed(2)} M`;
  else if (abs >= 1e4) text = `${(value / 1e3).toFixed(0)} k`;
  else if (abs >= 100) text = value.toFixed(0);
  else if (abs >= 10) text = value.toFixed(1);
  else text = value.toFixed(2);
  return unit ? `${text} ${unit}` : text;
}

/** The table as Markdown, which reads well both in a terminal and in the README. */
export function formatTable(rows: readonly Row[]): string {
  const header = ['#', 'figure', 'value', 'baseline', 'ratio', 'budget', 'result', 'note'];
  const lines = rows.map((r) => [
    r.group,
    r.figure,
    fmt(r.value, r.unit),
    r.baseline === undefined ? '' : fmt(r.baseline, r.unit),
    r.ratio === undefined ? '' : fmt(r.ratio),
    r.budget,
    r.verdict,
    r.note ?? '',
  ]);
  const out = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const l of lines) out.push(`| ${l.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`);
  return out.join('\n');
}

export interface Results {
  startedAt: string;
  finishedAt: string;
  durationS: number;
  machine: { cpus: number; node: string; platform: string; loadAverage1m: { atStart: number; atEnd: number }; chromium?: string };
  commit: string;
  rows: Row[];
}

export function writeResults(path: string, results: Results): void {
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
}
