import type { StateCreator } from 'zustand';
import type { Frame, MetricSample, NodeView, RelationView, SimEvent } from '../engine';
import type { Speed } from '../worker/protocol';

/** How many events and metric samples the live view keeps: bounded so a long demo never grows memory. */
export const MAX_EVENTS = 1000;
export const MAX_SAMPLES = 600;

export interface SimState {
  timeMs: number;
  playing: boolean;
  speed: Speed;
  nodeViews: Record<string, NodeView>;
  relations: Record<string, RelationView>;
  events: SimEvent[];
  samples: MetricSample[];
  workerError: string | null;
}

export interface SimSlice extends SimState {
  applyFrames(frames: ReadonlyArray<{ frame: Frame; playing: boolean; speed: Speed; reset: boolean }>): void;
  setWorkerError(message: string | null): void;
}

export const initialSimState: SimState = {
  timeMs: 0,
  playing: false,
  speed: 1,
  nodeViews: {},
  relations: {},
  events: [],
  samples: [],
  workerError: null,
};

function keepLast<T>(items: T[], max: number): T[] {
  return items.length > max ? items.slice(items.length - max) : items;
}

/**
 * Folds a batch of frames into the live view. Only the node views that changed get new objects, so a node
 * component subscribed to its own id re-renders only when its own state changed.
 */
export function foldFrames(state: SimState, frames: ReadonlyArray<{ frame: Frame; playing: boolean; speed: Speed; reset: boolean }>): SimState {
  let next = state;
  for (const { frame, playing, speed, reset } of frames) {
    const base = reset ? { ...initialSimState, workerError: next.workerError } : next;
    const changedNodes = Object.keys(frame.nodes).length > 0;
    const relations = frame.relations.length > 0 ? { ...base.relations } : base.relations;
    for (const r of frame.relations) relations[r.id] = r;
    next = {
      ...base,
      timeMs: frame.t,
      playing,
      speed,
      nodeViews: changedNodes ? { ...base.nodeViews, ...frame.nodes } : base.nodeViews,
      relations,
      events: frame.events.length > 0 ? keepLast([...base.events, ...frame.events], MAX_EVENTS) : base.events,
      samples: frame.samples.length > 0 ? keepLast([...base.samples, ...frame.samples], MAX_SAMPLES) : base.samples,
    };
  }
  return next;
}

export const createSimSlice: StateCreator<SimSlice, [], [], SimSlice> = (set) => ({
  ...initialSimState,
  applyFrames: (frames) => set((s) => foldFrames(s, frames)),
  setWorkerError: (message) => set({ workerError: message }),
});
