import { describe, expect, it } from 'vitest';
import { templateById } from '../../../templates';
import { Recorder } from './fixtures';
import { onTimeTimelines } from './timeline';
import { runScenario } from '../../sim/run';

const template = (id: string) => templateById(id)!.design;

describe('S1: the OnTime task dies on OT1 (P2 layout)', () => {
  it('S1 / OT-4 / OT-5: Sync of OT1\'s mail servers stops, OT2 takes it over ≈10 s later, REST never fails, failback when the task is back', () => {
    const rec = new Recorder(template('ontime-p2-load-sharing')).until(60_000);
    const fault = rec.inject({ kind: 'crashProcess', target: 'OT1', process: 'ontime' });
    rec.until(120_000);
    const restart = rec.inject({ kind: 'startProcess', target: 'OT1', process: 'ontime' });
    rec.until(240_000);

    const timelines = onTimeTimelines(rec.events);
    expect(timelines.map((t) => t.mailServer)).toEqual(['MS1', 'MS2']);
    for (const tl of timelines) {
      expect(tl).toMatchObject({ failureAt: fault.t, syncStoppedAt: fault.t, standIn: 'OT2', closed: true });
      expect(tl.detectedAt! - fault.t).toBeGreaterThanOrEqual(9_000);
      expect(tl.detectedAt! - fault.t).toBeLessThanOrEqual(11_000);
      expect(tl.tookOverAt).toBe(tl.detectedAt);
      // The task starts in 5 s, then failback waits 10 s.
      expect(tl.failedBackAt! - restart.t).toBeGreaterThanOrEqual(14_000);
      expect(tl.failedBackAt! - restart.t).toBeLessThanOrEqual(16_000);
      expect(tl.mailDbFailoverAt).toBeUndefined();
    }
    // The data of MS1 went stale until the takeover, then fresh again; MS3 (OT2's own) never did.
    const lag = (key: string, from: number, to: number) => Math.max(...rec.samples.filter((s) => s.t >= from && s.t <= to).map((s) => s.values[key] ?? 0));
    expect(lag('syncLag:MS1', fault.t, fault.t + 10_000)).toBeGreaterThanOrEqual(9);
    // Normal lag: one Sync interval (5 s) plus one pass (250 users × 4 ms = 1 s).
    expect(lag('syncLag:MS1', fault.t + 20_000, 240_000)).toBeLessThanOrEqual(6);
    expect(lag('syncLag:MS3', 0, 240_000)).toBeLessThanOrEqual(6);
    // REST is the load balancer's business and Domino still answers: not one failed request, no re-login.
    expect(lag('errorRate:CL', 0, 240_000)).toBe(0);
    expect(rec.first('service.degraded')).toBeUndefined();
    expect(rec.relation('sync:MS1')).toMatchObject({ from: 'OT1', active: true });
  });
});

describe('S2: OT1\'s whole Domino server dies (P1 layout: it is also a mail server)', () => {
  it('S2 / OT-1 / OT-4 / OT-6 / OT-5: LB marks it down after its checks, Sync taken over ≈10 s, mail DBs fail over after the retries, all back home on recovery', () => {
    const rec = new Recorder(template('ontime-p1-colocated')).until(45_000);
    const fault = rec.inject({ kind: 'crashHost', target: 'OT1' });
    rec.until(200_000);
    const recovery = rec.inject({ kind: 'recoverHost', target: 'OT1' });
    rec.until(400_000);

    const [tl, ...others] = onTimeTimelines(rec.events);
    expect(others).toEqual([]);
    expect(tl).toMatchObject({ mailServer: 'OT1', failureAt: fault.t, standIn: 'OT2', replica: 'OT2', closed: true });
    expect(tl!.tookOverAt! - fault.t).toBeGreaterThanOrEqual(9_000);
    expect(tl!.tookOverAt! - fault.t).toBeLessThanOrEqual(11_000);
    // Three attempts on the dead home server (5 s connect timeout, 5 s apart), then the replica on the cluster mate.
    expect(tl!.mailDbFailoverAt! - tl!.tookOverAt!).toBeGreaterThanOrEqual(3 * 5000);
    expect(tl!.mailDbFailoverAt! - tl!.tookOverAt!).toBeLessThanOrEqual(3 * 5000 + 3 * 5000);
    // Recovery: Domino boots (30 s), the task starts with it, failback 10 s later; mail DBs at the next cluster probe.
    expect(tl!.failedBackAt! - recovery.t).toBeGreaterThanOrEqual(30_000);
    expect(tl!.failedBackAt! - recovery.t).toBeLessThanOrEqual(50_000);
    expect(tl!.mailDbHomeAt! - recovery.t).toBeLessThanOrEqual(30_000 + 60_000 + 5000);

    // REST: errors for the requests the LB still sends to OT1, until its health checks mark it down.
    const down = rec.first('lb.markedDown', { member: 'OT1' })!;
    expect(down.t - fault.t).toBeLessThanOrEqual(95_000);
    const errorsFor = rec.samples.filter((s) => s.t > fault.t && (s.values['errorRate:CL'] ?? 0) > 0).length;
    expect(errorsFor).toBeGreaterThan(60);
    expect(errorsFor).toBeLessThanOrEqual(96);
    expect(rec.first('lb.markedUp', { member: 'OT1' })).toBeDefined();
    expect(rec.gauge('errorRate:CL')).toBe(0);

    const end = rec.state();
    expect(end.relations.find((r) => r.id === 'sync:OT1')).toMatchObject({ from: 'OT1', to: 'OT1', active: true });
    expect(end.relations.find((r) => r.id === 'maildb:OT1')).toMatchObject({ from: 'OT1', to: 'OT1', active: true });
    expect(end.nodes['OT1']).toMatchObject({ status: 'running', notes: [{ key: 'note.syncingLocal' }] });
  });

  it('S2: the same seed, design and faults replay the same event log', () => {
    const run = () => {
      const rec = new Recorder(template('ontime-p1-colocated'), { seed: 11 }).until(45_000);
      rec.inject({ kind: 'crashHost', target: 'OT1' });
      rec.until(200_000);
      rec.inject({ kind: 'recoverHost', target: 'OT1' });
      rec.until(400_000);
      return JSON.stringify(rec.events);
    };
    expect(run()).toBe(run());
  });
});

describe('S2 in the run report', () => {
  it('S2: the engine report shows the lanes of the crash (Sync, mail DBs, LB verdict, each failed back)', () => {
    const { report } = runScenario(template('ontime-p1-colocated'), {
      untilMs: 400_000,
      faults: [
        { atMs: 45_000, fault: { kind: 'crashHost', target: 'OT1' } },
        { atMs: 200_000, fault: { kind: 'recoverHost', target: 'OT1' } },
      ],
    });
    const crash = report.faults[0]!;
    expect(crash.lanes.map((l) => `${l.lane}: ${l.steps.filter((s) => s.phase !== 'progress').map((s) => `${s.phase}:${s.type}`).join(' ')}`)).toEqual([
      'sync: failed:sync.stopped detected:member.dead tookOver:sync.takeover failedBack:sync.failback',
      'mailDb: tookOver:maildb.takeover failedBack:maildb.failback',
      'rest: detected:lb.markedDown',
    ]);
    // 'system' is the whole-system error rate the report derives from the metrics; CL's REST and OT1's mail data are the named services.
    expect(crash.servicesHurt).toEqual(['CL', 'system', 'OT1']);
    expect(crash.impacts.find((i) => i.service === 'CL')).toMatchObject({ kind: 'degraded' });
    expect(crash.impacts.find((i) => i.service === 'OT1')).toMatchObject({ kind: 'stale', source: 'lag' });
  });
});
