/// <reference lib="webworker" />
import type { FromWorker, ToWorker } from './protocol';
import { Runner } from './runner';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: FromWorker) => self.postMessage(message);
const runner = new Runner((frame, state) => post({ type: 'frame', frame, ...state }));

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const msg = event.data;
  try {
    switch (msg.type) {
      case 'load':
        return runner.load(msg.design, msg.seed);
      case 'play':
        return runner.play();
      case 'pause':
        return runner.pause();
      case 'speed':
        return runner.setSpeed(msg.speed);
      case 'inject':
        return runner.inject(msg.fault);
    }
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
