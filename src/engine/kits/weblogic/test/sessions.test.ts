import { describe, expect, it, vi } from 'vitest';
import { Simulation } from '../../../sim/simulation';
import { mistakesDesign, Run, withParams, referenceDesign } from './harness';

// Scenario runs simulate minutes of a whole topology: give them room on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

describe('session replication (WL-1, WL-2, S4)', () => {
  it('WL-1: with a replication group per site every session has its secondary in its own site', () => {
    const run = new Run().until(1000);
    const s = run.model.sessions;
    expect(s.total()).toBe(400);
    expect(s.crossSite()).toBe(0);
    expect(s.count('MS1', 'MS2')).toBe(100);
    expect(s.count('MS3', 'MS4')).toBe(100);
  });

  it('WL-1: without replication groups, secondaries are spread over both sites and many cross the link', () => {
    const run = new Run(mistakesDesign()).until(1000);
    expect(run.model.sessions.crossSite()).toBeGreaterThan(200);
  });

  it('WL-2: when the same-site secondary fails, sessions replicate cross-site and stay there after it returns', () => {
    const run = new Run().until(5000);
    run.inject({ kind: 'crashProcess', target: 'MS2', process: 'wls' });
    const moved = run.first('wl.sessionsRereplicatedCrossSite', (e) => e.server === 'MS1');
    expect(moved).toMatchObject({ from: 'MS2', count: 100 });
    // MS1's own 100 and the 100 that failed over from MS2 now all replicate to site 2.
    expect(run.model.sessions.crossSite('MS1')).toBe(200);
    run.inject({ kind: 'startProcess', target: 'MS2', process: 'wls' });
    run.for(61_000);
    expect(run.model.servers.isUp('MS2')).toBe(true);
    const crossWhenBack = run.model.sessions.crossSite('MS1');
    expect(crossWhenBack).toBeGreaterThanOrEqual(200);
    run.for(240_000);
    // The old sessions still replicate across the link; sessions opened since then use MS2 again.
    expect(run.model.sessions.crossSite('MS1')).toBe(crossWhenBack);
    expect(run.model.sessions.count('MS1', 'MS2')).toBeGreaterThan(0);
  });

  it('S3: a crashed server’s sessions continue on their same-site secondaries; none are lost', () => {
    const run = new Run().until(5000);
    run.inject({ kind: 'crashProcess', target: 'MS1', process: 'wls' });
    expect(run.first('wl.sessions.takeover', (e) => e.server === 'MS1')).toMatchObject({ to: 'MS2', count: 100 });
    run.for(5000);
    expect(run.gauge('sessionsLost')).toBe(0);
    expect(run.model.sessions.ofPrimary('MS2')).toBeGreaterThanOrEqual(200);
  });

  it('S4: sessions whose primary and secondary are both lost are lost (users log in again)', () => {
    const run = new Run().until(5000);
    run.inject({ kind: 'crashHost', target: 'MS1' });
    run.inject({ kind: 'crashHost', target: 'MS2' });
    run.for(60_000);
    const lost = run.all('wl.sessionsLost').reduce((a, e) => a + e.count, 0);
    expect(lost).toBeGreaterThanOrEqual(200);
    expect(run.gauge('sessionsLost')).toBe(lost);
    // Site 2's sessions are untouched.
    expect(run.model.sessions.count('MS3', 'MS4')).toBeGreaterThanOrEqual(100);
  });

  it('a host that loses power is noticed by heartbeats, within 3 × 10 s', () => {
    const run = new Run().until(5000);
    const fault = run.inject({ kind: 'crashHost', target: 'MS1' });
    run.for(40_000);
    const failover = run.first('wl.sessions.takeover', (e) => e.server === 'MS1')!;
    expect(failover.t - fault.t).toBeGreaterThan(15_000);
    expect(failover.t - fault.t).toBeLessThanOrEqual(30_000);
    expect(run.causeChain(failover)).toContain('member.dead');
    expect(run.causeChain(failover).at(-1)).toBe('fault.injected');
  });

  it('replication groups can be mixed up: a server preferring the other site’s group replicates across', () => {
    const design = withParams(referenceDesign(), 'MS1', { preferredSecondaryGroup: 'site2' });
    const run = new Run(design).until(1000);
    expect(run.model.sessions.crossSite('MS1')).toBe(100);
  });
});

describe('sessions at risk on the canvas (WL-1)', () => {
  it("WL-1: while MS1's secondary MS2 is dead and not yet detected, MS1 says how many of its sessions are at risk; re-replication clears it", () => {
    const sim = new Simulation(referenceDesign());
    sim.runUntil(5_000);
    const atRisk = () => sim.drainFrame(true).nodes['MS1']!.notes.find((n) => n.key === 'live.note.sessionsAtRisk')?.params?.count;
    expect(atRisk()).toBeUndefined();
    sim.inject({ kind: 'crashHost', target: 'MS2' });
    sim.runUntil(6_000);
    expect(atRisk()).toBe(100);
    sim.runUntil(90_000);
    expect(atRisk()).toBeUndefined();
  });
});
