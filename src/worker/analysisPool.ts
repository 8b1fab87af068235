import { AnalysisCancelled } from '../engine';
/**
 * A pool of analysis workers (issue 14.5): the tasks of one job spread over `size` workers, results merged in
 * task order (so N workers give exactly what one gives), progress with an estimate of the time left, cancel, and
 * finished results cached by the request's key. Browser Workers and Node worker threads plug in through
 * `WorkerFactory`; unit tests plug in fakes. No DOM, no Node: this file runs in both.
 */

export interface TaskMessage<T> {
  type: 'task';
  taskId: number;
  task: T;
}

export type ResultMessage<R> = { type: 'taskDone'; taskId: number; result: R } | { type: 'taskFailed'; taskId: number; message: string };

/** The little of a worker the pool uses. */
export interface PoolWorker<T> {
  post(message: TaskMessage<T>): void;
  terminate(): void;
}

/** Starts a worker whose answers go to `onMessage` and whose crash goes to `onError`. */
export type WorkerFactory<T, R> = (onMessage: (message: ResultMessage<R>) => void, onError: (reason: string) => void) => PoolWorker<T>;

export interface PoolProgress {
  done: number;
  total: number;
  elapsedMs: number;
  /** Estimated from the mean time per task so far; null before the first task is done. */
  remainingMs: number | null;
}

export interface PoolJob<T, R, Out> {
  tasks: readonly T[];
  merge(results: readonly R[]): Out;
}

export interface PoolRun<Out> {
  result: Promise<Out>;
  /** Stops the job: busy workers are terminated (a task cannot be interrupted) and `result` rejects with AnalysisCancelled. */
  cancel(): void;
  /** The result came from the cache: no task ran. */
  cached: boolean;
}

/** Workers to use: the machine's cores minus one for the page (or the main thread), at least one. */
export const poolSize = (cores: number | undefined): number => Math.max(1, (cores ?? 2) - 1);

interface Slot<T> {
  worker: PoolWorker<T>;
  /** The task it runs now (a pool-wide id), or null when idle. */
  taskId: number | null;
}

interface ActiveJob<R> {
  results: R[];
  /** Pool-wide task id → index in the job. */
  running: Map<number, number>;
  next: number;
  done: number;
  total: number;
  startedMs: number;
  finish(error: Error | null): void;
  onProgress?: (p: PoolProgress) => void;
}

export class AnalysisPool<T, R, Out> {
  private readonly slots: Array<Slot<T>> = [];
  private readonly cache = new Map<string, Out>();
  private active: ActiveJob<R> | null = null;
  private job: PoolJob<T, R, Out> | null = null;
  private nextTaskId = 1;

  constructor(
    private readonly size: number,
    private readonly createWorker: WorkerFactory<T, R>,
    private readonly now: () => number,
  ) {}

  /** Runs a job (or answers from the cache); a job still running is cancelled first: one job at a time. */
  run(key: string, job: PoolJob<T, R, Out>, onProgress?: (p: PoolProgress) => void): PoolRun<Out> {
    this.cancel();
    const hit = this.cache.get(key);
    if (hit !== undefined) {
      onProgress?.({ done: job.tasks.length, total: job.tasks.length, elapsedMs: 0, remainingMs: 0 });
      return { result: Promise.resolve(hit), cancel: () => undefined, cached: true };
    }
    let settle!: { resolve: (out: Out) => void; reject: (e: Error) => void };
    const result = new Promise<Out>((resolve, reject) => (settle = { resolve, reject }));
    const active: ActiveJob<R> = {
      results: new Array<R>(job.tasks.length),
      running: new Map(),
      next: 0,
      done: 0,
      total: job.tasks.length,
      startedMs: this.now(),
      ...(onProgress ? { onProgress } : {}),
      finish: (error) => {
        if (this.active !== active) return;
        this.active = null;
        this.job = null;
        if (error) return settle.reject(error);
        try {
          const out = job.merge(active.results);
          this.cache.set(key, out);
          settle.resolve(out);
        } catch (e) {
          settle.reject(e instanceof Error ? e : new Error(String(e)));
        }
      },
    };
    this.active = active;
    this.job = job;
    if (active.total === 0) active.finish(null);
    else this.dispatch();
    return {
      result,
      cancel: () => {
        if (this.active === active) this.cancel();
      },
      cached: false,
    };
  }

  /** Cancels the running job, if any. */
  cancel(): void {
    const active = this.active;
    if (!active) return;
    this.stopBusyWorkers();
    active.finish(new AnalysisCancelled());
  }

  /** Terminates every worker (the page closes; the CLI is done). */
  dispose(): void {
    this.cancel();
    for (const slot of this.slots.splice(0)) slot.worker.terminate();
  }

  /** Workers alive now (tests; the bench). */
  get workers(): number {
    return this.slots.length;
  }

  private stopBusyWorkers(): void {
    for (const slot of [...this.slots]) if (slot.taskId !== null) this.drop(slot);
  }

  private drop(slot: Slot<T>): void {
    slot.worker.terminate();
    this.slots.splice(this.slots.indexOf(slot), 1);
  }

  /** Gives every idle worker (starting new ones up to `size`) the next task, in task order. */
  private dispatch(): void {
    const active = this.active;
    const job = this.job;
    if (!active || !job) return;
    while (active.next < active.total) {
      const slot = this.slots.find((s) => s.taskId === null) ?? this.spawn();
      if (!slot) return;
      const index = active.next++;
      const taskId = this.nextTaskId++;
      slot.taskId = taskId;
      active.running.set(taskId, index);
      slot.worker.post({ type: 'task', taskId, task: job.tasks[index]! });
    }
  }

  private spawn(): Slot<T> | undefined {
    if (this.slots.length >= this.size) return undefined;
    const slot: Slot<T> = { worker: undefined as unknown as PoolWorker<T>, taskId: null };
    slot.worker = this.createWorker(
      (message) => this.answered(slot, message),
      (reason) => this.crashed(slot, reason),
    );
    this.slots.push(slot);
    return slot;
  }

  private answered(slot: Slot<T>, message: ResultMessage<R>): void {
    if (slot.taskId === message.taskId) slot.taskId = null;
    const active = this.active;
    const index = active?.running.get(message.taskId);
    // An answer for a job that was cancelled or replaced: the worker is free again, the answer is of no use.
    if (!active || index === undefined) return this.dispatch();
    active.running.delete(message.taskId);
    if (message.type === 'taskFailed') return active.finish(new Error(message.message));
    active.results[index] = message.result;
    active.done++;
    const elapsedMs = this.now() - active.startedMs;
    active.onProgress?.({ done: active.done, total: active.total, elapsedMs, remainingMs: (elapsedMs / active.done) * (active.total - active.done) });
    if (active.done === active.total) active.finish(null);
    else this.dispatch();
  }

  private crashed(slot: Slot<T>, reason: string): void {
    if (!this.slots.includes(slot)) return;
    const busy = slot.taskId !== null && this.active?.running.has(slot.taskId);
    this.drop(slot);
    if (busy) this.active?.finish(new Error(reason));
  }
}
