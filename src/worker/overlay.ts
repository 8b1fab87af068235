import { downsample, sampleRecords, Simulation, type DesignDoc, type MetricSample, type TimedFault } from '../engine';
import { advanceWithScript } from './script';

/** Never re-run more than this for an overlay (simulated ms): a branch longer than that is drawn up to here. */
export const MAX_OVERLAY_MS = 30 * 60_000;

/**
 * Another branch's metric series, for drawing over the live charts (issue 15 §4): the same design, seed and script
 * re-run headless with the same function as the live run (advanceWithScript), so the line is the one that branch
 * showed. It runs in a worker of its own (state/headless.ts), never on the page: a long branch of a big design
 * would freeze it. One run per choice of branch, bounded in length and downsampled; the chart keeps the part in its window.
 */
export function overlaySamples(design: DesignDoc, seed: number, script: readonly TimedFault[], untilMs: number): MetricSample[] {
  const sim = new Simulation(design, { seed });
  const rows: MetricSample[] = [];
  const end = Math.min(Math.max(untilMs, 0), MAX_OVERLAY_MS);
  let next = 0;
  for (let t = Math.min(60_000, end); ; t = Math.min(t + 60_000, end)) {
    next = advanceWithScript(sim, script, next, t);
    const { samples } = sim.drainFrame();
    if (samples.rows.length > 0) rows.push(...sampleRecords(samples, 0));
    if (t >= end) break;
  }
  return downsample(rows, 600);
}
