/*
 * A file of its own: the page asks the worker for the default sweep (state/simulation.ts) without importing the
 * sweep, which runs the simulation.
 */

/** The RTTs of the app's default sweep, in ms: dense around the 10 ms supported limit (WL-3), out to 40 ms. */
export const DEFAULT_SWEEP_RTTS_MS = [0.5, 2, 4, 6.5, 8, 10, 12, 15, 20, 25, 30, 40];
