import { NODE_KINDS, Simulation, weblogicThroughputSweep, type DesignDoc } from '../engine';
import type { SweepPoint } from './protocol';

/** The RTTs of the default sweep, in ms: dense around the 10 ms supported limit (WL-3), out to 40 ms. */
export const DEFAULT_SWEEP_RTTS_MS = [0.5, 2, 4, 6.5, 8, 10, 12, 15, 20, 25, 30, 40];

/** A copy of the design with every inter-site link at `rttMs`. */
function withRtt(design: DesignDoc, rttMs: number): DesignDoc {
  return { ...design, links: design.links.map((l) => ({ ...l, rttMs })) };
}

/** One headless run per RTT, measured over the second half (the first lets the workload settle). */
function simulatedSweep(design: DesignDoc, seed: number, rttsMs: readonly number[], durationMs: number): { points: SweepPoint[]; metric: boolean } {
  let metric = false;
  const points = rttsMs.map((rttMs) => {
    const sim = new Simulation(withRtt(design, rttMs), { seed });
    sim.runUntil(durationMs);
    const samples = sim.drainFrame().samples.filter((s) => s.t >= durationMs / 2 && s.values.throughput !== undefined);
    if (samples.length > 0) metric = true;
    const sum = samples.reduce((acc, s) => acc + (s.values.throughput ?? 0), 0);
    return { rttMs, throughput: samples.length > 0 ? sum / samples.length : 0 };
  });
  return { points, metric };
}

/**
 * Throughput vs RTT. A WebLogic design uses the kit's own model (WL-15: round trips per request derived from
 * the design; the same figures as its tests); any other design is run headless once per RTT.
 */
export function throughputSweep(design: DesignDoc, seed: number, rttsMs: readonly number[], durationMs: number): { points: SweepPoint[]; metric: boolean } {
  const weblogic = design.nodes.some((n) => NODE_KINDS.get(n.kind)?.group === 'weblogic');
  if (weblogic) {
    const model = weblogicThroughputSweep(design, 0, 40, 0.5);
    const points = rttsMs.map((rttMs) => model.reduce((best, p) => (Math.abs(p.rttMs - rttMs) < Math.abs(best.rttMs - rttMs) ? p : best)));
    return { points: points.map((p) => ({ rttMs: p.rttMs, throughput: p.throughput })), metric: points.some((p) => p.throughput > 0) };
  }
  return simulatedSweep(design, seed, rttsMs, durationMs);
}
