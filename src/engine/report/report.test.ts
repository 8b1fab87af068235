import { describe, expect, it } from 'vitest';
import { runScenario } from '../sim/run';
import { buildDesign } from '../testing/designs';
import { validateDesign } from '../documents';
import type { Kit } from '../kits/kit';
import { buildReport } from './report';
import { metaOf } from '../kits/catalog';
import type { SampleBlock } from '../sim/samples';

/** Samples written as records, as columns (every record has the same keys). */
function block(records: ReadonlyArray<{ t: number; values: Record<string, number> }>): SampleBlock {
  const keys = Object.keys(records[0]?.values ?? {});
  return { keys, rows: records.map(({ t, values }) => ({ t, values: keys.map((k) => values[k]!) })) };
}
import minimal from '../../templates/ontime-minimal.json';

const ontime = () => {
  const r = validateDesign(minimal);
  if (!r.ok) throw new Error('template invalid');
  return r.design;
};

/** A kit with a database whose crash makes the service unavailable and loses 2 s of data; restart restores it. */
const dbKit: Kit = {
  id: 'db',
  nodeKinds: [],
  relationKinds: [],
  clusterKinds: [],
  eventMeta: {},
  check: () => [],
  install(world) {
    const db = world.addProcess('DB', 'db', { bootMs: 20_000, drainMs: 0 });
    db.bootInstantly();
    db.onChange((_p, _from, to) => {
      const k = world.kernel;
      if (to === 'crashed') {
        k.emit({ type: 'service.unavailable', subject: 'app', service: 'app' });
        k.emit({ type: 'data.lost', subject: 'DB', what: 'transactions', lostMs: 2000 });
        k.after(5000, () => k.emit({ type: 'sync.takeover', subject: 'DB', mailServer: 'DB', from: 'DB', to: 'DB2' }));
      }
      if (to === 'running') k.emit({ type: 'service.restored', subject: 'app', service: 'app' });
    });
  },
};

const dbDesign = () => buildDesign({ sites: ['dc1'], nodes: [{ id: 'DB', kind: 'mailServer', siteId: 'dc1' }] });

describe('run report', () => {
  it('per fault: services hurt with impact intervals, RTO, RPO and the lanes, all from events', () => {
    const { report } = runScenario(dbDesign(), {
      kits: [dbKit],
      untilMs: 120_000,
      faults: [
        { atMs: 10_000, fault: { kind: 'crashProcess', target: 'DB', process: 'db' } },
        { atMs: 30_000, fault: { kind: 'startProcess', target: 'DB', process: 'db' } },
      ],
    });
    const [crash, start] = report.faults;
    expect(crash).toMatchObject({
      atMs: 10_000,
      servicesHurt: ['app'],
      impacts: [{ service: 'app', kind: 'unavailable', fromMs: 10_000, toMs: 50_000, source: 'event' }],
      rtoMs: 40_000,
      rpoMs: 2000,
      dataLost: [{ subject: 'DB', what: 'transactions', lostMs: 2000 }],
    });
    expect(crash!.lanes).toMatchObject([{ lane: 'sync', rtoMs: 5000, steps: [{ phase: 'tookOver', afterMs: 5000, type: 'sync.takeover', credit: 'cause' }] }]);
    expect(crash!.serviceRestoredMs).toBe(40_000);
    expect(start).toMatchObject({ servicesHurt: [], rtoMs: 0, rpoMs: 0 });
    expect(report.unattributed).toEqual([]);
  });

  it('an impact still open at the end has no RTO (not restored)', () => {
    const { report } = runScenario(dbDesign(), {
      kits: [dbKit],
      untilMs: 60_000,
      faults: [{ atMs: 10_000, fault: { kind: 'crashProcess', target: 'DB', process: 'db' } }],
    });
    expect(report.faults[0]).toMatchObject({ rtoMs: null, impacts: [{ toMs: null }] });
  });

  it('S1 / OT-4 / OT-5: stale Sync of MS1, detection and takeover about 10 s after the fault, failback credited to it', () => {
    const { report } = runScenario(ontime(), {
      untilMs: 180_000,
      faults: [
        { atMs: 30_000, fault: { kind: 'stopProcess', target: 'OT1', process: 'ontime' } },
        { atMs: 90_000, fault: { kind: 'startProcess', target: 'OT1', process: 'ontime' } },
      ],
    });
    const stop = report.faults[0]!;
    expect(stop.lanes.map((l) => l.lane)).toEqual(['sync']);
    const sync = stop.lanes[0]!;
    expect(sync.steps.map((s) => `${s.phase}:${s.credit}`)).toEqual(['failed:cause', 'detected:cause', 'tookOver:cause', 'failedBack:undoes']);
    const tookOver = sync.firstMs.tookOver!;
    expect(tookOver).toBeGreaterThanOrEqual(5000);
    expect(tookOver).toBeLessThanOrEqual(11_000);
    expect(sync.rtoMs).toBe(tookOver);
    // OT-4: the member that declares the peer dead takes over in the same instant: no separate 'decided' step.
    expect(sync.firstMs.detected).toBe(tookOver);
    expect(sync.firstMs.decided).toBeUndefined();
    expect(stop.impacts.every((i) => i.service === 'MS1' && i.kind === 'stale' && i.source === 'lag')).toBe(true);
    expect(stop.impacts.length).toBeGreaterThan(0);
    expect(stop.rtoMs).not.toBeNull();
    expect(report.metrics).toEqual({});
  });

  it('reads phases from the metadata the kits declare, not from type names', () => {
    expect(['member.dead', 'lb.markedDown', 'sg.failover.decided', 'sync.takeover', 'wl.service.migrated', 'sync.failback', 'wl.leaseLost', 'process.state'].map((t) => metaOf(t).phase)).toEqual([
      'detected',
      'detected',
      'decided',
      'tookOver',
      'tookOver',
      'failedBack',
      'failed',
      undefined,
    ]);
    // A type that merely looks like a takeover is nothing without a declaration.
    expect(metaOf('lease.takeover')).toEqual({});
  });

  it('summarises whole-system metrics and leaves per-node keys out', () => {
    const samples = block([
      { t: 0, values: { throughput: 10, 'throughput:U': 10 } },
      { t: 1000, values: { throughput: 30, 'throughput:U': 30 } },
    ]);
    const report = buildReport([], samples, 1000);
    expect(report.metrics).toEqual({ throughput: { min: 10, max: 30, mean: 20, last: 30 } });
  });
});

describe('run report from metrics', () => {
  it('the whole-system error rate becomes impact intervals of "system": degraded above 0.1 %, unavailable at 100 %', () => {
    const fault = { id: 1, t: 1000, cause: null, subject: 'X', type: 'fault.injected' as const, fault: { kind: 'crashHost' as const, target: 'X' } };
    const samples = block([0, 0.5, 1, 1, 0, 0].map((errorRate, i) => ({ t: i * 1000, values: { errorRate } })));
    const report = buildReport([fault], samples, 6000);
    expect(report.faults[0]!.impacts).toEqual([
      { service: 'system', kind: 'degraded', fromMs: 1000, toMs: 2000, source: 'metric' },
      { service: 'system', kind: 'unavailable', fromMs: 2000, toMs: 4000, source: 'metric' },
    ]);
    expect(report.faults[0]!.rtoMs).toBe(3000);
  });

  it('lists a verdict reached by several observers at the same moment once', () => {
    const events = [
      { id: 1, t: 0, cause: null, subject: 'A', type: 'fault.injected' as const, fault: { kind: 'crashHost' as const, target: 'A' } },
      { id: 2, t: 10, cause: 1, subject: 'A', type: 'member.dead' as const, observer: 'B', peer: 'A' },
      { id: 3, t: 10, cause: 1, subject: 'C', type: 'member.dead' as const, observer: 'B', peer: 'C' },
      { id: 4, t: 10, cause: 1, subject: 'A', type: 'member.dead' as const, observer: 'D', peer: 'A' },
    ];
    expect(buildReport(events, block([]), 100).faults[0]!.lanes.flatMap((l) => l.steps.map((s) => s.subject))).toEqual(['A', 'C']);
  });
});

describe('losses', () => {
  it('credits the growth of sessionsLost / txFailed to the fault before it, up to the next fault', () => {
    const fault = (id: number, t: number) => ({ id, t, cause: null, subject: 'X', type: 'fault.injected' as const, fault: { kind: 'crashHost' as const, target: 'X' } });
    const samples = block([0, 0, 5, 5, 7, 9].map((txFailed, i) => ({ t: i * 1000, values: { txFailed, sessionsLost: 0 } })));
    const report = buildReport([fault(1, 1000), fault(2, 3500)], samples, 6000);
    expect(report.faults.map((f) => f.losses)).toEqual([{ txFailed: 5 }, { txFailed: 4 }]);
  });
});
