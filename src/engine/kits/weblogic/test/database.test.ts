import { describe, expect, it } from 'vitest';
import { Run, referenceDesign, withParams } from './harness';

describe('Data Guard and Site Guard (S5, WL-13)', () => {
  it('S5: site 1 fails: Site Guard orchestrates the database failover after 30 s, DB2 is primary after the role transition, nothing lost with SYNC', () => {
    const run = new Run().until(10_000);
    run.siteDown('site1');
    run.for(60_000);
    const sg = run.first('sg.failover.decided')!;
    expect(sg).toMatchObject({ subject: 'SG2', db: 'DB2' });
    expect(sg.t - 10_000).toBeGreaterThanOrEqual(30_000);
    expect(sg.t - 10_000).toBeLessThanOrEqual(32_000);
    const role = run.first('dg.primary.takeover')!;
    expect(role.db).toBe('DB2');
    expect(role.t - sg.t).toBe(8000);
    expect(run.all('data.lost')).toEqual([]);
    expect(run.gauge('dataLostMs')).toBe(0);
    expect(run.causeChain(role).at(-1)).toBe('fault.injected');
    expect(run.model.db.reachableFrom('MS3')).toBe(true);
  });

  it('S5: with MaxPerformance (ASYNC) the failover loses the redo not yet shipped', () => {
    const run = new Run(withParams(referenceDesign(), 'DB1', { protectionMode: 'maxPerformance' })).until(10_500);
    run.siteDown('site1');
    run.for(60_000);
    const lost = run.first('data.lost')!;
    expect(lost.lostMs).toBeGreaterThan(0);
    expect(lost.lostMs).toBeLessThanOrEqual(1000);
  });

  it('S5: site 2’s servers get the database back and their JMS/JTA pick up site 1’s services', () => {
    const run = new Run().until(10_000);
    run.siteDown('site1');
    run.for(200_000);
    expect(run.all('wl.service.migrated').length).toBe(4);
    expect(run.first('wl.txRecovered', (e) => e.server === 'MS1')).toBeDefined();
    expect(run.all('wl.sessionsLost').reduce((a, e) => a + e.count, 0)).toBeGreaterThanOrEqual(200);
  });

  it('WL-13: Site Guard does nothing when only the mid-tier of a site fails', () => {
    const run = new Run().until(10_000);
    for (const n of ['OTD1', 'MS1', 'MS2']) run.inject({ kind: 'crashHost', target: n });
    run.for(200_000);
    expect(run.all('sg.failover.decided')).toEqual([]);
    expect(run.all('dg.failoverStarted')).toEqual([]);
  });

  it('a Data Guard observer in site 2 turns a partition into a failover; the isolated primary shuts itself down', () => {
    const design = referenceDesign();
    design.nodes.push({ id: 'OBS', kind: 'dgObserver', name: 'Observer', siteId: 'site2', position: { x: 540, y: 250 }, params: {} });
    const run = new Run(design).until(10_000);
    run.partition();
    run.for(60_000);
    expect(run.first('dg.failoverStarted')).toMatchObject({ db: 'DB2', by: 'OBS' });
    expect(run.first('dg.primaryShutdown')).toMatchObject({ db: 'DB1' });
    expect(run.model.db.primary).toBe('DB2');
  });

  it('with the observer in site 1 a partition changes nothing in the database tier', () => {
    const design = referenceDesign();
    design.nodes.push({ id: 'OBS', kind: 'dgObserver', name: 'Observer', siteId: 'site1', position: { x: 540, y: 250 }, params: {} });
    const run = new Run(design).until(10_000);
    run.partition();
    run.for(120_000);
    expect(run.all('dg.failoverStarted')).toEqual([]);
    expect(run.model.db.openPrimary()).toBe('DB1');
  });
});
