import { describe, expect, it } from 'vitest';
import { TABLE_6_1 } from '../params';
import { Run, referenceDesign, withParams, mistakesDesign } from './harness';

const DEFAULT_LEASING = { leaseRetryCount: 1, leaseRetryDelayMs: 1000, testConnectionOnReserve: 0, singletonMasterRetryCount: 20 };

describe('database leasing settings (WL-14, Table 6-1)', () => {
  it('WL-14: with the default leasing settings a database switchover costs the servers their leases', () => {
    const run = new Run(withParams(referenceDesign(), 'ADMIN', DEFAULT_LEASING)).until(15_000);
    run.model.failover.switchover();
    run.for(120_000);
    const lost = run.all('wl.leaseLost');
    expect(new Set(lost.map((e) => e.server))).toEqual(new Set(['MS1', 'MS2', 'MS3', 'MS4']));
    expect(run.all('wl.serviceDeactivated').length).toBeGreaterThan(0);
  });

  it('WL-14: with Table 6-1’s settings (5 × 2 s, TestConnectionOnReserve) the servers ride through the switchover', () => {
    const run = new Run().until(15_000);
    expect(run.world.numParam('ADMIN', 'leaseRetryCount', 0)).toBe(TABLE_6_1.leaseRetryCount);
    run.model.failover.switchover();
    run.for(120_000);
    expect(run.first('dg.primary.takeover')).toMatchObject({ db: 'DB2' });
    expect(run.all('wl.leaseLost')).toEqual([]);
    expect(['MS1', 'MS2', 'MS3', 'MS4'].every((s) => run.model.leasing.held(s))).toBe(true);
  });

  it('WL-14: SingletonMasterRetryCount 4 instead of 20 shortens the boot of a server whose JTA service had migrated', () => {
    const bootTime = (count: number) => {
      const run = new Run(withParams(referenceDesign(), 'ADMIN', { singletonMasterRetryCount: count })).until(5000);
      run.inject({ kind: 'crashProcess', target: 'MS1', process: 'wls' });
      run.for(150_000);
      expect(run.model.services.services.find((s) => s.id === 'jta:MS1')?.host).toBe('MS2');
      run.inject({ kind: 'startProcess', target: 'MS1', process: 'wls' });
      const started = run.now;
      run.for(200_000);
      const running = run.first('process.state', (e) => e.subject === 'MS1' && e.to === 'running' && e.t > started)!;
      return running.t - started;
    };
    const recommended = bootTime(4);
    const byDefault = bootTime(20);
    expect(byDefault - recommended).toBe(16 * 1000);
  });
});

describe('database vs consensus leasing under a partition (WL-10)', () => {
  it('WL-10: database leasing: the site remote from the database loses its leases and its services move to site 1; nobody shuts down', () => {
    const run = new Run().until(20_000);
    run.partition();
    run.for(200_000);
    const lost = run.all('wl.leaseLost').map((e) => e.server).sort();
    expect(lost).toEqual(['MS3', 'MS4']);
    const migrated = run.all('wl.service.migrated');
    expect(migrated.map((e) => e.service).sort()).toEqual(['jms:MS3', 'jms:MS4', 'jta:MS3', 'jta:MS4']);
    expect(migrated.every((e) => ['MS1', 'MS2'].includes(e.to))).toBe(true);
    expect(run.all('wl.selfFenced')).toEqual([]);
    run.heal();
    run.for(60_000);
    expect(run.all('wl.service.failback').length).toBe(4);
    expect(run.all('wl.domainRestartRequired')).toEqual([]);
  });

  it('WL-10: consensus leasing: the half without the leader fences itself, cannot reboot, and a domain restart is required', () => {
    const run = new Run(withParams(referenceDesign(), 'ADMIN', { leasing: 'consensus' })).until(20_000);
    run.partition();
    run.for(120_000);
    expect(run.all('wl.selfFenced').map((e) => e.server).sort()).toEqual(['MS3', 'MS4']);
    expect(run.model.servers.isUp('MS3')).toBe(false);
    expect(run.model.servers.isUp('MS1')).toBe(true);
    run.heal();
    run.for(30_000);
    expect(run.first('wl.domainRestartRequired')).toMatchObject({ count: 2 });
    run.inject({ kind: 'startProcess', target: 'MS3', process: 'wls' });
    run.for(120_000);
    expect(run.first('wl.rebootRefused', (e) => e.server === 'MS3')).toBeDefined();
    expect(run.model.servers.isUp('MS3')).toBe(false);
  });

  it('WL-10: the common-mistakes template uses consensus leasing', () => {
    expect(new Run(mistakesDesign()).model.leasing.basis).toBe('consensus');
  });
});
