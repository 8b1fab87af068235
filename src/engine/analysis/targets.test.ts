import { describe, expect, it } from 'vitest';
import { disruptionOf, evaluateRecovery, targetFor } from './targets';
import { recoveryOf } from './recovery';
import type { RecoveryTarget } from '../design/schema';

const target: RecoveryTarget = { service: '*', rtoMs: 60_000, rpoMs: 0 };

describe('recovery targets (issue 14.1)', () => {
  it('passes a service restored within the RTO that stays restored, with the recovery time achieved', () => {
    const recovery = recoveryOf([{ kind: 'unavailable', fromMs: 1000, toMs: 40_000 }], 600_000);
    expect(recovery).toMatchObject({ impactMs: 39_000, downMs: 39_000, firstRestoredMs: 40_000, recoveredMs: 40_000, relapsed: false });
    expect(evaluateRecovery(target, recovery, 0)).toMatchObject({ pass: true, misses: [], recoveredMs: 40_000, dataLostMs: 0 });
  });

  it('fails a recovery that is too slow, one never restored, and one restored in time but impaired again (the DR rule)', () => {
    expect(evaluateRecovery(target, recoveryOf([{ kind: 'unavailable', fromMs: 0, toMs: 90_000 }], 600_000), 0)).toMatchObject({ pass: false, misses: ['slow'], recoveredMs: 90_000 });
    expect(evaluateRecovery(target, recoveryOf([{ kind: 'unavailable', fromMs: 0, toMs: null }], 600_000), 0)).toMatchObject({ pass: false, misses: ['notRestored'], recoveredMs: null });
    const relapse = recoveryOf([{ kind: 'degraded', fromMs: 0, toMs: 20_000 }, { kind: 'unavailable', fromMs: 300_000, toMs: 310_000 }], 600_000);
    expect(relapse).toMatchObject({ firstRestoredMs: 20_000, recoveredMs: 310_000, relapsed: true, impactMs: 30_000, downMs: 10_000 });
    expect(evaluateRecovery(target, relapse, 0)).toMatchObject({ pass: false, misses: ['relapsed'] });
  });

  it('fails on data lost beyond the RPO; a service never hurt passes with recovery time 0', () => {
    const untouched = recoveryOf([], 600_000);
    expect(untouched).toMatchObject({ impactMs: 0, firstRestoredMs: 0, recoveredMs: 0 });
    expect(evaluateRecovery(target, untouched, 0).pass).toBe(true);
    expect(evaluateRecovery({ ...target, rpoMs: 30_000 }, untouched, 45_000)).toMatchObject({ pass: false, misses: ['dataLoss'], dataLostMs: 45_000 });
    expect(evaluateRecovery({ ...target, rpoMs: 30_000 }, untouched, 30_000).pass).toBe(true);
  });

  it('overlapping impacts count once; an interval still open counts until the end of the run', () => {
    const r = recoveryOf([{ kind: 'unavailable', fromMs: 0, toMs: 50_000 }, { kind: 'stale', fromMs: 10_000, toMs: null }], 100_000);
    expect(r).toMatchObject({ impactMs: 100_000, downMs: 100_000, firstRestoredMs: null, recoveredMs: null });
  });

  it('the most specific target applies: service + disruption, service, "*" + disruption, "*"', () => {
    const targets: RecoveryTarget[] = [
      { service: '*', rtoMs: 1, rpoMs: 0 },
      { service: '*', disruption: 'site', rtoMs: 2, rpoMs: 0 },
      { service: 'CL', rtoMs: 3, rpoMs: 0 },
      { service: 'CL', disruption: 'process', rtoMs: 4, rpoMs: 0 },
    ];
    expect(targetFor(targets, 'CL', 'process')?.rtoMs).toBe(4);
    expect(targetFor(targets, 'CL', 'site')?.rtoMs).toBe(3);
    expect(targetFor(targets, 'MS1', 'site')?.rtoMs).toBe(2);
    expect(targetFor(targets, 'MS1', 'server')?.rtoMs).toBe(1);
    expect(targetFor(undefined, 'MS1', 'server')).toBeUndefined();
  });

  it('each fault kind maps to its kind of disruption; repairs are none', () => {
    expect(disruptionOf({ kind: 'crashProcess', target: 'OT1', process: 'ontime' })).toBe('process');
    expect(disruptionOf({ kind: 'crashHost', target: 'OT1' })).toBe('server');
    expect(disruptionOf({ kind: 'siteDown', target: 'dc1' })).toBe('site');
    expect(disruptionOf({ kind: 'partition', from: ['dc1'], to: ['dc2'] })).toBe('network');
    expect(disruptionOf({ kind: 'dbSwitchover', target: 'DB1' })).toBe('maintenance');
    expect(disruptionOf({ kind: 'recover', target: 'OT1' })).toBeUndefined();
  });
});
