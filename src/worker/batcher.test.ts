import { describe, expect, it } from 'vitest';
import { MessageBatcher } from './batcher';

/** A batcher driven by a hand-cranked animation frame: `frame(now)` runs the pending callback at that time. */
function harness(intervalMs = 100) {
  const delivered: number[][] = [];
  let pending: ((now: number) => void) | undefined;
  let clock = 0;
  // Messages are their `handled` count.
  const batcher = new MessageBatcher<number>((b) => delivered.push(b), (cb) => (pending = cb), intervalMs, (m) => m, () => clock);
  const frame = (now: number) => {
    clock = now;
    const cb = pending;
    pending = undefined;
    cb?.(now);
  };
  const at = (now: number) => (clock = now);
  return { batcher, delivered, frame, at };
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

  it('delivers the answer to a command at once, with the stream queued before it, even inside the interval', () => {
    const { batcher, delivered, frame, at } = harness();
    batcher.push(0);
    frame(1000);
    batcher.push(0);
    at(1010);
    // The worker handled one more command (an injection) when it sent this message: no frame is awaited.
    batcher.push(1);
    expect(delivered).toEqual([[0], [0, 1]]);
    // The frame that was requested for the stream finds nothing left.
    frame(1016);
    expect(delivered).toHaveLength(2);
    // The stream after it is throttled again, counted from the answer.
    batcher.push(1);
    frame(1033);
    expect(delivered).toHaveLength(2);
    frame(1110);
    expect(delivered).toEqual([[0], [0, 1], [1]]);
  });

  it('a stream message sent before the worker got to the command does not count as its answer', () => {
    const { batcher, delivered, frame, at } = harness();
    at(1000);
    // The answer to the first three commands (loading a design…) goes at once.
    batcher.push(3);
    expect(delivered).toEqual([[3]]);
    // The stream that follows has seen no new command: it waits for the interval.
    batcher.push(3);
    frame(1016);
    expect(delivered).toEqual([[3]]);
    batcher.push(4);
    expect(delivered).toEqual([[3], [3, 4]]);
  });
});
