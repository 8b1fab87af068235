import { describe, expect, it } from 'vitest';
import { runScenario } from '../sim/run';
import { buildDesign } from '../design/build';
import { validateDesign } from '../design/validate';
import type { Kit } from '../kits/kit';
import { buildReport } from './report';
import { phaseOf } from './contract';
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
  it('per fault: services hurt with impact intervals, RTO, RPO and the takeover timeline, all from events', () => {
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
    expect(crash!.timeline).toMatchObject([{ phase: 'tookOver', afterMs: 5000, type: 'sync.takeover' }]);
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
    const phases = stop.timeline.map((s) => s.phase);
    expect(phases).toContain('detected');
    expect(phases).toContain('tookOver');
    expect(phases).toContain('failedBack');
    const tookOver = stop.timeline.find((s) => s.phase === 'tookOver')!;
    expect(tookOver.afterMs).toBeGreaterThanOrEqual(5000);
    expect(tookOver.afterMs).toBeLessThanOrEqual(11_000);
    expect(stop.impacts.every((i) => i.service === 'MS1' && i.kind === 'stale' && i.source === 'lag')).toBe(true);
    expect(stop.impacts.length).toBeGreaterThan(0);
    expect(stop.rtoMs).not.toBeNull();
    expect(report.metrics).toEqual({});
  });

  it('follows the naming contract for timeline phases', () => {
    expect(['member.dead', 'lb.markedDown', 'lease.detected', 'lease.decided', 'sync.takeover', 'jms.migrated', 'client.failover', 'sync.failback', 'process.state'].map(phaseOf)).toEqual([
      'detected',
      'detected',
      'detected',
      'decided',
      'tookOver',
      'tookOver',
      'tookOver',
      'failedBack',
      undefined,
    ]);
  });

  it('summarises whole-system metrics and leaves per-node keys out', () => {
    const report = buildReport([], [
      { t: 0, values: { throughput: 10, 'throughput:U': 10 } },
      { t: 1000, values: { throughput: 30, 'throughput:U': 30 } },
    ], 1000);
    expect(report.metrics).toEqual({ throughput: { min: 10, max: 30, mean: 20, last: 30 } });
  });
});
