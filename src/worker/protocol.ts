/**
 * The one typed protocol between the UI and the simulation worker. Commands go in; frames (batched: one per
 * tick, never one message per simulation event), sweep results and errors come out.
 */
import type { AnalysisTask, DesignDoc, Fault, Frame, MetricSample, TaskResult, TimedFault } from '../engine';
import type { LessonCopy, LessonSource } from './lessons';

/** Simulated milliseconds per wall-clock millisecond; 'max' runs as fast as the worker can. */
export const SPEEDS = [1, 5, 10, 20, 60, 'max'] as const;
export type Speed = (typeof SPEEDS)[number];

export type ToWorker =
  /** (Re)builds the run from the design, the seed and the fault script, replayed up to `untilMs` (default 0). */
  | { type: 'load'; design: DesignDoc; seed: number; script: TimedFault[]; untilMs?: number; horizonMs?: number; loadId?: number }
  | { type: 'play' }
  | { type: 'pause' }
  /** Plays and pauses by itself at `untilMs` exactly (a story's step). */
  | { type: 'playUntil'; untilMs: number }
  | { type: 'speed'; speed: Speed }
  /** Runs to the next simulation event (or the next scripted fault) and pauses. */
  | { type: 'step' }
  /** Injects now; scripted faults later than now leave the run's script (the page keeps them in the branch it leaves). */
  | { type: 'inject'; fault: Fault }
  /** Time travel: the view as it was (or will be) at `timeMs`, re-run deterministically from the seed and the script. */
  | { type: 'seek'; timeMs: number }
  /** Throughput as a function of the inter-site RTT, each point a separate headless run of the design. */
  | { type: 'sweep'; design: DesignDoc; seed: number; rttsMs: number[]; durationMs: number }
  /** One-off engine work beside the live run, in a worker of its own (see HeadlessRequest). */
  | { type: 'headless'; request: HeadlessRequest }
  /** Makes the worker fail on purpose, to prove the UI recovers (used by the end-to-end tests). */
  | { type: 'crash' }
  /** Makes the worker close itself without an error event, to prove the watchdog notices (end-to-end tests). */
  | { type: 'close' };

export interface RunState {
  playing: boolean;
  speed: Speed;
  /** The frame replaces the view (a load, a reset, a jump back in time) instead of adding to it. */
  reset: boolean;
  /** The furthest simulated time reached on this timeline: the time cursor can be dragged up to it. */
  horizonMs: number;
  /** The faults of this timeline, in order (recorded injections and the loaded script); only when it changed. */
  script?: TimedFault[];
  /** The `loadId` of the last load this frame follows: the page knows when the worker has caught up with its design. */
  loadId: number;
}

export interface SweepPoint {
  rttMs: number;
  /** Mean whole-system throughput (req/s) over the measured window. */
  throughput: number;
}

/**
 * Engine work the page needs once, not a live run: so that the page itself never runs the engine (it would download
 * it at start and freeze while it runs).
 * - 'lesson': validate a lesson (a built-in by id, or a file) and prepare the student's copy for a seed;
 * - 'overlay': another branch's metric series, re-run headless up to `untilMs` (see overlay.ts).
 */
export type HeadlessRequest =
  | { kind: 'lesson'; source: LessonSource; seed: number }
  | { kind: 'overlay'; design: DesignDoc; seed: number; script: TimedFault[]; untilMs: number };

export type HeadlessAnswer = { kind: 'lesson'; copy: LessonCopy } | { kind: 'overlay'; samples: MetricSample[] };

/** Every message says how many of the page's commands the worker had handled when it sent it (see MessageBatcher). */
interface Handled {
  handled: number;
}

export type FrameMessage = { type: 'frame'; frame: Frame } & RunState & Handled;

export type FromWorker =
  | FrameMessage
  | ({ type: 'sweep'; points: SweepPoint[]; metric: boolean } & Handled)
  | ({ type: 'headless'; answer: HeadlessAnswer } & Handled)
  | ({ type: 'error'; message: string } & Handled);

/**
 * The analysis workers' protocol (issue 14.5): one engine run per task, answered by id. A pool of these workers
 * runs beside the live one (see analysisPool.ts); the CLI's worker threads speak the same messages.
 */
export type ToAnalysisWorker = { type: 'task'; taskId: number; task: AnalysisTask };

export type FromAnalysisWorker = { type: 'taskDone'; taskId: number; result: TaskResult } | { type: 'taskFailed'; taskId: number; message: string };
