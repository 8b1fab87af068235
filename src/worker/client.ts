import { MessageBatcher } from './batcher';
import type { FromWorker, ToWorker } from './protocol';

/** A running simulation's stream reaches the page at most this often (see MessageBatcher). */
const STREAM_INTERVAL_MS = 100;

export interface SimClient {
  send(message: ToWorker): void;
  dispose(): void;
}

/**
 * Starts the simulation worker and hands its messages to `onMessages` in batches (see MessageBatcher): a burst of
 * frames costs one store update and one render, and the answer to a command is shown on the next animation frame.
 */
export function startSimWorker(onMessages: (messages: FromWorker[]) => void, onCrash: (reason: string) => void): SimClient {
  const worker = new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' });
  const batcher = new MessageBatcher<FromWorker>(onMessages, (callback) => requestAnimationFrame(callback), STREAM_INTERVAL_MS, (m) => m.handled);
  worker.onmessage = (event: MessageEvent<FromWorker>) => batcher.push(event.data);
  worker.onerror = (event) => onCrash(event.message || 'the simulation worker stopped');
  return {
    send: (message) => worker.postMessage(message),
    dispose: () => worker.terminate(),
  };
}
