import { Simulation, type DesignDoc } from '../engine';
import type { SweepPoint } from './protocol';

/** The RTTs of the default sweep, in ms: dense around the 10 ms supported limit (WL-3), out to 40 ms. */
export const DEFAULT_SWEEP_RTTS_MS = [0.5, 2, 4, 6.5, 8, 10, 12, 15, 20, 25, 30, 40];

/** A copy of the design with every inter-site link at `rttMs`. */
function withRtt(design: DesignDoc, rttMs: number): DesignDoc {
  return { ...design, links: design.links.map((l) => ({ ...l, rttMs })) };
}

/**
 * Throughput vs RTT: one headless run of the design per RTT, each measured over the second half of the run
 * (the first half lets the workload settle). `metric` is false when the design reports no throughput.
 */
export function throughputSweep(design: DesignDoc, seed: number, rttsMs: readonly number[], durationMs: number): { points: SweepPoint[]; metric: boolean } {
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
