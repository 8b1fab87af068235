import { MessageBatcher } from './batcher';
import type { FromWorker, ToWorker } from './protocol';
import { StallWatchdog, type WatchdogClock } from './watchdog';
import { STREAM_INTERVAL_MS } from './frameCoalescer';

export interface SimClient {
  send(message: ToWorker): void;
  dispose(): void;
}

/** Why a worker had to be replaced: it threw (the browser's error message), or it went silent while playing. */
export type WorkerFailure = { kind: 'error'; reason: string } | { kind: 'stalled'; silentMs: number };

/** The little of a Worker the client uses: a fake one in unit tests. */
export interface WorkerLike {
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: ToWorker): void;
  terminate(): void;
}

export interface ClientOptions {
  createWorker?: () => WorkerLike;
  clock?: WatchdogClock;
  schedule?: (callback: (nowMs: number) => void) => void;
}

const realWorker = (): WorkerLike => new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' });

/**
 * Starts the simulation worker and hands its messages to `onMessages` in batches (see MessageBatcher): a burst of
 * frames costs one store update and one render, and the answer to a command is shown on the next animation frame.
 * A worker that throws, or that goes silent while it should be playing (see StallWatchdog), is reported once.
 */
export function startSimWorker(onMessages: (messages: FromWorker[]) => void, onFailure: (failure: WorkerFailure) => void, options: ClientOptions = {}): SimClient {
  const worker = (options.createWorker ?? realWorker)();
  const schedule = options.schedule ?? ((callback) => requestAnimationFrame(callback));
  const batcher = new MessageBatcher<FromWorker>(onMessages, schedule, STREAM_INTERVAL_MS, (m) => m.handled);
  let failed = false;
  const fail = (failure: WorkerFailure) => {
    if (failed) return;
    failed = true;
    watchdog.dispose();
    onFailure(failure);
  };
  const watchdog = new StallWatchdog((silentMs) => fail({ kind: 'stalled', silentMs }), options.clock);
  /** Commands sent so far: a frame that has seen all of them tells whether the worker plays now. */
  let sent = 0;
  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    watchdog.heard();
    const message = event.data;
    if (message.type === 'frame' && message.handled >= sent) watchdog.expectFrames(message.playing);
    batcher.push(message);
  };
  worker.onerror = (event) => fail({ kind: 'error', reason: event.message || 'the simulation worker stopped' });
  return {
    send: (message) => {
      sent++;
      if (message.type === 'play') watchdog.expectFrames(true);
      worker.postMessage(message);
    },
    dispose: () => {
      failed = true;
      watchdog.dispose();
      worker.terminate();
    },
  };
}
