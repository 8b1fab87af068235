import { concatSamples, Simulation, type DesignDoc, type Fault, type Frame, type TimedFault, idTable } from '../engine';
import type { RunState, Speed } from './protocol';
import { advanceWithScript, sortScript } from './script';

/** Wall-clock pacing of the worker's tick loop (about one animation frame). */
export const TICK_MS = 16;
/** Never simulate more than this much wall time in one tick (a backgrounded tab wakes up late). */
const MAX_TICK_WALL_MS = 250;
/** At 'max' speed, how much wall time one tick may spend simulating before it hands a frame over. */
const MAX_SPEED_BUDGET_MS = 12;
/** At 'max' speed, simulated time is advanced in slices of this size between budget checks. */
const MAX_SPEED_SLICE_MS = 2000;
/** …and at most this many slices per tick, whatever the clock says (a frozen or coarse clock cannot hang it). */
const MAX_SPEED_SLICES = 150;

export type RunnerOutput = (frame: Frame, state: RunState) => void;

function mergeFrames(a: Frame, b: Frame): Frame {
  return {
    t: b.t,
    events: [...a.events, ...b.events],
    nodes: idTable(a.nodes, b.nodes),
    relations: [...a.relations, ...b.relations],
    samples: concatSamples(a.samples, b.samples),
    ...((b.net ?? a.net) ? { net: b.net ?? a.net } : {}),
  };
}

/**
 * Drives a Simulation in real time at a chosen speed: the only place that reads the wall clock, so the engine
 * stays deterministic. Owns the timeline's fault script: live injections are recorded into it, and every
 * reset or jump back in time re-runs the design from the seed with the script, so what is shown after a jump
 * is exactly what was shown the first time.
 */
export class Runner {
  private sim: Simulation | undefined;
  private design: DesignDoc | undefined;
  private seed = 0;
  private script: TimedFault[] = [];
  /** Index of the first script entry not yet applied to `sim`. */
  private nextEntry = 0;
  private horizonMs = 0;
  private scriptChanged = false;
  private playing = false;
  private speed: Speed = 1;
  private lastWallMs = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private loadId = 0;
  /** Where a `playUntil` pauses by itself (a story's step): undefined = play on. */
  private stopAtMs: number | undefined;
  private lastPublishWallMs = -Infinity;

  /**
   * `streamIntervalMs`: while playing, a tick drains a frame only once this much wall time has passed since the last
   * one (the page shows the stream at 10 Hz, see frameCoalescer.ts). Draining builds every changed node's view and
   * relation: at 1,000 nodes that cost more than simulating, 60 times a second, for frames merged before posting
   * (issue 18). Nothing is lost: a later frame carries every event and sample since the last. Commands always
   * publish at once.
   */
  constructor(
    private readonly output: RunnerOutput,
    private readonly clock: () => number = () => performance.now(),
    private readonly scheduleTick: (fn: () => void) => ReturnType<typeof setTimeout> = (fn) => setTimeout(fn, TICK_MS),
    private readonly streamIntervalMs = 0,
  ) {}

  get now(): number {
    return this.sim?.now ?? 0;
  }

  load(design: DesignDoc, seed: number, script: readonly TimedFault[], untilMs = 0, horizonMs = 0, loadId = 0): void {
    this.loadId = loadId;
    this.design = design;
    this.seed = seed;
    this.script = sortScript(script);
    this.pause(false);
    this.rebuild(untilMs);
    this.horizonMs = Math.max(horizonMs, untilMs);
    this.scriptChanged = true;
    this.publish(true);
  }

  play(): void {
    this.stopAtMs = undefined;
    this.start();
  }

  /**
   * Plays at the current speed and pauses at `untilMs` exactly (a story's step ends there, so the next step's
   * faults are injected at that very time, as a replay of the script would). A time already passed: only a pause.
   */
  playUntil(untilMs: number): void {
    const sim = this.sim;
    if (!sim) return;
    if (untilMs <= sim.now) return this.pause();
    this.stopAtMs = untilMs;
    this.start();
  }

  private start(): void {
    if (this.playing || !this.sim) return;
    this.playing = true;
    this.lastWallMs = this.clock();
    this.schedule();
    this.publish();
  }

  pause(publish = true): void {
    this.playing = false;
    this.stopAtMs = undefined;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (publish) this.publish();
  }

  setSpeed(speed: Speed): void {
    this.speed = speed;
    this.publish();
  }

  /**
   * Injects now. Scripted faults after now belong to a future that has just been changed: they leave this script
   * (the page keeps them in the branch it leaves, see state/branches/model.ts: a new branch, not a silent fork).
   */
  inject(fault: Fault): void {
    const sim = this.sim;
    if (!sim) return;
    this.script = [...this.script.slice(0, this.nextEntry), { atMs: sim.now, fault }];
    this.nextEntry = this.script.length;
    sim.inject(fault);
    this.horizonMs = sim.now;
    this.scriptChanged = true;
    this.publish();
  }

  /** Pauses after the next event: a scripted fault due before it counts as the next event. */
  step(): void {
    const sim = this.sim;
    if (!sim) return;
    this.pause(false);
    const due = this.script[this.nextEntry];
    let frame: Frame;
    if (due && due.atMs <= sim.now) {
      this.nextEntry = advanceWithScript(sim, this.script, this.nextEntry, sim.now);
      frame = sim.drainFrame();
    } else {
      sim.stepEvent(due ? due.atMs - sim.now : undefined);
      // Finish every action of this millisecond, so an injection now replays exactly (see advanceWithScript).
      sim.runUntil(sim.now);
      frame = sim.drainFrame();
      if (frame.events.length === 0 && due) {
        this.nextEntry = advanceWithScript(sim, this.script, this.nextEntry, due.atMs);
        frame = mergeFrames(frame, sim.drainFrame());
      }
    }
    this.horizonMs = Math.max(this.horizonMs, sim.now);
    this.emit(frame, false);
  }

  /** Time travel. Forward runs on; backward re-runs from the seed and the script up to `timeMs`. */
  seek(timeMs: number): void {
    const sim = this.sim;
    if (!sim) return;
    const target = Math.max(0, Math.round(timeMs));
    if (target >= sim.now) {
      this.nextEntry = advanceWithScript(sim, this.script, this.nextEntry, target);
      this.horizonMs = Math.max(this.horizonMs, target);
      this.publish();
      return;
    }
    this.rebuild(target);
    this.publish(true);
  }

  private rebuild(untilMs: number): void {
    if (!this.design) return;
    this.sim = new Simulation(this.design, { seed: this.seed });
    this.nextEntry = advanceWithScript(this.sim, this.script, 0, untilMs);
  }

  private schedule(): void {
    this.timer = this.scheduleTick(() => this.tick());
  }

  private tick(): void {
    const sim = this.sim;
    if (!this.playing || !sim) return;
    const now = this.clock();
    const wall = Math.min(now - this.lastWallMs, MAX_TICK_WALL_MS);
    this.lastWallMs = now;
    const stopAt = this.stopAtMs ?? Infinity;
    if (this.speed === 'max') {
      let slices = 0;
      do this.nextEntry = advanceWithScript(sim, this.script, this.nextEntry, Math.min(stopAt, sim.now + MAX_SPEED_SLICE_MS));
      while (++slices < MAX_SPEED_SLICES && sim.now < stopAt && this.clock() - now < MAX_SPEED_BUDGET_MS);
    } else {
      this.nextEntry = advanceWithScript(sim, this.script, this.nextEntry, Math.min(stopAt, sim.now + Math.round(wall * this.speed)));
    }
    this.horizonMs = Math.max(this.horizonMs, sim.now);
    if (sim.now >= stopAt) return this.pause();
    // Half a tick early: the frame lands on the tick nearest the interval, not on the one after it.
    if (now - this.lastPublishWallMs >= this.streamIntervalMs - TICK_MS / 2) this.publish();
    this.schedule();
  }

  private publish(reset = false): void {
    if (!this.sim) return;
    this.lastPublishWallMs = this.clock();
    this.emit(this.sim.drainFrame(reset), reset);
  }

  private emit(frame: Frame, reset: boolean): void {
    const script = this.scriptChanged || reset ? this.script : undefined;
    this.scriptChanged = false;
    this.output(frame, { playing: this.playing, speed: this.speed, reset, horizonMs: this.horizonMs, loadId: this.loadId, ...(script ? { script } : {}) });
  }
}
