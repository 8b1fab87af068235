import type { FromWorker, ToWorker } from './protocol';

export interface SimClient {
  send(message: ToWorker): void;
  dispose(): void;
}

/**
 * Starts the simulation worker and hands its messages to `onMessages` at most once per animation frame, so a
 * burst of frames costs one store update and one render.
 */
export function startSimWorker(onMessages: (messages: FromWorker[]) => void, onCrash: (reason: string) => void): SimClient {
  const worker = new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' });
  let queue: FromWorker[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    const batch = queue;
    queue = [];
    onMessages(batch);
  };
  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    queue.push(event.data);
    if (!scheduled) {
      scheduled = true;
      requestAnimationFrame(flush);
    }
  };
  worker.onerror = (event) => onCrash(event.message || 'the simulation worker stopped');
  return {
    send: (message) => worker.postMessage(message),
    dispose: () => worker.terminate(),
  };
}
