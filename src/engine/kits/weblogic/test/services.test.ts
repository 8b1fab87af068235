import { describe, expect, it } from 'vitest';
import { Run, referenceDesign, withParams } from './harness';

describe('JMS/JTA migration (S3, WL-5, WL-8, WL-9)', () => {
  it('S3: after a server crash its JMS and JTA services migrate once its lease has expired (≈ 90 s) and fail back when it returns', () => {
    const run = new Run().until(5000);
    const fault = run.inject({ kind: 'crashProcess', target: 'MS1', process: 'wls' });
    run.for(150_000);
    const migrated = run.all('wl.service.migrated', (e) => e.from === 'MS1');
    expect(migrated.map((e) => e.service).sort()).toEqual(['jms:MS1', 'jta:MS1']);
    expect(migrated.every((e) => e.to === 'MS2')).toBe(true);
    const delay = migrated[0]!.t - fault.t;
    expect(delay).toBeGreaterThanOrEqual(80_000);
    expect(delay).toBeLessThanOrEqual(100_000);
    // The in-flight transactions were in doubt and are recovered by the migrated JTA service.
    expect(run.first('wl.txRecovered', (e) => e.server === 'MS1')).toMatchObject({ by: 'MS2', count: 10 });
    expect(run.causeChain(run.first('wl.txRecovered')!).at(-1)).toBe('fault.injected');
    run.inject({ kind: 'startProcess', target: 'MS1', process: 'wls' });
    run.for(120_000);
    expect(run.all('wl.service.failback', (e) => e.to === 'MS1' && e.from === 'MS2').length).toBe(2);
    expect(run.model.services.hostedOn('MS1').map((s) => s.id).sort()).toEqual(['jms:MS1', 'jta:MS1']);
  });

  it('WL-5: with database stores a site-1 server’s services can migrate across to site 2', () => {
    const run = new Run().until(5000);
    run.inject({ kind: 'crashHost', target: 'MS1' });
    run.inject({ kind: 'crashHost', target: 'MS2' });
    run.for(200_000);
    const targets = run.all('wl.service.migrated').map((e) => e.to);
    expect(targets.length).toBe(4);
    expect(targets.every((t) => t === 'MS3' || t === 'MS4')).toBe(true);
    expect(run.gauge('txInDoubt')).toBe(0);
  });

  it('WL-8: with file stores on site 1’s storage, the services of site 1 cannot migrate to site 2; transactions stay in doubt', () => {
    const run = new Run(withParams(referenceDesign(), 'ADMIN', { storeType: 'file' })).until(5000);
    run.inject({ kind: 'crashHost', target: 'MS1' });
    run.inject({ kind: 'crashHost', target: 'MS2' });
    run.inject({ kind: 'crashHost', target: 'STO1' });
    run.for(200_000);
    expect(run.all('wl.service.migrated')).toEqual([]);
    expect(run.all('wl.serviceStranded').length).toBe(4);
    expect(run.gauge('txInDoubt')).toBe(20);
  });

  it('WL-9: service migration needs no VIP: the services are running elsewhere about 90 s after the crash', () => {
    const run = new Run().until(5000);
    run.inject({ kind: 'crashHost', target: 'MS1' });
    run.inject({ kind: 'crashHost', target: 'MS2' });
    run.for(300_000);
    const m = run.first('wl.service.migrated')!;
    expect(m.delayMs).toBe(5000);
  });

  it('WL-9: server migration across sites needs the VIP to be valid there: impossible without a pre-migration script, slower with one', () => {
    const noScript = new Run(withParams(referenceDesign(), 'ADMIN', { migration: 'server' })).until(5000);
    noScript.inject({ kind: 'crashHost', target: 'MS1' });
    noScript.inject({ kind: 'crashHost', target: 'MS2' });
    noScript.for(300_000);
    expect(noScript.all('wl.serviceVipInvalid').length).toBe(4);

    const script = new Run(withParams(referenceDesign(), 'ADMIN', { migration: 'server', vipScript: 1 })).until(5000);
    script.inject({ kind: 'crashHost', target: 'MS1' });
    script.inject({ kind: 'crashHost', target: 'MS2' });
    script.for(400_000);
    const moved = script.first('wl.server.migrated')!;
    expect(moved.delayMs).toBe(120_000 + 60_000);
    const serviceRun = new Run().until(5000);
    serviceRun.inject({ kind: 'crashHost', target: 'MS1' });
    serviceRun.inject({ kind: 'crashHost', target: 'MS2' });
    serviceRun.for(400_000);
    // RTO: service migration is much quicker than server migration.
    expect(moved.t - 5000).toBeGreaterThan(serviceRun.first('wl.service.migrated')!.t - 5000 + 150_000);
  });

  it('WL-9: server migration inside the site (VIP valid) works like a restart on another machine', () => {
    const run = new Run(withParams(referenceDesign(), 'ADMIN', { migration: 'server' })).until(5000);
    run.inject({ kind: 'crashHost', target: 'MS1' });
    run.for(300_000);
    expect(run.first('wl.server.migrated')).toMatchObject({ to: 'MS2', delayMs: 60_000 });
  });
});
