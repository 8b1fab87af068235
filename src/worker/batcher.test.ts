import { describe, expect, it } from 'vitest';
import { MessageBatcher } from './batcher';

/** A batcher driven by a hand-cranked animation frame: `frame(now)` runs the pending callback at that time. */
function harness(intervalMs = 100) {
  const delivered: number[][] = [];
  let pending: ((now: number) => void) | undefined;
  // Messages are their `handled` count.
  const batcher = new MessageBatcher<number>((b) => delivered.push(b), (cb) => (pending = cb), intervalMs, (m) => m);
  const frame = (now: number) => {
    const cb = pending;
    pending = undefined;
    cb?.(now);
  };
  return { batcher, delivered, frame };
}

describe('handing worker messages to the page', () => {
  it('delivers the running stream at most once per interval, in order, nothing lost', () => {
    const { batcher, delivered, frame } = harness();
    batcher.push(0);
    frame(1000);
    batcher.push(0);
    frame(1016);
    batcher.push(0);
    frame(1033);
    expect(delivered).toEqual([[0]]);
    frame(1100);
    expect(delivered).toEqual([[0], [0, 0]]);
  });

  it('delivers the answer to a command on the next frame, even inside the interval', () => {
    const { batcher, delivered, frame } = harness();
    batcher.push(0);
    frame(1000);
    // The worker handled one more command (an injection) when it sent this message.
    batcher.push(1);
    frame(1016);
    expect(delivered).toEqual([[0], [1]]);
    // The stream after it is throttled again.
    batcher.push(1);
    frame(1033);
    expect(delivered).toHaveLength(2);
  });

  it('a stream message sent before the worker got to the command does not count as its answer', () => {
    const { batcher, delivered, frame } = harness();
    batcher.push(3);
    frame(1000);
    batcher.push(3);
    frame(1016);
    expect(delivered).toEqual([[3]]);
    batcher.push(4);
    frame(1020);
    expect(delivered).toEqual([[3], [3, 4]]);
  });
});
