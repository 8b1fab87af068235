import { describe, expect, it, vi } from 'vitest';
import { deploymentMs } from '../throughput';
import { mistakesDesign, Run, referenceDesign, withRtt } from './harness';

// Scenario runs simulate minutes of a whole topology: give them room on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const mean = (run: Run, key: string, fromMs: number, toMs: number) => {
  const xs = run.samples.filter((s) => s.t >= fromMs && s.t <= toMs).map((s) => s.values[key] ?? NaN);
  return xs.reduce((a, b) => a + b, 0) / xs.length;
};

describe('DOMAIN.md scenarios S3–S8 on the reference template', () => {
  it('S3: a managed server crash: in-flight requests fail until OTD marks it down, sessions continue, Node Manager restarts it', () => {
    const run = new Run().until(30_000);
    const fault = run.inject({ kind: 'crashProcess', target: 'MS1', process: 'wls' });
    run.for(10_000);
    expect(run.gauge('errorRate:site1')).toBeGreaterThan(0);
    expect(run.first('wl.sessions.takeover', (e) => e.server === 'MS1')!.t).toBe(fault.t);
    run.for(100_000);
    expect(run.first('restart.attempt', (e) => e.subject === 'MS1')).toBeDefined();
    expect(run.model.servers.isUp('MS1')).toBe(true);
    expect(run.gauge('sessionsLost')).toBe(0);
    expect(run.gauge('errorRate:site1')).toBe(0);
  });

  it('S4: both copies of a session lost: those sessions are lost, the others survive', () => {
    const run = new Run().until(30_000);
    run.inject({ kind: 'crashHost', target: 'MS3' });
    run.inject({ kind: 'crashHost', target: 'MS4' });
    run.for(60_000);
    expect(run.gauge('sessionsLost')).toBeGreaterThanOrEqual(200);
    expect(run.model.sessions.ofPrimary('MS1') + run.model.sessions.ofPrimary('MS2')).toBeGreaterThanOrEqual(200);
  });

  it('S5: complete failure of site 1: DB failover at ≈ 30 s + role transition with RPO 0, services migrate, Admin Server down until restarted in site 2, clients follow DNS', () => {
    const run = new Run().until(30_000);
    const fault = run.siteDown('site1');
    run.for(400_000);
    const primary = run.first('dg.primary.takeover')!;
    expect(primary.t - fault.t).toBeGreaterThanOrEqual(38_000);
    expect(primary.t - fault.t).toBeLessThanOrEqual(40_000);
    expect(run.gauge('dataLostMs')).toBe(0);
    expect(run.first('dg.poolsReconnected')!.t - primary.t).toBe(3000);
    expect(run.all('wl.service.migrated').length).toBe(4);
    expect(run.first('admin.down.detected')!.t).toBe(fault.t);
    // Down until an operator restarts it in site 2 (WL-6): nothing does it on its own.
    expect(run.first('admin.crossSiteRestartRequired')).toMatchObject({ site: 'site2' });
    expect(run.all('admin.crossSite.takeover')).toEqual([]);
    expect(run.model.admin.running).toBe(false);
    // The old primary waits for an operator to reinstate it (WL-13).
    expect(run.model.db.role('DB1')).toBe('reinstateRequired');
    expect(run.gauge('sessionsLost')).toBeGreaterThanOrEqual(200);
    expect(run.model.coherence.isUp('COH2')).toBe(true);
    expect(run.gauge('errorRate')).toBe(0);
    expect(run.gauge('throughput')).toBeGreaterThan(0);
  });

  it('S6: planned maintenance of site 1: graceful stop, ≈ 75 s of errors while the database switches over, no session lost', () => {
    const run = new Run().until(30_000);
    run.inject({ kind: 'maintenance', target: 'site1' });
    run.for(300_000);
    const erroring = run.samples.filter((s) => s.t > 30_000 && (s.values.errorRate ?? 0) > 0).length;
    expect(erroring).toBeGreaterThanOrEqual(70);
    expect(erroring).toBeLessThanOrEqual(110);
    expect(run.gauge('sessionsLost')).toBe(0);
    expect(run.gauge('dataLostMs')).toBe(0);
    expect(run.model.db.primary).toBe('DB2');
    expect(run.gauge('errorRate')).toBe(0);
  });

  it('S7: partition: each side declares the other dead within 30 s; site 2 loses the database; its singleton services move to site 1; federated Coherence converges on heal', () => {
    const run = new Run().until(30_000);
    const fault = run.partition();
    run.for(150_000);
    const dead = run.all('member.dead', (e) => ['MS1', 'MS2'].includes(e.observer) && ['MS3', 'MS4'].includes(e.peer));
    expect(dead.length).toBe(4);
    // 3 missed heartbeats of 10 s, plus the last one's one-way delay.
    expect(Math.max(...dead.map((e) => e.t - fault.t))).toBeLessThanOrEqual(31_000);
    expect(run.all('wl.txFailing').map((e) => e.server).sort()).toEqual(['MS3', 'MS4']);
    expect(run.all('wl.service.migrated').every((e) => ['MS1', 'MS2'].includes(e.to))).toBe(true);
    expect(run.all('wl.service.migrated').length).toBe(4);
    run.heal();
    run.for(60_000);
    expect(run.all('coh.converged').length).toBe(2);
    expect(run.all('coh.splitBrain')).toEqual([]);
  });

  it('S7: with the common mistakes (consensus leasing, stretched Coherence) only one side survives and Coherence splits its brain', () => {
    const run = new Run(mistakesDesign()).until(30_000);
    run.partition();
    run.for(150_000);
    expect(run.first('coh.splitBrain')).toBeDefined();
    expect(run.all('wl.selfFenced').length).toBe(2);
    run.heal();
    run.for(60_000);
    expect(run.first('wl.domainRestartRequired')).toBeDefined();
    expect(run.first('coh.merged')).toBeDefined();
  });

  it('S8: raising the RTT from 5 to 20 ms live: throughput falls from ≈ 91 % to ≈ 75 % of a LAN, a warning says > 10 ms is unsupported, deployments take longer', () => {
    const lan = new Run(withRtt(referenceDesign(), 0.5)).until(30_000);
    const base = mean(lan, 'throughput', 10_000, 30_000);
    const run = new Run().until(30_000);
    const deployAt5 = deploymentMs(run.model);
    expect(mean(run, 'throughput', 10_000, 30_000) / base).toBeCloseTo(0.91, 1);
    run.inject({ kind: 'setRtt', target: 'man', rttMs: 20 });
    run.for(30_000);
    const ratio = mean(run, 'throughput', 45_000, 60_000) / base;
    expect(ratio).toBeGreaterThanOrEqual(0.72);
    expect(ratio).toBeLessThanOrEqual(0.78);
    const warning = run.first('wl.rttOutOfRange')!;
    expect(warning.rttMs).toBe(20);
    expect(run.causeChain(warning).at(-1)).toBe('fault.injected');
    expect(deploymentMs(run.model)).toBeGreaterThan(deployAt5);
    run.inject({ kind: 'deploy', target: 'ADMIN' });
    run.for(60_000);
    expect(run.first('wl.deployed')).toMatchObject({ rttMs: 20, durationMs: deploymentMs(run.model) });
  });
});
