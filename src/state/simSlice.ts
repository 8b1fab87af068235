import type { StateCreator } from 'zustand';
import { EMPTY_NET, type Frame, type NetView, type MetricSample, type NodeView, type RelationView, type SimEvent, type TimedFault, idTable } from '../engine';
import type { RunState, Speed, SweepPoint } from '../worker/protocol';
import { sampleViews } from './sampleViews';
import { keepEvents } from './keptEvents';
import type { PersistTable } from './persist';

/** How many events (besides their causes) and metric samples the live view keeps: bounded so a long demo never grows memory. */
export const MAX_EVENTS = 1000;
export const MAX_SAMPLES = 600;

export type FrameBatch = ReadonlyArray<{ frame: Frame } & RunState>;

export interface SweepResult {
  points: SweepPoint[];
  /** False when the design reports no throughput (nothing to plot). */
  metric: boolean;
}

export interface WorkerError {
  message: string;
  restarted: boolean;
  /** The worker did not fail with an error but went silent while playing, for this long (wall ms). */
  silentMs?: number;
}

/** What the last design edit did to a run in progress: applied from `atMs` on, or restarted from 0:00 (issue 17 §5). */
export interface EditNotice {
  change: 'applied' | 'restarted';
  atMs: number;
}

export interface SimState {
  timeMs: number;
  /** Furthest time reached on this timeline: the time cursor's range. */
  horizonMs: number;
  playing: boolean;
  speed: Speed;
  /** The seed of the current run (starts as the design's; editable to replay another run). */
  seed: number;
  nodeViews: Record<string, NodeView>;
  relations: Record<string, RelationView>;
  /** The network now (links up or cut, partitions, sites without power, live round trips), as the engine computed it. */
  net: NetView;
  /** The last MAX_EVENTS events, oldest first. */
  events: SimEvent[];
  /** Older events that are causes of kept ones, by id: "why?" reaches back to the fault (see keepEvents). */
  eventCauses: Record<number, SimEvent>;
  samples: MetricSample[];
  /** The faults of this timeline: recorded injections and loaded scripts. Also the fault markers on the time axis. */
  script: TimedFault[];
  /** What went wrong in the worker; `restarted` when it died and a fresh one replayed the run. */
  workerError: WorkerError | null;
  sweep: SweepResult | null;
  /** A sweep is computing (in a worker of its own). */
  sweepRunning: boolean;
  /** The event the user picked in the timeline, and the nodes it involves (highlighted on the canvas). */
  focus: { eventId: number; nodes: string[] } | null;
  /** The user's recovery time objective: each takeover is measured against it. */
  rtoTargetMs: number;
  /** The last load sent to the worker, and the load the shown frames follow: they differ while the worker catches up. */
  requestedLoadId: number;
  appliedLoadId: number;
  /** Counts changes of which relations exist and where they run (not of their state): the canvas's edge list follows it. */
  relationShape: number;
  /** Shown until dismissed or replaced: a run that restarted on an edit says so instead of jumping to 0:00 silently. */
  editNotice: EditNotice | null;
}

export interface SimSlice extends SimState {
  applyFrames(frames: FrameBatch): void;
  setWorkerError(error: WorkerError | null): void;
  setSeed(seed: number): void;
  setSweep(sweep: SweepResult | null): void;
  setSweepRunning(running: boolean): void;
  setFocus(focus: SimState['focus']): void;
  setRtoTarget(ms: number): void;
  setEditNotice(notice: EditNotice | null): void;
  /** Numbers a new load for the worker (see `requestedLoadId`). */
  nextLoadId(): number;
}

export const initialSimState: SimState = {
  timeMs: 0,
  horizonMs: 0,
  playing: false,
  speed: 1,
  seed: 0,
  nodeViews: idTable<NodeView>(),
  relations: idTable<RelationView>(),
  net: EMPTY_NET,
  events: [],
  eventCauses: {},
  samples: [],
  script: [],
  workerError: null,
  sweep: null,
  sweepRunning: false,
  focus: null,
  rtoTargetMs: 30_000,
  requestedLoadId: 0,
  appliedLoadId: 0,
  relationShape: 0,
  editNotice: null,
};

function keepLast<T>(items: T[], max: number): T[] {
  return items.length > max ? items.slice(items.length - max) : items;
}

/** What a reset frame keeps: the things that belong to the session, not to the run's progress. */
function resetBase(state: SimState): SimState {
  return { ...initialSimState, seed: state.seed, workerError: state.workerError, sweep: state.sweep, sweepRunning: state.sweepRunning, focus: state.focus, editNotice: state.editNotice, script: state.script, rtoTargetMs: state.rtoTargetMs, requestedLoadId: state.requestedLoadId, relationShape: state.relationShape + 1 };
}

/**
 * Folds a batch of frames into the live view. Only the node views that changed get new objects, so a node
 * component subscribed to its own id re-renders only when its own state changed.
 */
export function foldFrames(state: SimState, frames: FrameBatch): SimState {
  let next = state;
  // The node and relation tables are copied once per batch, not once per frame (issue 18: at 1,000 nodes the
  // per-frame copies of a 1,000-key table and the garbage they left were a large part of a running frame).
  let nodeBase = state.nodeViews;
  let nodePatches: Array<Record<string, NodeView>> = [];
  let ownRelations: Record<string, RelationView> | undefined;
  for (const { frame, playing, speed, reset, horizonMs, script, loadId } of frames) {
    const base = reset ? resetBase(next) : next;
    if (reset) {
      nodeBase = base.nodeViews;
      nodePatches = [];
      ownRelations = undefined;
    }
    if (Object.keys(frame.nodes).length > 0) nodePatches.push(frame.nodes);
    let relations = base.relations;
    let reshaped = false;
    if (frame.relations.length > 0) {
      relations = ownRelations ??= idTable(base.relations);
      for (const r of frame.relations) {
        const before = relations[r.id];
        reshaped ||= before === undefined || before.from !== r.from || before.to !== r.to || before.kind !== r.kind;
        relations[r.id] = r;
      }
    }
    const kept = keepEvents({ events: base.events, causes: base.eventCauses }, frame.events, MAX_EVENTS);
    next = {
      ...base,
      timeMs: frame.t,
      horizonMs,
      playing,
      speed,
      script: script ?? base.script,
      appliedLoadId: loadId,
      relationShape: reshaped ? base.relationShape + 1 : base.relationShape,
      relations,
      // A frame carries the network only when it changed (a reset frame always does).
      net: frame.net ?? base.net,
      events: kept.events,
      eventCauses: kept.causes,
    };
  }
  if (frames.length === 0) return next;
  // Frames crossed postMessage, which gives plain objects back: copied into a table without a prototype.
  const nodeViews = nodePatches.length > 0 ? idTable(nodeBase, ...nodePatches) : nodeBase;
  return { ...next, nodeViews, samples: keptSamples(state.samples, frames) };
}

/**
 * The last MAX_SAMPLES samples after `frames`, as row views for the charts and the edges (`sampleViews`). Only the
 * rows kept get a view: at max speed one batch can bring thousands of rows.
 * Walks back from the newest frame; a reset frame starts from nothing (its own rows count, earlier ones don't).
 */
function keptSamples(shown: MetricSample[], frames: FrameBatch): MetricSample[] {
  const parts: MetricSample[][] = [];
  let need = MAX_SAMPLES;
  let reset = false;
  for (let i = frames.length - 1; i >= 0 && need > 0 && !reset; i--) {
    const { frame } = frames[i]!;
    const { rows } = frame.samples;
    const take = Math.min(need, rows.length);
    if (take > 0) parts.push(sampleViews(frame.samples, rows.length - take));
    need -= take;
    reset = frames[i]!.reset;
  }
  if (parts.length === 0) return reset ? [] : shown;
  const older = reset || need === 0 ? [] : keepLast(shown, need);
  return older.concat(...parts.reverse());
}

export const createSimSlice: StateCreator<SimSlice, [], [], SimSlice> = (set, get) => ({
  ...initialSimState,
  applyFrames: (frames) => set((s) => foldFrames(s, frames)),
  setWorkerError: (error) => set({ workerError: error }),
  setSeed: (seed) => set({ seed }),
  setSweep: (sweep) => set({ sweep }),
  setSweepRunning: (running) => set({ sweepRunning: running }),
  setFocus: (focus) => set({ focus }),
  setRtoTarget: (ms) => set({ rtoTargetMs: ms }),
  setEditNotice: (notice) => set({ editNotice: notice }),
  nextLoadId: () => {
    const id = get().requestedLoadId + 1;
    set({ requestedLoadId: id });
    return id;
  },
});

/** Whether the worker has not yet answered the last load: the canvas is about to change (it says so by aria-busy). */
export const selectSyncing = (s: SimState): boolean => s.requestedLoadId !== s.appliedLoadId;

/** A run is rebuilt from the design, its seed and its fault script: nothing of the live view is kept on its own. */
export const simPersistence: PersistTable<SimSlice> = {};
