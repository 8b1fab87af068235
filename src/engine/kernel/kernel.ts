import { EventHeap, type HeapEntry } from './heap';
import { Prng } from './prng';
import type { SimEvent, SimEventInput } from '../events';

/** A scheduled action: runs at `timeMs`, attributing what it emits to `cause` (an event id) unless told otherwise. */
interface Scheduled extends HeapEntry {
  run: () => void;
  cause: number | null;
}

/**
 * The discrete-event kernel: a virtual clock in integer milliseconds, a queue ordered by (time, sequence) and a
 * seeded PRNG. Nothing here reads the wall clock, so one seed replays a run exactly.
 *
 * Causality: every action remembers the event that led to it being scheduled, and everything it emits names
 * that event as its cause. That is what lets the UI answer "why did this happen?".
 */
export class Kernel {
  private clockMs = 0;
  private seq = 0;
  private nextEventId = 1;
  private currentCause: number | null = null;
  private readonly queue = new EventHeap<Scheduled>();
  private pending: SimEvent[] = [];
  readonly rng: Prng;

  constructor(readonly seed: number) {
    this.rng = new Prng(seed);
  }

  get now(): number {
    return this.clockMs;
  }

  /** The event that the currently running action is attributed to. */
  get cause(): number | null {
    return this.currentCause;
  }

  get queued(): number {
    return this.queue.size;
  }

  nextTime(): number | undefined {
    return this.queue.peek()?.timeMs;
  }

  at(timeMs: number, run: () => void, cause: number | null = this.currentCause): void {
    const t = Math.max(Math.round(timeMs), this.clockMs);
    this.queue.push({ timeMs: t, seq: this.seq++, run, cause });
  }

  after(delayMs: number, run: () => void, cause: number | null = this.currentCause): void {
    this.at(this.clockMs + delayMs, run, cause);
  }

  /**
   * Records an observable event at the current time and returns it (its id can be a later cause). The input object
   * itself becomes the event (stamped with id, time and cause): copying it with a spread cost more than all the
   * kernel's other work on simple events. Callers pass a fresh literal; emitting one object twice throws.
   */
  emit(input: SimEventInput, cause: number | null = this.currentCause): SimEvent {
    const event = input as SimEvent;
    if (event.id !== undefined) throw new Error(`Kernel.emit: event ${event.id} (${event.type}) emitted twice`);
    event.id = this.nextEventId++;
    event.t = this.clockMs;
    event.cause = cause;
    this.pending.push(event);
    return event;
  }

  /** Runs `fn` with `cause` as the current cause, so what it schedules and emits is attributed to it. */
  withCause<T>(cause: number | null, fn: () => T): T {
    const saved = this.currentCause;
    this.currentCause = cause;
    try {
      return fn();
    } finally {
      this.currentCause = saved;
    }
  }

  /** Runs the next scheduled action; false when the queue is empty. */
  step(): boolean {
    const next = this.queue.pop();
    if (!next) return false;
    this.clockMs = next.timeMs;
    this.currentCause = next.cause;
    next.run();
    this.currentCause = null;
    return true;
  }

  /**
   * Runs every action scheduled up to and including `timeMs`, then sets the clock to `timeMs`. `afterStep`
   * (tests: invariant checkers) runs after each action.
   */
  runUntil(timeMs: number, afterStep?: () => void): void {
    const target = Math.round(timeMs);
    for (let next = this.queue.peek(); next !== undefined && next.timeMs <= target; next = this.queue.peek()) {
      this.step();
      if (afterStep) afterStep();
    }
    if (target > this.clockMs) this.clockMs = target;
  }

  /** Hands over the events emitted since the last call. */
  drainEvents(): SimEvent[] {
    const out = this.pending;
    this.pending = [];
    return out;
  }

  get pendingEvents(): number {
    return this.pending.length;
  }
}
