import { describe, expect, it, vi } from 'vitest';
import { Run, referenceDesign, withParams, withRtt } from './harness';

// Scenario runs simulate minutes of a whole topology: give them room on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

describe('Administration Server (WL-6, WL-7)', () => {
  it('WL-6: when its node fails, the Admin Server is restarted on another node of site 1 from shared storage; managed servers keep serving', () => {
    const run = new Run().until(5000);
    run.inject({ kind: 'crashHost', target: 'ADMIN' });
    expect(run.first('admin.down.detected')).toBeDefined();
    run.for(130_000);
    const restarted = run.first('admin.inSite.takeover')!;
    expect(restarted.t - 5000).toBe(120_000);
    expect(run.model.admin.site).toBe('site1');
    expect(['MS1', 'MS2', 'MS3', 'MS4'].every((s) => run.model.servers.isUp(s))).toBe(true);
    expect(run.all('wl.sessionsLost')).toEqual([]);
    // Serving does not need the Admin Server: no error and the same throughput for the whole time it is down.
    const baseline = run.samples.find((s) => s.t === 0)!.values;
    expect(baseline.throughput).toBeGreaterThan(0);
    const whileDown = run.samples.filter((s) => s.t > 5000 && s.t <= restarted.t);
    expect(whileDown.length).toBeGreaterThanOrEqual(100);
    for (const sample of whileDown) {
      expect(sample.values.errorRate, `error rate at ${sample.t} ms`).toBe(0);
      expect(sample.values.throughput, `throughput at ${sample.t} ms`).toBeCloseTo(baseline.throughput!, 6);
    }
  });

  it('WL-6: when site 1 fails, the Admin Server stays down until an operator restarts it in site 2', () => {
    const run = new Run().until(5000);
    const fault = run.siteDown('site1');
    run.for(900_000);
    expect(run.all('admin.crossSite.takeover')).toEqual([]);
    expect(run.model.admin.running).toBe(false);
    const required = run.first('admin.crossSiteRestartRequired')!;
    expect(required).toMatchObject({ admin: 'ADMIN', site: 'site2' });
    expect(required.t - fault.t).toBe(120_000);
    expect(run.causeChain(required).at(-1)).toBe('fault.injected');
  });

  it('WL-6: the operator restarts the Admin Server in site 2 from the mirrored storage with ADMINHOSTVHN1 remapped, after the response time a script gives', () => {
    const run = new Run().until(5000);
    run.siteDown('site1');
    run.for(200_000);
    const order = run.inject({ kind: 'restartAdminServer', target: 'ADMIN', site: 'site2', responseMs: 90_000 });
    run.for(100_000);
    const restarted = run.first('admin.crossSite.takeover')!;
    expect(restarted).toMatchObject({ host: 'ADMINHOSTVHN1', address: '20.20.20.1' });
    expect(restarted.t - order.t).toBe(90_000);
    expect(run.causeChain(restarted)).toEqual(['admin.crossSite.takeover', 'fault.injected']);
    run.for(20_000);
    expect(run.model.admin.site).toBe('site2');
    expect(run.model.servers.isUp('MS3') && run.model.servers.isUp('MS4')).toBe(true);
    // Once site 2 carries the users, it serves them without errors and at one rate, Admin Server down or
    // restarted and remapped: clients behind the load balancers do not notice the remap.
    const before = run.samples.filter((s) => s.t >= restarted.t - 60_000 && s.t < restarted.t);
    const after = run.samples.filter((s) => s.t >= restarted.t && s.t <= restarted.t + 15_000);
    const rate = before[0]!.values.throughput!;
    expect(rate).toBeGreaterThan(0);
    for (const sample of [...before, ...after]) {
      expect(sample.values.errorRate, `error rate at ${sample.t} ms`).toBe(0);
      expect(sample.values.throughput, `throughput at ${sample.t} ms`).toBeCloseTo(rate, 6);
    }
  });

  it('WL-6: without a mirrored copy of its domain directory in site 2 the Admin Server cannot be restarted there', () => {
    const design = referenceDesign();
    design.relations = design.relations.filter((r) => r.kind !== 'mirrors');
    const run = new Run(design).until(5000);
    run.siteDown('site1');
    run.for(400_000);
    expect(run.first('admin.cannotRestart')).toBeDefined();
    expect(run.model.admin.running).toBe(false);
  });

  it('WL-7: servers remote from the Admin Server (and the database) restart more slowly', () => {
    const restart = (server: string) => {
      const run = new Run(withParams(withRtt(referenceDesign(), 10), 'ADMIN', {})).until(5000);
      run.inject({ kind: 'stopProcess', target: server, process: 'wls' });
      run.for(20_000);
      run.inject({ kind: 'startProcess', target: server, process: 'wls' });
      const t0 = run.now;
      run.for(120_000);
      return run.first('process.state', (e) => e.subject === server && e.to === 'running' && e.t >= t0)!.t - t0;
    };
    const local = restart('MS2');
    const remote = restart('MS4');
    expect(remote - local).toBeGreaterThanOrEqual(5000);
    expect(local).toBeLessThan(61_000);
  });
});
