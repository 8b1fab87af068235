/// <reference types="vite/client" />
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FromWorker, ToWorker } from '../../worker/protocol';
import type { WorkerFailure } from '../../worker/client';

/** A stand-in for the worker: records what the bridge sends and lets the test deliver messages or a crash. */
const workers: Array<{ sent: ToWorker[]; deliver: (m: FromWorker[]) => void; crash: (reason: string) => void; stall: (silentMs: number) => void }> = [];
vi.mock('../../worker/client', () => ({
  startSimWorker: (deliver: (m: FromWorker[]) => void, fail: (failure: WorkerFailure) => void) => {
    const w = { sent: [] as ToWorker[], deliver, crash: (reason: string) => fail({ kind: 'error', reason }), stall: (silentMs: number) => fail({ kind: 'stalled', silentMs }) };
    workers.push(w);
    return { send: (m: ToWorker) => w.sent.push(m), dispose: () => undefined };
  },
}));

const { connectSimulation, requestSweep, resetRun, sendToSimulation } = await import('./simBridge');
const { useAppStore } = await import('../../state/store');
const { selectSyncing } = await import('../../state/simSlice');

function frame(playing: boolean, speed: 1 | 20, t: number, loadId = 0): FromWorker {
  return { type: 'frame', frame: { t, events: [], nodes: {}, relations: [], samples: { keys: [], rows: [] } }, playing, speed, reset: false, horizonMs: t, loadId, handled: 0 };
}

describe('the simulation bridge while the worker catches up', () => {
  it('numbers each load and reports syncing until a frame of the latest load arrives', () => {
    workers.length = 0;
    const disconnect = connectSimulation();
    const first = workers[0]!.sent.at(-1) as Extract<ToWorker, { type: 'load' }>;
    resetRun();
    const second = workers[0]!.sent.at(-1) as Extract<ToWorker, { type: 'load' }>;
    expect(second.loadId).toBe((first.loadId ?? 0) + 1);
    workers[0]!.deliver([frame(false, 1, 0, first.loadId)]);
    expect(selectSyncing(useAppStore.getState())).toBe(true);
    workers[0]!.deliver([frame(false, 1, 0, second.loadId)]);
    expect(selectSyncing(useAppStore.getState())).toBe(false);
    disconnect();
  });
});

describe('the simulation bridge after a worker failure', () => {
  beforeEach(() => {
    workers.length = 0;
    useAppStore.getState().setWorkerError(null);
  });

  it('a crashed worker is replaced: the run is replayed to where it was and goes on playing at the same speed', () => {
    const disconnect = connectSimulation();
    sendToSimulation({ type: 'play' });
    workers[0]!.deliver([frame(true, 20, 42_000)]);
    workers[0]!.crash('boom');
    const fresh = workers[1]!.sent.map((m) => m.type);
    expect(fresh).toEqual(['load', 'speed', 'play']);
    expect(workers[1]!.sent[0]).toMatchObject({ type: 'load', untilMs: 42_000 });
    expect(workers[1]!.sent[1]).toEqual({ type: 'speed', speed: 20 });
    expect(useAppStore.getState().workerError).toEqual({ message: 'boom', restarted: true });
    disconnect();
  });

  it('a worker gone silent while playing is replaced like a crashed one, and the message says it went silent', () => {
    const disconnect = connectSimulation();
    sendToSimulation({ type: 'play' });
    workers[0]!.deliver([frame(true, 20, 42_000)]);
    workers[0]!.stall(8_000);
    expect(workers[1]!.sent.map((m) => m.type)).toEqual(['load', 'speed', 'play']);
    expect(workers[1]!.sent[0]).toMatchObject({ type: 'load', untilMs: 42_000 });
    expect(useAppStore.getState().workerError).toMatchObject({ restarted: true, silentMs: 8_000 });
    disconnect();
  });

  it('a paused run stays paused after the restart', () => {
    const disconnect = connectSimulation();
    workers[0]!.deliver([frame(false, 1, 5_000)]);
    workers[0]!.crash('boom');
    expect(workers[1]!.sent.map((m) => m.type)).toEqual(['load', 'speed']);
    disconnect();
  });

  it('a pause the worker had not yet confirmed when it died is kept: the fresh worker does not play on', () => {
    const disconnect = connectSimulation();
    sendToSimulation({ type: 'play' });
    workers[0]!.deliver([frame(true, 20, 42_000)]);
    sendToSimulation({ type: 'pause' });
    workers[0]!.crash('boom');
    expect(workers[1]!.sent.map((m) => m.type)).toEqual(['load', 'speed']);
    disconnect();
  });

  it('an error the worker caught is reported without claiming a restart (no new worker)', () => {
    const disconnect = connectSimulation();
    workers[0]!.deliver([{ type: 'error', message: 'bad fault', handled: 1 }]);
    expect(useAppStore.getState().workerError).toEqual({ message: 'bad fault', restarted: false });
    expect(workers).toHaveLength(1);
    disconnect();
  });
});

describe('the throughput sweep', () => {
  it('runs in a worker of its own, so the live run goes on; its result lands in the store and the button is free again', () => {
    workers.length = 0;
    const disconnect = connectSimulation();
    const liveSent = workers[0]!.sent.length;
    requestSweep();
    expect(workers).toHaveLength(2);
    expect(workers[1]!.sent.map((m) => m.type)).toEqual(['sweep']);
    expect(workers[0]!.sent).toHaveLength(liveSent);
    expect(useAppStore.getState().sweepRunning).toBe(true);
    workers[1]!.deliver([{ type: 'sweep', points: [{ rttMs: 0, throughput: 100 }], metric: true, handled: 1 }]);
    expect(useAppStore.getState().sweep?.points).toEqual([{ rttMs: 0, throughput: 100 }]);
    expect(useAppStore.getState().sweepRunning).toBe(false);
    disconnect();
  });

  it('a result that arrives after its sweep was replaced is dropped', () => {
    workers.length = 0;
    const disconnect = connectSimulation();
    useAppStore.getState().setSweep(null);
    requestSweep();
    requestSweep();
    workers[1]!.deliver([{ type: 'sweep', points: [{ rttMs: 0, throughput: 1 }], metric: true, handled: 1 }]);
    expect(useAppStore.getState().sweep).toBeNull();
    expect(useAppStore.getState().sweepRunning).toBe(true);
    workers[2]!.deliver([{ type: 'sweep', points: [{ rttMs: 0, throughput: 2 }], metric: true, handled: 1 }]);
    expect(useAppStore.getState().sweep?.points[0]?.throughput).toBe(2);
    disconnect();
  });
});
