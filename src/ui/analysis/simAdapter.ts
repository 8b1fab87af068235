/**
 * The analysis panel's only contact with the live simulation (the `simulation` object of src/state):
 * a sweep row opens on the canvas as a live replay of that failure in its window, from the sweep's seed.
 */
import { type FailureCase, type FailureWindow, type TimedFault } from '../../engine';
import { simulation } from '../../state/simulation';
import { useAppStore } from '../../state/store';

/** The fault script of one sweep row: the failure after the warm-up, its repairs after the hold. */
export function failureScript(failure: FailureCase, window: FailureWindow): TimedFault[] {
  const repairAtMs = window.warmupMs + window.holdMs;
  return [
    ...[failure.fault, ...(failure.also ?? [])].map((fault) => ({ atMs: window.warmupMs, fault })),
    ...failure.repairs.map((fault) => ({ atMs: repairAtMs, fault })),
  ];
}

/** Loads the design with the row's faults and plays it (with the sweep's seed, so the canvas shows the same run). */
export function replayFailure(failure: FailureCase, window: FailureWindow, seed: number): void {
  const script = failureScript(failure, window);
  if (useAppStore.getState().seed === seed) simulation.runScript(script, true);
  else {
    simulation.runScriptFile(seed, script);
    simulation.play();
  }
}

/** The seed the live view runs with: the analyses use it, so a replayed row matches its cell. */
export const liveSeed = (): number => useAppStore.getState().seed;
