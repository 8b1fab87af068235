/// <reference types="vite/client" />
import { beforeEach, describe, expect, it } from 'vitest';
import type { DesignDoc } from '../engine';
import type { FromWorker, ToWorker } from '../worker/protocol';
import type { WorkerFailure } from '../worker/client';
import { templateById } from '../templates';
import { useAppStore } from './store';
import { selectSyncing } from './simSlice';
import { LiveSimulation, type StartWorker } from './simulation';

/** A stand-in for the worker: records what the simulation sends and lets the test deliver messages or a crash. */
interface FakeWorker {
  sent: ToWorker[];
  deliver: (m: FromWorker[]) => void;
  crash: (reason: string) => void;
  stall: (silentMs: number) => void;
}
let workers: FakeWorker[] = [];
const fakeWorker: StartWorker = (deliver, fail: (failure: WorkerFailure) => void) => {
  const w: FakeWorker = { sent: [], deliver, crash: (reason) => fail({ kind: 'error', reason }), stall: (silentMs) => fail({ kind: 'stalled', silentMs }) };
  workers.push(w);
  return { send: (m) => w.sent.push(m), dispose: () => undefined };
};

function frame(playing: boolean, speed: 1 | 20, t: number, loadId = 0): FromWorker {
  return { type: 'frame', frame: { t, events: [], nodes: {}, relations: [], samples: { keys: [], rows: [] } }, playing, speed, reset: false, horizonMs: t, loadId, handled: 0 };
}

const loads = (w: FakeWorker) => w.sent.filter((m): m is Extract<ToWorker, { type: 'load' }> => m.type === 'load');

let sim: LiveSimulation;
beforeEach(() => {
  workers = [];
  useAppStore.getState().setWorkerError(null);
  useAppStore.getState().setEditNotice(null);
  sim = new LiveSimulation(useAppStore, fakeWorker);
});

describe('the simulation while the worker catches up', () => {
  it('numbers each load and reports syncing until a frame of the latest load arrives', () => {
    const disconnect = sim.connect();
    const first = loads(workers[0]!).at(-1)!;
    sim.reset();
    const second = loads(workers[0]!).at(-1)!;
    expect(second.loadId).toBe((first.loadId ?? 0) + 1);
    workers[0]!.deliver([frame(false, 1, 0, first.loadId)]);
    expect(selectSyncing(useAppStore.getState())).toBe(true);
    workers[0]!.deliver([frame(false, 1, 0, second.loadId)]);
    expect(selectSyncing(useAppStore.getState())).toBe(false);
    disconnect();
  });
});

describe('the simulation after a worker failure', () => {
  it('a crashed worker is replaced: the run is replayed to where it was and goes on playing at the same speed', () => {
    const disconnect = sim.connect();
    sim.play();
    workers[0]!.deliver([frame(true, 20, 42_000)]);
    workers[0]!.crash('boom');
    expect(workers[1]!.sent.map((m) => m.type)).toEqual(['load', 'speed', 'play']);
    expect(workers[1]!.sent[0]).toMatchObject({ type: 'load', untilMs: 42_000 });
    expect(workers[1]!.sent[1]).toEqual({ type: 'speed', speed: 20 });
    expect(useAppStore.getState().workerError).toEqual({ message: 'boom', restarted: true });
    disconnect();
  });

  it('a worker gone silent while playing is replaced like a crashed one, and the message says it went silent', () => {
    const disconnect = sim.connect();
    sim.play();
    workers[0]!.deliver([frame(true, 20, 42_000)]);
    workers[0]!.stall(8_000);
    expect(workers[1]!.sent.map((m) => m.type)).toEqual(['load', 'speed', 'play']);
    expect(useAppStore.getState().workerError).toMatchObject({ restarted: true, silentMs: 8_000 });
    disconnect();
  });

  it('a paused run stays paused after the restart, and a pause not yet confirmed when the worker died is kept', () => {
    const disconnect = sim.connect();
    workers[0]!.deliver([frame(false, 1, 5_000)]);
    workers[0]!.crash('boom');
    expect(workers[1]!.sent.map((m) => m.type)).toEqual(['load', 'speed']);
    sim.play();
    workers[1]!.deliver([frame(true, 20, 42_000)]);
    sim.pause();
    workers[1]!.crash('boom');
    expect(workers[2]!.sent.map((m) => m.type)).toEqual(['load', 'speed']);
    disconnect();
  });

  it('an error the worker caught is reported without claiming a restart (no new worker)', () => {
    const disconnect = sim.connect();
    workers[0]!.deliver([{ type: 'error', message: 'bad fault', handled: 1 }]);
    expect(useAppStore.getState().workerError).toEqual({ message: 'bad fault', restarted: false });
    expect(workers).toHaveLength(1);
    disconnect();
  });
});

describe('the throughput sweep', () => {
  it('runs in a worker of its own, so the live run goes on; its result lands in the store and the button is free again', () => {
    const disconnect = sim.connect();
    const liveSent = workers[0]!.sent.length;
    sim.requestSweep();
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
    const disconnect = sim.connect();
    useAppStore.getState().setSweep(null);
    sim.requestSweep();
    sim.requestSweep();
    workers[1]!.deliver([{ type: 'sweep', points: [{ rttMs: 0, throughput: 1 }], metric: true, handled: 1 }]);
    expect(useAppStore.getState().sweep).toBeNull();
    workers[2]!.deliver([{ type: 'sweep', points: [{ rttMs: 0, throughput: 2 }], metric: true, handled: 1 }]);
    expect(useAppStore.getState().sweep?.points[0]?.throughput).toBe(2);
    disconnect();
  });
});

describe('editing the design while a run is live (issue 17 §5)', () => {
  const twoSites = templateById('ontime-p2-two-sites')!.design;
  const withParam = (d: DesignDoc, id: string, params: Record<string, number>): DesignDoc => ({ ...d, nodes: d.nodes.map((n) => (n.id === id ? { ...n, params: { ...n.params, ...params } } : n)) });

  /** Connects on `twoSites` and lets the run reach 30 s. */
  function started() {
    useAppStore.getState().setDesign(twoSites);
    const disconnect = sim.connect();
    workers[0]!.deliver([frame(true, 1, 30_000, loads(workers[0]!).at(-1)!.loadId)]);
    workers[0]!.sent.length = 0;
    return disconnect;
  }

  it('a timing parameter the kit reads live is injected now as setParams: no reload, the clock goes on, the notice says applied', () => {
    const disconnect = started();
    useAppStore.getState().setDesign(withParam(twoSites, 'OT1', { syncIntervalMs: 10_000 }));
    expect(sim.reloadDesign(twoSites.seed)).toBe('applied');
    expect(workers[0]!.sent).toEqual([{ type: 'inject', fault: { kind: 'setParams', target: 'OT1', params: { syncIntervalMs: 10_000 } } }]);
    expect(useAppStore.getState().editNotice).toEqual({ change: 'applied', atMs: 30_000 });
    // Undo is an edit like any other: the old value is injected back, the run does not restart.
    useAppStore.getState().setDesign(twoSites);
    expect(sim.reloadDesign(twoSites.seed)).toBe('applied');
    expect(workers[0]!.sent.at(-1)).toEqual({ type: 'inject', fault: { kind: 'setParams', target: 'OT1', params: { syncIntervalMs: 5000 } } });
    disconnect();
  });

  it("a link's designed round trip is set live with setRtt", () => {
    const disconnect = started();
    useAppStore.getState().setDesign({ ...twoSites, links: twoSites.links.map((l) => ({ ...l, rttMs: 40 })) });
    expect(sim.reloadDesign(twoSites.seed)).toBe('applied');
    expect(workers[0]!.sent).toEqual([{ type: 'inject', fault: { kind: 'setRtt', target: 'wan', rttMs: 40 } }]);
    disconnect();
  });

  it('a topology edit restarts from 0:00 and says so; recorded parameter changes are dropped, other faults kept', () => {
    const disconnect = started();
    useAppStore.setState({
      script: [
        { atMs: 10_000, fault: { kind: 'setParams', target: 'OT1', params: { syncIntervalMs: 10_000 } } },
        { atMs: 20_000, fault: { kind: 'crashHost', target: 'MS1' } },
        { atMs: 25_000, fault: { kind: 'crashHost', target: 'MS4' } },
      ],
    });
    useAppStore.getState().setDesign({ ...twoSites, nodes: twoSites.nodes.filter((n) => n.id !== 'MS4'), relations: twoSites.relations.filter((r) => r.from !== 'MS4' && r.to !== 'MS4'), clusters: twoSites.clusters.map((c) => ({ ...c, members: c.members.filter((m) => m !== 'MS4') })) });
    expect(sim.reloadDesign(twoSites.seed)).toBe('restarted');
    const load = loads(workers[0]!).at(-1)!;
    expect(load).toMatchObject({ untilMs: 0, script: [{ atMs: 20_000, fault: { kind: 'crashHost', target: 'MS1' } }] });
    expect(useAppStore.getState().editNotice).toEqual({ change: 'restarted', atMs: 0 });
    disconnect();
  });

  it('a parameter fixed at install restarts; moving or renaming never does; before the run has started nothing is announced', () => {
    const disconnect = started();
    useAppStore.getState().setDesign({ ...twoSites, nodes: twoSites.nodes.map((n) => ({ ...n, name: `${n.name}!`, position: { x: n.position.x + 10, y: n.position.y } })) });
    expect(sim.reloadDesign(twoSites.seed)).toBe('none');
    expect(workers[0]!.sent).toEqual([]);
    useAppStore.getState().setDesign(withParam(twoSites, 'OT1', { taskStartMs: 1000 }));
    expect(sim.reloadDesign(twoSites.seed)).toBe('restarted');
    workers[0]!.deliver([frame(false, 1, 0, loads(workers[0]!).at(-1)!.loadId)]);
    useAppStore.setState({ horizonMs: 0 });
    useAppStore.getState().setEditNotice(null);
    useAppStore.getState().setDesign(withParam(twoSites, 'OT1', { syncIntervalMs: 9000 }));
    expect(sim.reloadDesign(twoSites.seed)).toBe('none');
    expect(useAppStore.getState().editNotice).toBeNull();
    disconnect();
  });

  it('reset and a crash replay the design the run was loaded with: the script brings the live edits at their times', () => {
    const disconnect = started();
    useAppStore.getState().setDesign(withParam(twoSites, 'OT1', { syncIntervalMs: 10_000 }));
    sim.reloadDesign(twoSites.seed);
    sim.reset();
    expect(loads(workers[0]!).at(-1)!.design).toBe(twoSites);
    workers[0]!.crash('boom');
    expect(loads(workers[1]!).at(-1)!.design).toBe(twoSites);
    // After the crash the run still knows the edit: editing on from there is live again.
    workers[1]!.deliver([frame(false, 1, 30_000, loads(workers[1]!).at(-1)!.loadId)]);
    useAppStore.getState().setDesign(withParam(twoSites, 'OT1', { syncIntervalMs: 12_000 }));
    expect(sim.reloadDesign(twoSites.seed)).toBe('applied');
    disconnect();
  });
});
