import { describe, expect, it } from 'vitest';
import { planMigration, SingletonService, type Candidate } from './migration';

const timing = { serviceActivationMs: 5000, serverBootMs: 60_000, vipRemapMs: 120_000 };
const remoteOnly: Candidate[] = [
  { id: 'MS2', site: 's1', eligible: false },
  { id: 'MS3', site: 's2', eligible: true },
];

describe('planMigration', () => {
  it('service migration prefers the home site and needs no VIP', () => {
    const plan = planMigration({ mode: 'service', homeSite: 's1', vipSites: ['s1'], hasVipScript: false, timing, candidates: [{ id: 'MS3', site: 's2', eligible: true }, { id: 'MS2', site: 's1', eligible: true }] });
    expect(plan).toEqual({ ok: true, target: 'MS2', delayMs: 5000, crossSite: false, vipRemapped: false });
  });

  it('server migration to another site without a VIP script is impossible', () => {
    expect(planMigration({ mode: 'server', homeSite: 's1', vipSites: ['s1'], hasVipScript: false, timing, candidates: remoteOnly })).toEqual({ ok: false, reason: 'vipInvalid' });
  });

  it('server migration across sites with a script pays the remap and a boot', () => {
    const plan = planMigration({ mode: 'server', homeSite: 's1', vipSites: ['s1'], hasVipScript: true, timing, candidates: remoteOnly });
    expect(plan).toMatchObject({ ok: true, target: 'MS3', delayMs: 180_000, crossSite: true, vipRemapped: true });
  });

  it('no eligible candidate: nowhere to go', () => {
    expect(planMigration({ mode: 'service', homeSite: 's1', vipSites: [], hasVipScript: true, timing, candidates: [] })).toEqual({ ok: false, reason: 'noCandidate' });
  });

  it('a singleton service knows its home and whether it is migrated', () => {
    const s = new SingletonService('jms:MS1', 'MS1');
    s.deactivate();
    expect(s.host).toBeUndefined();
    s.activateOn('MS2');
    expect(s.migrated).toBe(true);
  });
});
