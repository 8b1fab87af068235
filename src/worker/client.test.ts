import { describe, expect, it } from 'vitest';
import { startSimWorker, type WorkerFailure, type WorkerLike } from './client';
import type { FromWorker, ToWorker } from './protocol';
import { STALL_AFTER_MS, STALL_CHECK_MS, StallWatchdog, type WatchdogClock } from './watchdog';

/** A clock the test moves by hand; the watchdog's checks run as time passes. */
function fakeClock(): WatchdogClock & { advance(ms: number): void } {
  let nowMs = 0;
  const timers: Array<{ every: number; next: number; fn: () => void }> = [];
  return {
    now: () => nowMs,
    every: (ms, fn) => {
      const timer = { every: ms, next: nowMs + ms, fn };
      timers.push(timer);
      return () => void timers.splice(timers.indexOf(timer), 1);
    },
    advance(ms) {
      const end = nowMs + ms;
      for (;;) {
        const due = timers.filter((t) => t.next <= end).sort((a, b) => a.next - b.next)[0];
        if (!due) break;
        nowMs = due.next;
        due.next += due.every;
        due.fn();
      }
      nowMs = end;
    },
  };
}

/** A worker that answers nothing by itself: the test delivers its frames, or lets it fall silent. */
function fakeWorker() {
  const sent: ToWorker[] = [];
  const worker: WorkerLike & { sent: ToWorker[]; terminated: boolean; emit(m: FromWorker): void } = {
    onmessage: null,
    onerror: null,
    sent,
    terminated: false,
    postMessage: (m) => void sent.push(m),
    terminate: () => void (worker.terminated = true),
    emit: (m) => worker.onmessage?.({ data: m } as MessageEvent<FromWorker>),
  };
  return worker;
}

const frame = (playing: boolean, handled: number): FromWorker => ({
  type: 'frame',
  frame: { t: 0, events: [], nodes: {}, relations: [], samples: { keys: [], rows: [] } },
  playing,
  speed: 1,
  reset: false,
  horizonMs: 0,
  loadId: 0,
  handled,
});

function setup() {
  const clock = fakeClock();
  const worker = fakeWorker();
  const failures: WorkerFailure[] = [];
  const client = startSimWorker(() => undefined, (f) => failures.push(f), { createWorker: () => worker, clock, schedule: () => undefined });
  /** The worker plays on: a frame every 16 ms for `ms`. */
  const plays = (ms: number) => {
    for (let t = 0; t < ms; t += 16) {
      clock.advance(16);
      worker.emit(frame(true, 1));
    }
  };
  return { clock, worker, failures, client, plays };
}

describe('the worker watchdog', () => {
  it('a worker that falls silent while playing (closed itself, no error event) is reported once, as stalled', () => {
    const { clock, failures, client, plays } = setup();
    client.send({ type: 'play' });
    plays(30_000);
    expect(failures).toEqual([]);
    clock.advance(STALL_AFTER_MS + STALL_CHECK_MS);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ kind: 'stalled' });
    clock.advance(60_000);
    expect(failures).toHaveLength(1);
  });

  it('a paused worker sends nothing and is fine; pressing play starts the count from the request', () => {
    const { clock, worker, failures, client } = setup();
    client.send({ type: 'load', design: {} as never, seed: 1, script: [] });
    worker.emit(frame(false, 1));
    clock.advance(10 * 60_000);
    expect(failures).toEqual([]);
    client.send({ type: 'play' });
    clock.advance(STALL_AFTER_MS - STALL_CHECK_MS);
    expect(failures).toEqual([]);
    clock.advance(2 * STALL_CHECK_MS);
    expect(failures).toHaveLength(1);
  });

  it('a pause confirmed by the worker stops the watch; a frame that predates the pause does not restart it', () => {
    const { clock, worker, failures, client, plays } = setup();
    client.send({ type: 'play' });
    plays(1_000);
    client.send({ type: 'pause' });
    // Still in flight from before the pause (handled 1 of 2 commands): says nothing about now.
    worker.emit(frame(true, 1));
    worker.emit(frame(false, 2));
    clock.advance(5 * 60_000);
    expect(failures).toEqual([]);
  });

  it('a page that was asleep (frozen background tab) does not blame the worker for its own silence', () => {
    let nowMs = 0;
    let check = () => undefined as void;
    const clock: WatchdogClock = { now: () => nowMs, every: (_ms, fn) => ((check = fn), () => undefined) };
    const stalls: number[] = [];
    const watchdog = new StallWatchdog((ms) => stalls.push(ms), clock);
    watchdog.expectFrames(true);
    nowMs = 1_000;
    check();
    // The next check comes ten minutes late: the page's own timers were frozen, so no message could be heard either.
    nowMs = 10 * 60_000;
    check();
    expect(stalls).toEqual([]);
    // Awake again and still nothing from the worker: now it is late.
    for (let i = 0; i <= STALL_AFTER_MS / STALL_CHECK_MS; i++) {
      nowMs += STALL_CHECK_MS;
      check();
    }
    expect(stalls).toHaveLength(1);
  });

  it('an error is reported once, and a disposed client reports nothing', () => {
    const { worker, failures } = setup();
    worker.onerror?.({ message: 'boom' } as ErrorEvent);
    worker.onerror?.({ message: 'again' } as ErrorEvent);
    expect(failures).toEqual([{ kind: 'error', reason: 'boom' }]);
    const other = setup();
    other.client.send({ type: 'play' });
    other.client.dispose();
    other.clock.advance(60_000);
    expect(other.failures).toEqual([]);
    expect(other.worker.terminated).toBe(true);
  });
});
