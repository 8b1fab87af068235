/** The worker's FrameCoalescer against the page's fold: merged frames must fold into the same live view. */
import { describe, expect, it } from 'vitest';
import { Simulation, type Frame } from '../engine';
import { TEMPLATES } from '../templates';
import { foldFrames, initialSimState } from './simSlice';
import { plainSample as plain } from './sampleViews';
import { FrameCoalescer } from '../worker/frameCoalescer';
import type { FrameMessage, FromWorker } from '../worker/protocol';

const message = (frame: Frame, over: Partial<FrameMessage> = {}): FrameMessage => ({
  type: 'frame',
  frame,
  playing: true,
  speed: 20,
  reset: false,
  horizonMs: frame.t,
  loadId: 1,
  handled: 1,
  ...over,
});

/** A coalescer on a hand-set clock; `fire()` runs the pending timer. */
function harness(intervalMs = 100) {
  const posted: FromWorker[] = [];
  let now = 0;
  let timer: (() => void) | undefined;
  const coalescer = new FrameCoalescer(
    (m) => posted.push(m),
    intervalMs,
    () => now,
    (fn) => {
      timer = fn;
      return 0 as unknown as ReturnType<typeof setTimeout>;
    },
    () => (timer = undefined),
  );
  return {
    coalescer,
    posted,
    at: (ms: number) => (now = ms),
    fire: () => {
      const fn = timer;
      timer = undefined;
      fn?.();
    },
  };
}

/** Frames of a real run of the first template, one per 16 ms tick at 20× (320 simulated ms each). */
function runFrames(count: number): Frame[] {
  const sim = new Simulation(TEMPLATES[0]!.design);
  const frames = [sim.drainFrame(true)];
  for (let i = 1; i < count; i++) {
    sim.runUntil(i * 320);
    frames.push(sim.drainFrame());
  }
  return frames;
}

const fold = (messages: readonly FromWorker[]) => foldFrames(initialSimState, messages.filter((m): m is FrameMessage => m.type === 'frame'));

describe('the worker posts the running stream at the page rate (issue 18)', () => {
  it('merges steady frames into at most one message per interval, and the page folds the same view from them', () => {
    const frames = runFrames(40);
    const { coalescer, posted, at, fire } = harness();
    const direct: FrameMessage[] = [];
    frames.forEach((frame, i) => {
      const m = message(frame, i === 0 ? { reset: true, handled: 1 } : {});
      direct.push(m);
      at(i * 16);
      coalescer.push(m);
    });
    at(40 * 16 + 100);
    fire();
    // 40 ticks of 16 ms: the reset at once, then about one message per 100 ms.
    expect(posted.length).toBeGreaterThanOrEqual(6);
    expect(posted.length).toBeLessThanOrEqual(9);
    const merged = fold(posted);
    const separate = fold(direct);
    expect(merged.timeMs).toBe(separate.timeMs);
    expect(merged.nodeViews).toEqual(separate.nodeViews);
    expect(merged.relations).toEqual(separate.relations);
    expect(merged.events).toEqual(separate.events);
    expect(merged.samples.map(plain)).toEqual(separate.samples.map(plain));
    expect(merged.net).toEqual(separate.net);
  });

  it('posts the answer to a command at once, after the frames pending before it', () => {
    const [first, second, third] = runFrames(3);
    const { coalescer, posted, at } = harness();
    at(0);
    coalescer.push(message(first!));
    at(16);
    coalescer.push(message(second!));
    expect(posted).toHaveLength(1);
    // The worker handled one more command (an injection): its frame must not wait for the interval.
    at(32);
    coalescer.push(message(third!, { handled: 2 }));
    expect(posted.map((m) => m.handled)).toEqual([1, 1, 2]);
    expect((posted[1] as FrameMessage).frame.t).toBe(second!.t);
  });

  it('posts a pause, a reset and any other message at once', () => {
    const [first, second] = runFrames(2);
    const { coalescer, posted, at } = harness();
    at(0);
    coalescer.push(message(first!));
    at(10);
    coalescer.push(message(second!, { playing: false }));
    at(20);
    coalescer.push({ type: 'error', message: 'x', handled: 1 });
    expect(posted.map((m) => m.type)).toEqual(['frame', 'frame', 'error']);
  });
});
