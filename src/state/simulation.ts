import type { StoreApi } from 'zustand';
import { DEFAULT_SWEEP_RTTS_MS, hashEvents, liveEdits, type DesignDoc, type Fault, type TimedFault } from '../engine';
import { startSimWorker, type SimClient, type WorkerFailure } from '../worker/client';
import type { FrameMessage, FromWorker, Speed, ToWorker } from '../worker/protocol';
import { useAppStore, type AppState } from './store';
import { activate, fork, injectForks, mainOnly, type BranchState } from './branches/model';

/** How a worker is started: the real one, or a fake in unit tests. */
export type StartWorker = (onMessages: (messages: FromWorker[]) => void, onFailure: (failure: WorkerFailure) => void) => SimClient;

/** What the end-to-end tests compare with a Node run of the same design, seed and script. */
export interface RunFingerprint {
  seed: number;
  timeMs: number;
  script: TimedFault[];
  /** hashEvents of the events the page holds; meaningful while none has left the bounded window. */
  eventHash: string;
  eventCount: number;
}

/** What a design edit did to the run in progress (shown to the user, see EditNotice). */
export type DesignChange = 'none' | 'applied' | 'restarted';

/** Ids a fault may target in this design: nodes, sites and links. */
function targetIds(design: DesignDoc): Set<string> {
  return new Set([...design.nodes.map((n) => n.id), ...design.sites.map((s) => s.id), ...design.links.map((l) => l.id)]);
}

/** The entries of a script that still make sense for `design` (an edit may have removed their target). */
export function scriptFor(design: DesignDoc, script: readonly TimedFault[]): TimedFault[] {
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

interface LoadOptions {
  design?: DesignDoc;
  untilMs?: number;
  horizonMs?: number;
  script?: TimedFault[];
  seed?: number;
}

/**
 * The live simulation as one object: it owns the worker (and the sweep's worker), knows which design the worker
 * runs and whether the user wants it to play, replaces a worker that died (replaying the run to where it was),
 * and turns design edits into what the running world can take from now (issue 17 §5). Frames flow into the
 * store; every command to the worker goes through a method here.
 */
export class LiveSimulation {
  private client: SimClient | undefined;
  private sweeper: SimClient | undefined;
  /**
   * The design the worker was last loaded with: a replay (crash recovery, reset, another seed) starts from it,
   * and the timeline's 'setParams'/'setRtt' entries bring it to what the user edited since, at the same times.
   */
  private loadedDesign: DesignDoc | undefined;
  /** The design the run simulates now: the loaded one with the edits applied live since. */
  private runDesign: DesignDoc | undefined;
  /**
   * Whether the user last asked the worker to play: what a fresh worker resumes after a crash. The store's
   * `playing` comes from frames, so a pause sent just before the worker died would be forgotten (and the run would play on).
   */
  private playRequested = false;
  /** Where the requested play stops by itself (a story's step), so a fresh worker stops there too. */
  private playUntilMs: number | undefined;
  /** Where the last Step started (until its frame arrives): the step note says how far it went. */
  private stepFromMs: number | undefined;

  constructor(
    private readonly store: StoreApi<AppState>,
    private readonly startWorker: StartWorker = startSimWorker,
  ) {}

  /** Starts the worker and loads the design on screen from 0 with no faults. Returns the disconnect. */
  connect(): () => void {
    this.start();
    const s = this.store.getState();
    s.setSeed(s.design.seed);
    s.setBranchState(mainOnly());
    this.load({ script: [] });
    return () => {
      this.client?.dispose();
      this.client = undefined;
    };
  }

  play(): void {
    this.post({ type: 'play' });
  }

  pause(): void {
    this.post({ type: 'pause' });
  }

  /** Plays at the current speed and pauses at `untilMs` exactly (a story's step). */
  playUntil(untilMs: number): void {
    this.post({ type: 'playUntil', untilMs });
  }

  togglePlay(): void {
    if (this.store.getState().playing) this.pause();
    else this.play();
  }

  /** Runs to the next event and pauses. */
  step(): void {
    this.stepFromMs = this.store.getState().timeMs;
    this.post({ type: 'step' });
  }

  setSpeed(speed: Speed): void {
    this.post({ type: 'speed', speed });
  }

  /** Time travel: the view as it was (or will be) at `timeMs`. */
  seek(timeMs: number): void {
    this.post({ type: 'seek', timeMs });
  }

  /**
   * Injects now; the worker records it into the timeline's script (the markers, replay). Injected into a future
   * already seen (or scripted), it starts a new branch: the branch it leaves keeps its whole script (issue 15 §4).
   */
  inject(fault: Fault): void {
    const s = this.store.getState();
    if (injectForks(s)) s.setBranchState(fork(s, s));
    this.post({ type: 'inject', fault });
  }

  /** Back to 0 with the same seed and script: the run replays exactly (from the design it was loaded with). */
  reset(): void {
    this.load({ design: this.loadedDesign, untilMs: 0 });
  }

  /** No faults at all (every branch goes) and back to 0:00. */
  clearFaults(): void {
    this.store.getState().setBranchState(mainOnly());
    this.load({ script: [], untilMs: 0 });
  }

  /** Removes one entry of the active branch's script and re-runs to the time on screen (what follows is recomputed). */
  removeFault(index: number): void {
    const { script, timeMs } = this.store.getState();
    if (index < 0 || index >= script.length) return;
    this.load({ script: script.filter((_, i) => i !== index), untilMs: timeMs, horizonMs: timeMs });
  }

  /** A stored or shared timeline (persistence/faultMemory.ts): its branches, its active script from 0:00, paused. */
  restoreTimeline(state: BranchState, seed: number): void {
    const s = this.store.getState();
    const active = state.branches.find((b) => b.id === state.activeBranchId);
    const script = scriptFor(s.design, active?.script ?? []);
    s.setSeed(seed);
    s.setBranchState(state);
    // The store shows it at once (the worker's frame brings the same): nothing reads an older script meanwhile.
    this.store.setState({ script, horizonMs: 0 });
    this.load({ seed, script, untilMs: 0 });
  }

  /** Runs another branch instead, re-run from the seed to the same time on screen (its markers show its own future). */
  switchBranch(id: number): void {
    const s = this.store.getState();
    if (id === s.activeBranchId) return;
    const next = activate(s, s, id);
    if (!next) return;
    s.setBranchState(next.state);
    this.load({ script: scriptFor(s.design, next.target.script), untilMs: s.timeMs, horizonMs: Math.max(next.target.horizonMs, s.timeMs) });
  }

  /** A new seed: the run restarts at 0 and replays the same script under other random draws. */
  changeSeed(seed: number): void {
    this.store.getState().setSeed(seed);
    this.load({ design: this.loadedDesign, seed, untilMs: 0 });
  }

  /** Replaces the timeline's script (a loaded file, a demo) and restarts the design on screen at 0; optionally plays at once. */
  runScript(script: TimedFault[], play: boolean): void {
    // Another script is another story: its branches start over (a replay of the same script keeps them).
    const s = this.store.getState();
    if (JSON.stringify(script) !== JSON.stringify(s.script)) s.setBranchState(mainOnly());
    this.load({ script, untilMs: 0 });
    if (play) this.play();
  }

  /** A loaded script file: its seed (for an exact replay) and its faults, from 0, paused. */
  runScriptFile(seed: number, script: TimedFault[]): void {
    this.store.getState().setSeed(seed);
    this.store.getState().setBranchState(mainOnly());
    this.load({ seed, script, untilMs: 0 });
  }

  /**
   * The design on screen changed (an edit, an undo, another document). Layout and names: nothing to do. An edit
   * the running world can take (a live parameter, a link's round trip) is injected now ('setParams', 'setRtt'),
   * recorded in the script like any fault, so a replay with the same seed gives the same run. Anything else
   * restarts from 0 with the faults that still apply; a run that had started says so (the edit notice), unless
   * `edited` is false (another document was opened: nothing of the old run is expected to go on).
   */
  reloadDesign(previousDesignSeed: number, edited = true): DesignChange {
    const s = this.store.getState();
    const running = this.runDesign;
    if (running && simulationKey(s.design) === simulationKey(running)) return 'none';
    this.cancelSweep();
    s.setSweep(null);
    const started = edited && s.horizonMs > 0;
    const edits = started && running && this.loadedDesign ? liveEdits(running, s.design, this.loadedDesign) : null;
    if (edits) {
      // An edit that changes no value the run reads (a default written out): nothing to apply, nothing to say.
      if (edits.length === 0) {
        this.runDesign = s.design;
        return 'none';
      }
      edits.forEach((fault) => this.inject(fault));
      this.runDesign = s.design;
      s.setEditNotice({ change: 'applied', atMs: s.timeMs });
      return 'applied';
    }
    if (s.design.seed !== previousDesignSeed) s.setSeed(s.design.seed);
    // Parameter changes recorded by earlier live edits belong to the design the run had: the new one carries its own values.
    const script = scriptFor(s.design, s.script).filter((e) => e.fault.kind !== 'setParams');
    this.load({ script, untilMs: 0 });
    s.setEditNotice(started ? { change: 'restarted', atMs: 0 } : null);
    return started ? 'restarted' : 'none';
  }

  /**
   * Throughput vs RTT over the current design, in a worker of its own: a sweep is a dozen headless runs, and in the
   * live worker it would freeze the live view (and a demo) for as long as it computes. A new request replaces one
   * still running.
   */
  requestSweep(): void {
    const { design, seed, setSweepRunning } = this.store.getState();
    this.sweeper?.dispose();
    const done = (own: SimClient) => {
      own.dispose();
      if (this.sweeper === own) this.sweeper = undefined;
      setSweepRunning(false);
    };
    const own: SimClient = this.startWorker(
      (messages) => {
        // A batch already queued when this sweep was replaced or cancelled (the design changed) is of no use.
        if (this.sweeper !== own) return;
        for (const m of messages) {
          if (m.type === 'sweep') this.store.getState().setSweep({ points: m.points, metric: m.metric });
          else if (m.type === 'error') this.store.getState().setWorkerError({ message: m.message, restarted: false });
          if (m.type !== 'frame') done(own);
        }
      },
      (failure) => {
        // A sweep never plays, so only an error can end it early.
        this.store.getState().setWorkerError({ message: failure.kind === 'error' ? failure.reason : 'the sweep stopped', restarted: false });
        done(own);
      },
    );
    this.sweeper = own;
    setSweepRunning(true);
    own.send({ type: 'sweep', design, seed, rttsMs: DEFAULT_SWEEP_RTTS_MS, durationMs: 120_000 });
  }

  /** Test hooks (end-to-end tests): crash or close the worker on purpose, compare a run with a Node run. */
  crashWorker(): void {
    this.client?.send({ type: 'crash' });
  }

  closeWorker(): void {
    this.client?.send({ type: 'close' });
  }

  fingerprint(): RunFingerprint {
    const { seed, timeMs, script, events } = this.store.getState();
    return { seed, timeMs, script, eventHash: hashEvents(events), eventCount: events.length };
  }

  private start(): void {
    this.client = this.startWorker(
      (messages) => this.receive(messages),
      (failure) => this.recover(failure),
    );
  }

  private receive(messages: FromWorker[]): void {
    const frames: FrameMessage[] = [];
    for (const m of messages) {
      if (m.type === 'frame') frames.push(m);
      else if (m.type === 'sweep') this.store.getState().setSweep({ points: m.points, metric: m.metric });
      // The worker caught it and runs on: say so, without claiming a restart.
      else if (m.type === 'error') this.store.getState().setWorkerError({ message: m.message, restarted: false });
      // 'headless': the live worker is never asked for one-off work (state/headless.ts starts a worker of its own).
    }
    if (frames.length > 0) this.store.getState().applyFrames(frames);
    if (frames.length > 0 && this.stepFromMs !== undefined && !frames[frames.length - 1]!.playing) this.noteStep(frames[frames.length - 1]!);
  }

  /** The step's frame is the last of its batch (the worker pauses, then sends it): say how far it went. */
  private noteStep(last: FrameMessage): void {
    const fromMs = this.stepFromMs!;
    this.stepFromMs = undefined;
    const events = last.frame.events;
    this.store.getState().setStepNote({ fromMs, toMs: last.frame.t, eventId: events.length > 0 ? events[events.length - 1]!.id : null });
  }

  /** The worker died: a fresh one replays the loaded design from the seed and the script up to where the view was. */
  private recover(failure: WorkerFailure): void {
    const { timeMs, horizonMs, speed, setWorkerError } = this.store.getState();
    const playing = this.playRequested;
    const playUntilMs = this.playUntilMs;
    setWorkerError(
      failure.kind === 'error'
        ? { message: failure.reason, restarted: true }
        : { message: `no frame for ${Math.round(failure.silentMs / 1000)} s while playing`, restarted: true, silentMs: failure.silentMs },
    );
    this.client?.dispose();
    this.start();
    const runDesign = this.runDesign;
    this.load({ design: this.loadedDesign, untilMs: timeMs, horizonMs });
    // The replay reaches the live edits through the script: the run's design is still the edited one.
    this.runDesign = runDesign;
    // A fresh worker starts paused at 1×: carry on the way the user was watching.
    this.post({ type: 'speed', speed });
    if (playing && playUntilMs !== undefined) this.playUntil(playUntilMs);
    else if (playing) this.play();
  }

  private load(options: LoadOptions = {}): void {
    const s = this.store.getState();
    const design = options.design ?? s.design;
    const seed = options.seed ?? s.seed;
    this.loadedDesign = design;
    this.runDesign = design;
    const loadId = s.nextLoadId();
    this.post({ type: 'load', design, seed, script: options.script ?? s.script, untilMs: options.untilMs, horizonMs: options.horizonMs, loadId });
  }

  /** Play (or a command that stops playing) is remembered before it is sent: see `playRequested`. */
  private post(message: ToWorker): void {
    if (message.type !== 'step') this.stepFromMs = undefined;
    if (message.type === 'play' || message.type === 'playUntil') this.playRequested = true;
    else if (message.type === 'pause' || message.type === 'load' || message.type === 'step') this.playRequested = false;
    if (message.type === 'playUntil') this.playUntilMs = message.untilMs;
    else if (message.type === 'play' || message.type === 'pause' || message.type === 'load' || message.type === 'step') this.playUntilMs = undefined;
    this.client?.send(message);
  }

  /** The design changed: a sweep of the old one is of no use any more. */
  private cancelSweep(): void {
    this.sweeper?.dispose();
    this.sweeper = undefined;
    this.store.getState().setSweepRunning(false);
  }
}

/** The page's one live simulation. */
export const simulation = new LiveSimulation(useAppStore);

declare global {
  interface Window {
    /** Test hooks of the development build (the end-to-end tests crash the worker on purpose). */
    __failoverLab?: { crashWorker(): void; closeWorker(): void; run(): RunFingerprint };
  }
}

/**
 * Connects the store to the simulation worker: frames flow into the store, commands flow out. Tests crash the
 * worker on purpose and compare runs: the e2e build (mode 'e2e') keeps the hook, a release build does not.
 */
export function connectSimulation(): () => void {
  const disconnect = simulation.connect();
  if ((import.meta.env.DEV || import.meta.env.MODE === 'e2e') && typeof window !== 'undefined') {
    window.__failoverLab = { crashWorker: () => simulation.crashWorker(), closeWorker: () => simulation.closeWorker(), run: () => simulation.fingerprint() };
  }
  return disconnect;
}
