import { rttSweep, type DesignDoc } from '../engine';

/** Each simulated RTT point runs this long unless --until says otherwise (the second half is measured). */
export const DEFAULT_SWEEP_DURATION_MS = 300_000;

export interface SweepRow {
  rttMs: number;
  /** Requests per second. */
  throughput: number;
  /** Throughput relative to the same design at 0 ms, in percent (null when that is 0). */
  percentOfBaseline: number | null;
}

export interface SweepResult {
  design: string;
  seed: number;
  /** Throughput with every link at 0 ms: the 100 % of the table. */
  baselineThroughput: number;
  /** False when the design has no workload: every figure is 0. */
  metric: boolean;
  points: SweepRow[];
}

/** Throughput vs RTT with the engine's sweep (the app's worker uses the same one), against a 0 ms baseline. */
export function sweep(design: DesignDoc, seed: number, rttsMs: readonly number[], durationMs: number): SweepResult {
  const withBaseline = rttsMs.includes(0) ? rttsMs : [0, ...rttsMs];
  const { points, metric } = rttSweep(design, seed, withBaseline, durationMs);
  const baseline = points[withBaseline.indexOf(0)]!.throughput;
  const rows = points.slice(withBaseline.length - rttsMs.length).map((p) => ({
    rttMs: p.rttMs,
    throughput: Math.round(p.throughput * 10) / 10,
    percentOfBaseline: baseline > 0 ? Math.round((p.throughput / baseline) * 1000) / 10 : null,
  }));
  return { design: design.name, seed, baselineThroughput: Math.round(baseline * 10) / 10, metric, points: rows };
}

export function sweepText(result: SweepResult): string {
  const header = `${result.design}: throughput vs inter-site RTT (seed ${result.seed}; 100 % = ${result.baselineThroughput} req/s at 0 ms)`;
  if (!result.metric) return `${header}\n  the design has no workload (no users): nothing to measure`;
  const lines = result.points.map((p) => `${String(p.rttMs).padStart(8)}  ${p.throughput.toFixed(1).padStart(12)}  ${p.percentOfBaseline === null ? '—' : `${p.percentOfBaseline.toFixed(1)} %`}`.trimEnd());
  return [header, `${'RTT ms'.padStart(8)}  ${'req/s'.padStart(12)}  % of baseline`, ...lines].join('\n');
}
