import { describe, expect, it, vi } from 'vitest';
import { Run, referenceDesign, withParams } from './harness';

// Scenario runs simulate minutes of a whole topology: give them room on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

describe('JMS/JTA migration (S3, WL-5, WL-8, WL-9)', () => {
  it('S3: Node Manager restarts a crashed server; it recovers its own transactions; the restart budget is 2 an hour', () => {
    const run = new Run().until(5000);
    run.inject({ kind: 'crashProcess', target: 'MS1', process: 'wls' });
    run.for(70_000);
    expect(run.first('restart.attempt', (e) => e.subject === 'MS1')).toMatchObject({ attempt: 1, maxRestarts: 2 });
    expect(run.model.servers.isUp('MS1')).toBe(true);
    expect(run.first('wl.txRecovered', (e) => e.server === 'MS1')).toMatchObject({ by: 'MS1', count: 10 });
    run.inject({ kind: 'crashProcess', target: 'MS1', process: 'wls' });
    run.for(70_000);
    run.inject({ kind: 'crashProcess', target: 'MS1', process: 'wls' });
    run.for(200_000);
    expect(run.first('restart.exhausted', (e) => e.subject === 'MS1')).toBeDefined();
    expect(run.model.servers.isUp('MS1')).toBe(false);
    // Now nobody restarts it: its JMS and JTA migrate to MS2 once its lease has expired.
    expect(run.all('wl.service.migrated', (e) => e.from === 'MS1' && e.to === 'MS2').length).toBe(2);
  });

  it('S3: when the machine dies, JMS and JTA migrate once the lease has expired (≈ 90 s) and fail back when it returns', () => {
    const run = new Run().until(5000);
    const fault = run.inject({ kind: 'crashHost', target: 'MS1' });
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
    run.inject({ kind: 'recoverHost', target: 'MS1' });
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

  it('WL-9: service migration needs no VIP: the services are running in the other site about 90 s after the crash, well before server migration', () => {
    const crashSite1 = (run: Run) => {
      const fault = run.inject({ kind: 'crashHost', target: 'MS1' });
      run.inject({ kind: 'crashHost', target: 'MS2' });
      return fault;
    };
    const run = new Run().until(5000);
    const fault = crashSite1(run);
    run.for(300_000);
    const migrated = run.all('wl.service.migrated');
    expect(migrated.map((e) => e.service).sort()).toEqual(['jms:MS1', 'jms:MS2', 'jta:MS1', 'jta:MS2']);
    expect(migrated.every((e) => e.to === 'MS3' || e.to === 'MS4')).toBe(true);
    // Lease expiry (6 renewal periods of 10 s + 30 s fencing grace after the last renewal) plus activation.
    const rto = Math.max(...migrated.map((e) => e.t)) - fault.t;
    expect(rto).toBeGreaterThanOrEqual(80_000);
    expect(rto).toBeLessThanOrEqual(100_000);

    const server = new Run(withParams(referenceDesign(), 'ADMIN', { migration: 'server', vipScript: 1 })).until(5000);
    const serverFault = crashSite1(server);
    server.for(400_000);
    const serverRto = Math.min(...server.all('wl.server.migrated').map((e) => e.t)) - serverFault.t;
    expect(serverRto).toBeGreaterThan(rto + 60_000);
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
