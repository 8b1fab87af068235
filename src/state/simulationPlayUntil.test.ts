/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import type { ToWorker } from '../worker/protocol';
import type { WorkerFailure } from '../worker/client';
import { useAppStore } from './store';
import { LiveSimulation, type StartWorker } from './simulation';

interface FakeWorker {
  sent: ToWorker[];
  crash: (reason: string) => void;
}

describe('a story step (playUntil) survives a worker crash', () => {
  it('the fresh worker replays to where the view was and plays on to the same stop; a plain play afterwards has none', () => {
    const workers: FakeWorker[] = [];
    const start: StartWorker = (_deliver, fail: (failure: WorkerFailure) => void) => {
      const w: FakeWorker = { sent: [], crash: (reason) => fail({ kind: 'error', reason }) };
      workers.push(w);
      return { send: (m) => w.sent.push(m), dispose: () => undefined };
    };
    const sim = new LiveSimulation(useAppStore, start);
    const disconnect = sim.connect();
    sim.playUntil(52_000);
    expect(workers[0]!.sent.at(-1)).toEqual({ type: 'playUntil', untilMs: 52_000 });
    workers[0]!.crash('boom');
    expect(workers[1]!.sent.map((m) => m.type)).toEqual(['load', 'speed', 'playUntil']);
    expect(workers[1]!.sent.at(-1)).toEqual({ type: 'playUntil', untilMs: 52_000 });
    sim.play();
    workers[1]!.crash('boom again');
    expect(workers[2]!.sent.at(-1)).toEqual({ type: 'play' });
    useAppStore.getState().setWorkerError(null);
    disconnect();
  });
});
