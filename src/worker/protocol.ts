/**
 * The one typed protocol between the UI and the simulation worker. Commands go in; frames (batched: one per
 * tick, never one message per simulation event) and errors come out.
 */
import type { DesignDoc, Fault, Frame } from '../engine';

/** Simulated milliseconds per wall-clock millisecond. */
export const SPEEDS = [1, 10, 60] as const;
export type Speed = (typeof SPEEDS)[number];

export type ToWorker =
  | { type: 'load'; design: DesignDoc; seed: number }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'speed'; speed: Speed }
  | { type: 'inject'; fault: Fault };

export type FromWorker =
  | { type: 'frame'; frame: Frame; playing: boolean; speed: Speed; reset: boolean }
  | { type: 'error'; message: string };
