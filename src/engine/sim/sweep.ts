import type { DesignDoc } from '../design/schema';
import { NODE_KINDS } from '../kits/registry';
import { throughputSweep as weblogicThroughputSweep } from '../kits/weblogic/throughput';
import { Simulation } from './simulation';

/** One point of a throughput-vs-RTT sweep. */
export interface RttSweepPoint {
  rttMs: number;
  /** Mean whole-system throughput (req/s) over the measured window. */
  throughput: number;
}

/** `metric`: false when the design has no workload at all (every point is 0, nothing to plot). */
export interface RttSweep {
  points: RttSweepPoint[];
  metric: boolean;
}

/** The RTTs of the app's default sweep, in ms: dense around the 10 ms supported limit (WL-3), out to 40 ms. */
export const DEFAULT_SWEEP_RTTS_MS = [0.5, 2, 4, 6.5, 8, 10, 12, 15, 20, 25, 30, 40];

/** A copy of the design with every inter-site link at `rttMs`. */
function withRtt(design: DesignDoc, rttMs: number): DesignDoc {
  return { ...design, links: design.links.map((l) => ({ ...l, rttMs })) };
}

/** One headless run per RTT, measured over the second half (the first lets the workload settle). */
function simulatedSweep(design: DesignDoc, seed: number, rttsMs: readonly number[], durationMs: number): RttSweep {
  let metric = false;
  const points = rttsMs.map((rttMs) => {
    const sim = new Simulation(withRtt(design, rttMs), { seed });
    sim.runUntil(durationMs);
    const { keys, rows } = sim.drainFrame().samples;
    const column = keys.indexOf('throughput');
    const measured = column < 0 ? [] : rows.filter((row) => row.t >= durationMs / 2);
    if (measured.length > 0) metric = true;
    const sum = measured.reduce((acc, row) => acc + row.values[column]!, 0);
    return { rttMs, throughput: measured.length > 0 ? sum / measured.length : 0 };
  });
  return { points, metric };
}

/**
 * Throughput vs inter-site RTT (issue 5 §4), for the app's worker and the CLI alike. A WebLogic design uses the
 * kit's own model (WL-15: round trips per request derived from the design; the same figures as its tests, on a
 * 0.5 ms grid); any other design is run headless once per RTT for `durationMs`.
 */
export function rttSweep(design: DesignDoc, seed: number, rttsMs: readonly number[], durationMs: number): RttSweep {
  const weblogic = design.nodes.some((n) => NODE_KINDS.get(n.kind)?.group === 'weblogic');
  if (!weblogic) return simulatedSweep(design, seed, rttsMs, durationMs);
  const model = weblogicThroughputSweep(design, 0, Math.max(40, ...rttsMs), 0.5);
  const points = rttsMs.map((rttMs) => model.reduce((best, p) => (Math.abs(p.rttMs - rttMs) < Math.abs(best.rttMs - rttMs) ? p : best)));
  return { points: points.map((p) => ({ rttMs: p.rttMs, throughput: p.throughput })), metric: points.some((p) => p.throughput > 0) };
}
