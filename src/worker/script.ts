import type { Simulation, TimedFault } from '../engine';

/* A timeline's script is the engine's own list of timed faults (TimedFault): what a fault-script file holds and what a replay re-injects. */

/**
 * Runs `sim` up to `timeMs`, injecting every scripted fault on the way at its own time. The same function runs
 * a live session and its replays, so a replay cannot drift from what was seen: a live injection happens after
 * every action up to its time has run, and `runUntil(atMs)` then `inject` reproduces exactly that.
 * Returns the index of the first entry not yet applied.
 */
export function advanceWithScript(sim: Simulation, script: readonly TimedFault[], next: number, timeMs: number): number {
  let i = next;
  while (i < script.length && script[i]!.atMs <= timeMs) {
    const entry = script[i]!;
    sim.runUntil(entry.atMs);
    sim.inject(entry.fault);
    i++;
  }
  sim.runUntil(timeMs);
  return i;
}

/** Keeps the script in time order (a stable sort: faults at the same ms keep their recorded order). */
export function sortScript(script: readonly TimedFault[]): TimedFault[] {
  return script.map((e, i) => [e, i] as const).sort((a, b) => a[0].atMs - b[0].atMs || a[1] - b[1]).map(([e]) => e);
}
