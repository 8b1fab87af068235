import { type DesignDoc, hashEvents } from '../../engine';
import { startSimWorker, type SimClient } from '../../worker/client';
import type { FrameMessage, ToWorker } from '../../worker/protocol';
import type { ScriptEntry } from '../../worker/script';
import { DEFAULT_SWEEP_RTTS_MS } from '../../worker/sweep';
import { useAppStore } from '../../state/store';

let client: SimClient | undefined;

declare global {
  interface Window {
    /** Test hooks of the development build (the end-to-end tests crash the worker on purpose). */
    __failoverLab?: { crashWorker(): void; closeWorker(): void; run(): RunFingerprint };
  }
}

/** What the end-to-end tests compare with a Node run of the same design, seed and script. */
export interface RunFingerprint {
  seed: number;
  timeMs: number;
  script: ScriptEntry[];
  /** hashEvents of the events the page holds; meaningful while none has left the bounded window. */
  eventHash: string;
  eventCount: number;
}

function fingerprint(): RunFingerprint {
  const { seed, timeMs, script, events } = useAppStore.getState();
  return { seed, timeMs, script, eventHash: hashEvents(events), eventCount: events.length };
}

/** Ids a fault may target in this design: nodes, sites and links. */
function targetIds(design: DesignDoc): Set<string> {
  return new Set([...design.nodes.map((n) => n.id), ...design.sites.map((s) => s.id), ...design.links.map((l) => l.id)]);
}

/** The entries of a script that still make sense for `design` (an edit may have removed their target). */
export function scriptFor(design: DesignDoc, script: readonly ScriptEntry[]): ScriptEntry[] {
  const ids = targetIds(design);
  return script.filter((e) => Object.entries(e.fault).every(([k, v]) => k === 'kind' || typeof v !== 'string' || k === 'process' || ids.has(v)));
}

/**
 * What the simulation depends on, without layout (positions, sizes) or names: moving a node or renaming it
 * must not restart a running demo.
 */
export function simulationKey(design: DesignDoc): string {
  return JSON.stringify([
    design.seed,
    design.sites.map((s) => s.id),
    design.links,
    design.nodes.map((n) => [n.id, n.kind, n.siteId, n.params]),
    design.relations,
    design.clusters.map((c) => [c.id, c.kind, c.members]),
  ]);
}

/** The key of the design the worker runs now. */
let loadedKey = '';

/**
 * Whether the user last asked the worker to play: what a fresh worker resumes after a crash. The store's `playing`
 * comes from frames, so a pause sent just before the worker died would be forgotten (and the run would play on).
 */
let playRequested = false;

function post(message: ToWorker): void {
  if (message.type === 'play') playRequested = true;
  else if (message.type === 'pause' || message.type === 'load' || message.type === 'step') playRequested = false;
  client?.send(message);
}

function load(options: { untilMs?: number; horizonMs?: number; script?: ScriptEntry[]; seed?: number } = {}): void {
  const s = useAppStore.getState();
  const seed = options.seed ?? s.seed;
  loadedKey = simulationKey(s.design);
  const loadId = s.nextLoadId();
  post({ type: 'load', design: s.design, seed, script: options.script ?? s.script, untilMs: options.untilMs, horizonMs: options.horizonMs, loadId });
}

/**
 * Connects the store to the simulation worker: frames flow into the store, commands flow out. If the worker
 * dies, the error is shown and a fresh worker replays the design (which the store still holds) from the seed
 * and the fault script up to where the view was.
 */
export function connectSimulation(): () => void {
  const start = () => {
    client = startSimWorker(
      (messages) => {
        const frames: FrameMessage[] = [];
        for (const m of messages) {
          if (m.type === 'frame') frames.push(m);
          else if (m.type === 'sweep') useAppStore.getState().setSweep({ points: m.points, metric: m.metric });
          // The worker caught it and runs on: say so, without claiming a restart.
          else useAppStore.getState().setWorkerError({ message: m.message, restarted: false });
        }
        if (frames.length > 0) useAppStore.getState().applyFrames(frames);
      },
      (failure) => {
        const { timeMs, horizonMs, speed, setWorkerError } = useAppStore.getState();
        const playing = playRequested;
        setWorkerError(
          failure.kind === 'error'
            ? { message: failure.reason, restarted: true }
            : { message: `no frame for ${Math.round(failure.silentMs / 1000)} s while playing`, restarted: true, silentMs: failure.silentMs },
        );
        client?.dispose();
        start();
        load({ untilMs: timeMs, horizonMs });
        // A fresh worker starts paused at 1×: carry on the way the user was watching.
        post({ type: 'speed', speed });
        if (playing) post({ type: 'play' });
      },
    );
  };
  start();
  useAppStore.getState().setSeed(useAppStore.getState().design.seed);
  load({ script: [] });
  // Tests crash the worker on purpose and compare runs; the e2e build (mode 'e2e') keeps the hook, a release build does not.
  if ((import.meta.env.DEV || import.meta.env.MODE === 'e2e') && typeof window !== 'undefined') {
    window.__failoverLab = { crashWorker: () => client?.send({ type: 'crash' }), closeWorker: () => client?.send({ type: 'close' }), run: fingerprint };
  }
  return () => {
    client?.dispose();
    client = undefined;
  };
}

export function sendToSimulation(message: ToWorker): void {
  post(message);
}

/** Back to 0 with the same seed and script: the run replays exactly. */
export function resetRun(): void {
  load({ untilMs: 0 });
}

/** A new seed: the run restarts at 0 and replays the same script under other random draws. */
export function changeSeed(seed: number): void {
  useAppStore.getState().setSeed(seed);
  load({ seed, untilMs: 0 });
}

/** Replaces the timeline's script (a loaded file, a demo) and restarts at 0; optionally plays at once. */
export function runScript(script: ScriptEntry[], play: boolean): void {
  load({ script, untilMs: 0 });
  if (play) post({ type: 'play' });
}

/** The worker of the sweep in progress, if any. */
let sweeper: SimClient | undefined;

/** The design changed: a sweep of the old one is of no use any more. */
function cancelSweep(): void {
  sweeper?.dispose();
  sweeper = undefined;
  useAppStore.getState().setSweepRunning(false);
}

/**
 * Throughput vs RTT over the current design, in a worker of its own: a sweep is a dozen headless runs, and in the
 * live worker it would freeze the live view (and a demo) for as long as it computes. A new request replaces one
 * still running.
 */
export function requestSweep(): void {
  const { design, seed, setSweepRunning } = useAppStore.getState();
  sweeper?.dispose();
  const done = (own: SimClient) => {
    own.dispose();
    if (sweeper === own) sweeper = undefined;
    setSweepRunning(false);
  };
  const own: SimClient = startSimWorker(
    (messages) => {
      // A batch already queued when this sweep was replaced or cancelled (the design changed) is of no use.
      if (sweeper !== own) return;
      for (const m of messages) {
        if (m.type === 'sweep') useAppStore.getState().setSweep({ points: m.points, metric: m.metric });
        else if (m.type === 'error') useAppStore.getState().setWorkerError({ message: m.message, restarted: false });
        if (m.type !== 'frame') done(own);
      }
    },
    (failure) => {
      // A sweep never plays, so only an error can end it early.
      useAppStore.getState().setWorkerError({ message: failure.kind === 'error' ? failure.reason : 'the sweep stopped', restarted: false });
      done(own);
    },
  );
  sweeper = own;
  setSweepRunning(true);
  own.send({ type: 'sweep', design, seed, rttsMs: DEFAULT_SWEEP_RTTS_MS, durationMs: 120_000 });
}

/** A loaded script file: its seed (for an exact replay) and its faults, from 0, paused. */
export function changeSeedAndScript(seed: number, script: ScriptEntry[]): void {
  useAppStore.getState().setSeed(seed);
  load({ seed, script, untilMs: 0 });
}

/**
 * The design on screen changed (an edit, an undo, another document): restart from 0 with the faults that still
 * apply to it. A design that brings another seed (another document) runs with that seed.
 */
export function reloadDesign(previousDesignSeed: number): void {
  const s = useAppStore.getState();
  // Layout and names only, or a design a demo has already loaded: the run goes on.
  if (simulationKey(s.design) === loadedKey) return;
  if (s.design.seed !== previousDesignSeed) s.setSeed(s.design.seed);
  cancelSweep();
  s.setSweep(null);
  load({ script: scriptFor(s.design, s.script), untilMs: 0 });
}
