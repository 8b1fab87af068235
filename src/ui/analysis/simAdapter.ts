/**
 * The analysis panel's only contact with the live simulation (the bridge is being reshaped; keep calls here):
 * a sweep row opens on the canvas as a live replay of that failure in its window, from the sweep's seed.
 */
import type { FailureCase } from '../../engine/analysis/failureCase';
import type { FailureWindow } from '../../engine/analysis/sweep';
import { useAppStore } from '../../state/store';
import type { ScriptEntry } from '../../worker/script';
import { changeSeedAndScript, runScript, sendToSimulation } from '../sim/simBridge';

/** The fault script of one sweep row: the failure after the warm-up, its repairs after the hold. */
export function failureScript(failure: FailureCase, window: FailureWindow): ScriptEntry[] {
  const repairAtMs = window.warmupMs + window.holdMs;
  return [
    ...[failure.fault, ...(failure.also ?? [])].map((fault) => ({ atMs: window.warmupMs, fault })),
    ...failure.repairs.map((fault) => ({ atMs: repairAtMs, fault })),
  ];
}

/** Loads the design with the row's faults and plays it (with the sweep's seed, so the canvas shows the same run). */
export function replayFailure(failure: FailureCase, window: FailureWindow, seed: number): void {
  const script = failureScript(failure, window);
  if (useAppStore.getState().seed === seed) runScript(script, true);
  else {
    changeSeedAndScript(seed, script);
    sendToSimulation({ type: 'play' });
  }
}

/** The seed the live view runs with: the analyses use it, so a replayed row matches its cell. */
export const liveSeed = (): number => useAppStore.getState().seed;
