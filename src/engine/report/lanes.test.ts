import { describe, expect, it } from 'vitest';
import { runScenario } from '../sim/run';
import { templateById } from '../../templates';
import type { TimedFault } from '../sim/simulation';
import type { FaultReport } from './report';

function run(templateId: string, faults: TimedFault[], untilMs = 400_000) {
  const design = templateById(templateId)!.design;
  return runScenario(design, { faults, untilMs }).report;
}

/** Each lane as "lane: phase@s …" (own steps only, progress left out), for readable expectations. */
const summary = (f: FaultReport) =>
  Object.fromEntries(f.lanes.map((l) => [l.lane, [...new Set(l.steps.filter((s) => s.credit === 'cause').map((s) => s.phase))]]));
const lane = (f: FaultReport, name: string) => f.lanes.find((l) => l.lane === name)!;
const at = (seconds: number, fault: TimedFault['fault']): TimedFault => ({ atMs: seconds * 1000, fault });

describe('report lanes', () => {
  it('S2 / OT-4 / OT-6 / OT-1: on P1 a Domino crash reads as three lanes: Sync ≈10 s, mail DBs ≈35 s, LB ≈75 s; the headline is the last user-visible one', () => {
    const report = run('ontime-p1-colocated', [at(20, { kind: 'crashHost', target: 'OT1' }), at(180, { kind: 'recoverHost', target: 'OT1' })]);
    const crash = report.faults[0]!;
    expect(crash.lanes.map((l) => l.lane)).toEqual(['sync', 'mailDb', 'rest']);
    expect(lane(crash, 'sync')).toMatchObject({ rtoMs: 10_000, firstMs: { failed: 0, detected: 10_000, tookOver: 10_000 } });
    expect(lane(crash, 'mailDb')).toMatchObject({ rtoMs: 35_000, firstMs: { tookOver: 35_000 } });
    expect(lane(crash, 'rest')).toMatchObject({ rtoMs: 75_000, firstMs: { detected: 75_000 } });
    expect(crash.serviceRestoredMs).toBe(75_000);
    // OT-5: the failbacks the recovery causes are also credited to the crash whose takeovers they undo.
    expect(lane(crash, 'sync').steps.at(-1)).toMatchObject({ phase: 'failedBack', credit: 'undoes' });
    expect(lane(crash, 'mailDb').steps.at(-1)).toMatchObject({ phase: 'failedBack', credit: 'undoes' });
    expect(summary(report.faults[1]!)).toMatchObject({ sync: ['failedBack'], mailDb: ['failedBack'] });
  });

  it('S3: a managed server crash: sessions taken over at once, JMS/JTA transactions recovered by the restarted server', () => {
    const crash = run('weblogic-maa', [at(20, { kind: 'crashProcess', target: 'MS1', process: 'wls' })]).faults[0]!;
    expect(summary(crash)).toEqual({ sessions: ['tookOver', 'restored'], jmsJta: ['failed', 'restored'], servers: ['progress', 'detected', 'restored'] });
    expect(lane(crash, 'sessions').rtoMs).toBe(0);
    const jms = lane(crash, 'jmsJta');
    expect(jms.rtoMs).not.toBeNull();
    expect(jms.rtoMs!).toBeGreaterThan(30_000);
    // The headline is when users' requests were fine again, not later than the slowest lane.
    expect(crash.serviceRestoredMs).toBe(crash.rtoMs);
  });

  it('S5 / WL-13 / WL-10 / WL-6: a site failure: database role change, leases, JMS/JTA migration, sessions lost, Admin Server; the headline is not the Admin Server, which waits for an operator', () => {
    const site = run('weblogic-maa', [at(20, { kind: 'siteDown', target: 'site1' })]).faults[0]!;
    expect(summary(site)).toMatchObject({
      database: expect.arrayContaining(['failed', 'decided', 'tookOver', 'restored']),
      leasing: ['failed', 'restored'],
      jmsJta: expect.arrayContaining(['failed', 'tookOver']),
      sessions: ['detected', 'lost'],
      // WL-6: restarting it in the other site is an operator's job: the lane stays blocked until one does.
      admin: ['detected', 'blocked'],
      coherence: ['failed'],
    });
    expect(lane(site, 'sessions').rtoMs).toBeNull();
    expect(lane(site, 'admin').rtoMs).toBeNull();
    expect(lane(site, 'database').rtoMs!).toBeLessThan(lane(site, 'jmsJta').rtoMs!);
    // Users are served again although the Admin Server is still down: it is not part of the user-visible service.
    expect(site.serviceRestoredMs).not.toBeNull();
  });

  it('S7 / WL-12 / WL-10: a partition: site 2 loses the database and its singleton services move, until the heal restores them and Coherence converges', () => {
    const report = run('weblogic-maa', [
      at(20, { kind: 'partition', target: 'cut-man', from: ['site1'], to: ['site2'] }),
      at(200, { kind: 'heal', target: 'cut-man' }),
    ]);
    const [cut, heal] = report.faults;
    expect(summary(cut!)).toMatchObject({ database: ['failed'], leasing: ['failed'], jmsJta: ['failed', 'tookOver'], coherence: ['failed'], servers: ['detected'] });
    expect(lane(cut!, 'database').rtoMs).toBeNull();
    expect(lane(cut!, 'jmsJta').steps.filter((s) => s.credit === 'undoes').map((s) => s.phase)).toEqual(['failedBack', 'failedBack']);
    expect(summary(heal!)).toMatchObject({ database: ['restored'], coherence: ['converged'], leasing: ['restored'], jmsJta: ['failedBack'] });
  });

  it('S7 / WL-10 / WL-12: with consensus leasing and a stretched Coherence cluster: fencing, reboot refused, split brain, domain restart, writes discarded at the merge', () => {
    const [cut, heal] = run('weblogic-mistakes', [
      at(20, { kind: 'partition', target: 'cut-man', from: ['site1'], to: ['site2'] }),
      at(200, { kind: 'heal', target: 'cut-man' }),
    ]).faults;
    const types = (f: FaultReport) => f.lanes.flatMap((l) => l.steps.map((s) => s.type));
    expect(types(cut!)).toEqual(expect.arrayContaining(['wl.leaseLost', 'wl.selfFenced', 'wl.rebootRefused', 'coh.splitBrain', 'wl.serviceStranded', 'wl.sessionsLost']));
    expect(types(heal!)).toEqual(expect.arrayContaining(['wl.domainRestartRequired', 'coh.merged']));
    expect(lane(heal!, 'leasing').rtoMs).toBeNull();
  });

  it('S8 / WL-3: an RTT beyond 10 ms is a finding at the moment it is set, not a lane', () => {
    const rtt = run('weblogic-maa', [at(20, { kind: 'setRtt', target: 'man', rttMs: 20 })], 60_000).faults[0]!;
    expect(rtt.findings).toMatchObject([{ type: 'wl.rttOutOfRange', lane: 'network', afterMs: 0 }]);
    expect(rtt.lanes).toEqual([]);
  });
});
