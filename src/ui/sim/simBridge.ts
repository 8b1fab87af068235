import { startSimWorker, type SimClient } from '../../worker/client';
import type { ToWorker } from '../../worker/protocol';
import { useAppStore } from '../../state/store';

let client: SimClient | undefined;

/**
 * Connects the store to the simulation worker: frames flow into the store, commands flow out. If the worker
 * dies, the error is shown and a fresh worker reloads the current design, which the store still holds.
 */
export function connectSimulation(): () => void {
  const start = () => {
    client = startSimWorker(
      (messages) => {
        const frames = [];
        for (const m of messages) {
          if (m.type === 'frame') frames.push(m);
          else useAppStore.getState().setWorkerError(m.message);
        }
        if (frames.length > 0) useAppStore.getState().applyFrames(frames);
      },
      (reason) => {
        useAppStore.getState().setWorkerError(reason);
        client?.dispose();
        start();
      },
    );
    const { design } = useAppStore.getState();
    client.send({ type: 'load', design, seed: design.seed });
  };
  start();
  return () => {
    client?.dispose();
    client = undefined;
  };
}

export function sendToSimulation(message: ToWorker): void {
  client?.send(message);
}
