import type { Kernel } from '../kernel/kernel';
import type { ProcessState } from '../events';

export interface ProcessTiming {
  /** Time from start to running. */
  bootMs: number;
  /** Graceful drain time from stop to stopped. */
  drainMs: number;
}

type Listener = (process: SimProcess, from: ProcessState, to: ProcessState) => void;

/**
 * A process on a host: stopped → starting (boot time) → running → stopping (graceful drain) → stopped, or
 * crashed at any time. Each transition is an event; timers from an earlier life are ignored through a
 * generation counter, so a crash during boot cannot be undone by the boot timer firing later.
 */
export class SimProcess {
  private current: ProcessState = 'stopped';
  private generation = 0;
  private readonly listeners: Listener[] = [];
  /** Id of the event that last changed this process's state: the cause of what its peers notice later. */
  lastChangeEvent: number | null = null;

  constructor(
    private readonly kernel: Kernel,
    readonly nodeId: string,
    readonly name: string,
    readonly timing: ProcessTiming,
    /**
     * Whether the process may start now: its host has power (and whatever it runs inside is running, such as
     * the server of a server task). A start while it may not is ignored.
     */
    private readonly powered: () => boolean = () => true,
  ) {}

  get state(): ProcessState {
    return this.current;
  }

  get isRunning(): boolean {
    return this.current === 'running';
  }

  get isDown(): boolean {
    return this.current === 'stopped' || this.current === 'crashed';
  }

  onChange(listener: Listener): void {
    this.listeners.push(listener);
  }

  /** Puts the process straight into `running`, as at the start of a run, without an event. */
  bootInstantly(): void {
    this.current = 'running';
  }

  /** Boots the process; ignored while it is not down or may not start (no power, what it runs inside is down). */
  start(): void {
    if (!this.isDown || !this.powered()) return;
    const gen = ++this.generation;
    const cause = this.transition('starting');
    this.kernel.after(this.timing.bootMs, () => {
      if (gen === this.generation && this.current === 'starting') this.transition('running');
    }, cause);
  }

  stop(): void {
    if (this.current !== 'running' && this.current !== 'starting') return;
    const gen = ++this.generation;
    const cause = this.transition('stopping');
    this.kernel.after(this.timing.drainMs, () => {
      if (gen === this.generation && this.current === 'stopping') this.transition('stopped');
    }, cause);
  }

  crash(): void {
    if (this.isDown) return;
    this.generation++;
    this.transition('crashed');
  }

  /** Changes state, emits the event and tells the listeners; returns the event id. */
  private transition(to: ProcessState): number {
    const from = this.current;
    this.current = to;
    const event = this.kernel.emit({ type: 'process.state', subject: this.nodeId, process: this.name, from, to });
    this.lastChangeEvent = event.id;
    this.kernel.withCause(event.id, () => {
      for (const listener of this.listeners) listener(this, from, to);
    });
    return event.id;
  }
}
