import { Simulation, type DesignDoc, type Fault, type Frame } from '../engine';
import type { Speed } from './protocol';

/** Wall-clock pacing of the worker's tick loop. */
export const TICK_MS = 16;
/** Never simulate more than this much wall time in one tick (a backgrounded tab wakes up late). */
const MAX_TICK_WALL_MS = 250;

export interface RunnerOutput {
  (frame: Frame, state: { playing: boolean; speed: Speed; reset: boolean }): void;
}

/**
 * Drives a Simulation in real time at a chosen speed: the only place that reads the wall clock, so the engine
 * stays deterministic. Emits one frame per tick with everything that changed.
 */
export class Runner {
  private sim: Simulation | undefined;
  private playing = false;
  private speed: Speed = 1;
  private lastWallMs = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly output: RunnerOutput,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  load(design: DesignDoc, seed: number): void {
    this.sim = new Simulation(design, { seed });
    this.publish(true);
  }

  play(): void {
    if (this.playing) return;
    this.playing = true;
    this.lastWallMs = this.clock();
    this.schedule();
    this.publish();
  }

  pause(): void {
    this.playing = false;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.publish();
  }

  setSpeed(speed: Speed): void {
    this.speed = speed;
    this.publish();
  }

  inject(fault: Fault): void {
    this.sim?.inject(fault);
    this.publish();
  }

  private schedule(): void {
    this.timer = setTimeout(() => this.tick(), TICK_MS);
  }

  private tick(): void {
    if (!this.playing || !this.sim) return;
    const now = this.clock();
    const wall = Math.min(now - this.lastWallMs, MAX_TICK_WALL_MS);
    this.lastWallMs = now;
    this.sim.runUntil(this.sim.now + Math.round(wall * this.speed));
    this.publish();
    this.schedule();
  }

  private publish(reset = false): void {
    if (!this.sim) return;
    this.output(this.sim.drainFrame(reset), { playing: this.playing, speed: this.speed, reset });
  }
}
