/** The worker's sweep is the engine's (the CLI's `--sweep` uses the same function). */
export { DEFAULT_SWEEP_RTTS_MS, rttSweep as throughputSweep } from '../engine';
