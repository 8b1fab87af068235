import { type DesignDoc, runScenario, type RunResult, type TimedFault } from '../engine';

/** A drill lasts at least this long (simulated), and this long after its last fault: failbacks get time to happen. */
export const MIN_DRILL_MS = 600_000;
export const AFTER_LAST_FAULT_MS = 300_000;

/** The CLI's default run length (`--until` omitted), which the app's report uses too so both write the same report. */
export function drillUntilMs(faults: readonly TimedFault[]): number {
  return Math.max(MIN_DRILL_MS, Math.max(0, ...faults.map((f) => f.atMs)) + AFTER_LAST_FAULT_MS);
}

/** The drill run itself: the design with its fault script from `seed`, headless (the same engine the app runs). */
export function runDrill(design: DesignDoc, faults: readonly TimedFault[], seed: number, untilMs = drillUntilMs(faults)): RunResult {
  return runScenario(design, { seed, faults, untilMs });
}
