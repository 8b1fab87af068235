/// <reference lib="webworker" />
import type { FromWorker, ToWorker } from './protocol';
import { Runner } from './runner';
import { throughputSweep } from './sweep';
import { answerHeadless } from './headless';
import { FrameCoalescer, STREAM_INTERVAL_MS } from './frameCoalescer';

declare const self: DedicatedWorkerGlobalScope;

/** Commands handled so far: each message carries it, so the page can tell an answer from the running stream. */
let handled = 0;
// Steady frames leave merged, at the page's stream rate; answers to commands at once (see FrameCoalescer).
const coalescer = new FrameCoalescer((message) => self.postMessage(message), STREAM_INTERVAL_MS);
const post = (message: FromWorker) => coalescer.push(message);
const runner = new Runner((frame, state) => post({ type: 'frame', frame, ...state, handled }), undefined, undefined, STREAM_INTERVAL_MS);

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const msg = event.data;
  handled++;
  try {
    switch (msg.type) {
      case 'load':
        return runner.load(msg.design, msg.seed, msg.script, msg.untilMs, msg.horizonMs, msg.loadId);
      case 'play':
        return runner.play();
      case 'pause':
        return runner.pause();
      case 'playUntil':
        return runner.playUntil(msg.untilMs);
      case 'speed':
        return runner.setSpeed(msg.speed);
      case 'step':
        return runner.step();
      case 'inject':
        return runner.inject(msg.fault);
      case 'seek':
        return runner.seek(msg.timeMs);
      case 'sweep':
        return post({ type: 'sweep', ...throughputSweep(msg.design, msg.seed, msg.rttsMs, msg.durationMs), handled });
      case 'headless':
        return post({ type: 'headless', answer: answerHeadless(msg.request), handled });
      case 'crash':
        // Thrown outside this handler's try/catch, so it surfaces as the worker's uncaught error.
        setTimeout(() => {
          throw new Error('crash requested');
        }, 0);
        return;
      case 'close':
        return self.close();
    }
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error), handled });
  }
};
