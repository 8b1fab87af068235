/**
 * Notices a simulation worker that went silent while it should be playing: a worker that closes itself (or is
 * killed by the browser) fires no error event, so without this the clock froze with no message and no restart.
 */

/** A playing worker sends a frame every tick (~16 ms); a replay of a long run may keep it busy a few seconds. */
export const STALL_AFTER_MS = 8_000;
/** How often the silence is measured. */
export const STALL_CHECK_MS = 1_000;

export interface WatchdogClock {
  now(): number;
  /** Calls `fn` every `ms`; returns the function that stops it. */
  every(ms: number, fn: () => void): () => void;
}

export const wallClock: WatchdogClock = {
  now: () => performance.now(),
  every: (ms, fn) => {
    const id = setInterval(fn, ms);
    return () => clearInterval(id);
  },
};

export class StallWatchdog {
  private expecting = false;
  private lastHeardMs: number;
  private lastCheckMs: number;
  private readonly stop: () => void;

  constructor(
    private readonly onStall: (silentMs: number) => void,
    private readonly clock: WatchdogClock = wallClock,
    private readonly stallAfterMs = STALL_AFTER_MS,
  ) {
    this.lastHeardMs = this.lastCheckMs = clock.now();
    this.stop = clock.every(STALL_CHECK_MS, () => this.check());
  }

  /** Whether frames should be flowing (the worker is, or has been asked to be, playing). */
  expectFrames(expecting: boolean): void {
    // The silence counts from the request: a worker idle while paused is not late yet.
    if (expecting && !this.expecting) this.lastHeardMs = this.clock.now();
    this.expecting = expecting;
  }

  heard(): void {
    this.lastHeardMs = this.clock.now();
  }

  dispose(): void {
    this.stop();
  }

  private check(): void {
    const now = this.clock.now();
    // The page itself was asleep (a frozen background tab, a suspended laptop): the worker could not be heard either.
    if (now - this.lastCheckMs > this.stallAfterMs / 2) this.lastHeardMs = now;
    this.lastCheckMs = now;
    const silentMs = now - this.lastHeardMs;
    if (this.expecting && silentMs >= this.stallAfterMs) {
      this.expecting = false;
      this.onStall(silentMs);
    }
  }
}
