import type { DesignDoc } from '../design/schema';
import { Simulation } from './simulation';
export { DEFAULT_SWEEP_RTTS_MS } from './sweepRtts';

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


/** A copy of the design with every inter-site link at `rttMs`. */
function withRtt(design: DesignDoc, rttMs: number): DesignDoc {
  return { ...design, links: design.links.map((l) => ({ ...l, rttMs })) };
}

/**
 * Throughput vs inter-site RTT (issue 5 §4), for the app's worker and the CLI alike: one headless run per RTT with
 * every inter-site link at that RTT, measured over the second half (the first lets the workload settle). Every
 * kit's design goes through the very traffic model of a simulation (where users enter, which server they land
 * on, which links their requests cross: WL-15), so a sweep point and a run of the same design agree.
 */
export function rttSweep(design: DesignDoc, seed: number, rttsMs: readonly number[], durationMs: number): RttSweep {
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
