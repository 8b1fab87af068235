import { describe, expect, it, vi } from 'vitest';
import { Run, referenceDesign, withParams } from './harness';

// Scenario runs simulate minutes of a whole topology: give them room on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

/**
 * Table 6-2 of the MAA guide: for each failure scenario, what each continuous-availability feature does.
 * Every cell is one test on the reference template.
 */
type Scenario = 'complete' | 'partial' | 'maintenance' | 'partition';

const FAULT_AT = 20_000;

function start(scenario: Scenario, run: Run): void {
  run.until(FAULT_AT);
  if (scenario === 'complete') run.siteDown('site1');
  if (scenario === 'partial') for (const n of ['OTD1', 'MS1', 'MS2', 'COH1']) run.inject({ kind: 'crashHost', target: n });
  if (scenario === 'maintenance') run.inject({ kind: 'maintenance', target: 'site1' });
  if (scenario === 'partition') run.partition();
}

/** Ends the outage: power back, hosts back, maintenance over, link back. */
function end(scenario: Scenario, run: Run): void {
  if (scenario === 'complete') run.siteUp('site1');
  if (scenario === 'partial') for (const n of ['OTD1', 'MS1', 'MS2', 'COH1']) run.inject({ kind: 'recoverHost', target: n });
  if (scenario === 'maintenance') for (const n of ['OTD1', 'MS1', 'MS2', 'COH1']) run.inject({ kind: 'recover', target: n });
  if (scenario === 'partition') run.heal();
}

const site2Servers = (to: string) => to === 'MS3' || to === 'MS4';

describe('WL-17 Table 6-2: cross-site transaction recovery', () => {
  it('WL-17 complete site failure × transaction recovery: Site Guard fails the DB over, stores are already in site 2, services migrate, transactions recover there', () => {
    const run = new Run();
    start('complete', run);
    run.for(300_000);
    expect(run.first('sg.failover.decided')).toMatchObject({ db: 'DB2' });
    expect(run.model.db.primary).toBe('DB2');
    expect(run.gauge('dataLostMs')).toBe(0);
    const migrated = run.all('wl.service.migrated');
    expect(migrated.length).toBe(4);
    expect(migrated.every((e) => site2Servers(e.to))).toBe(true);
    const recovered = run.all('wl.txRecovered');
    expect(recovered.map((e) => e.server).sort()).toEqual(['MS1', 'MS2']);
    expect(recovered.every((e) => site2Servers(e.by))).toBe(true);
    expect(run.gauge('txInDoubt')).toBe(0);
  });

  it('WL-17 partial site failure × transaction recovery: transactions recover on an available server of the stretch cluster (service migration)', () => {
    const run = new Run();
    start('partial', run);
    run.for(300_000);
    expect(run.all('dg.failoverStarted')).toEqual([]);
    expect(run.all('wl.service.migrated').every((e) => site2Servers(e.to))).toBe(true);
    expect(run.all('wl.server.migrated')).toEqual([]);
    expect(run.all('wl.txRecovered').map((e) => e.server).sort()).toEqual(['MS1', 'MS2']);
    expect(run.gauge('txInDoubt')).toBe(0);
  });

  it('WL-17 maintenance outage × transaction recovery: site 1 stops gracefully, Site Guard switches the DB over, nothing in doubt, no session lost', () => {
    const run = new Run();
    start('maintenance', run);
    run.for(300_000);
    expect(run.first('dg.switchoverStarted')).toMatchObject({ db: 'DB2' });
    expect(run.model.db.primary).toBe('DB2');
    expect(['MS1', 'MS2'].map((s) => run.model.servers.procs.get(s)!.state)).toEqual(['stopped', 'stopped']);
    expect(run.all('wl.txInDoubt')).toEqual([]);
    expect(run.gauge('sessionsLost')).toBe(0);
    expect(run.all('wl.service.migrated').every((e) => site2Servers(e.to))).toBe(true);
    expect(run.all('wl.service.migrated').length).toBe(4);
  });

  it('WL-17 network partition × transaction recovery: the database site keeps processing, the remote site’s transactions fail until communication resumes', () => {
    const run = new Run();
    start('partition', run);
    run.for(60_000);
    const failing = run.all('wl.txFailing').map((e) => e.server).sort();
    expect(failing).toEqual(['MS3', 'MS4']);
    expect(run.causeChain(run.first('wl.txFailing')!).at(-1)).toBe('fault.injected');
    expect(run.gauge('errorRate:site1')).toBe(0);
    expect(run.gauge('errorRate:site2')).toBeGreaterThan(0.5);
    end('partition', run);
    run.for(10_000);
    const resumed = run.all('wl.txResumed');
    expect(resumed.map((e) => e.server).sort()).toEqual(['MS3', 'MS4']);
    expect(resumed.every((e) => e.failed > 0)).toBe(true);
    expect(run.gauge('txFailed')).toBe(resumed.reduce((a, e) => a + e.failed, 0));
  });
});

describe('WL-17 Table 6-2: Oracle Traffic Director', () => {
  const routesOnlyInSite = (run: Run, otd: string, servers: string[]) => expect(run.model.traffic.balancers.get(otd)!.markedUp()).toEqual(servers);

  it('WL-17 complete site failure × OTD: site 2’s OTD keeps routing to site 2’s servers; site 1’s users follow DNS after the TTL', () => {
    const run = new Run();
    start('complete', run);
    run.for(60_000);
    routesOnlyInSite(run, 'OTD2', ['MS3', 'MS4']);
    expect(run.gauge('errorRate:site1')).toBe(1);
    run.for(240_000);
    expect(run.model.traffic.entryFor(run.model.traffic.dns.find((d) => d.site === 'site1')!)).toBe('OTD2');
    expect(run.gauge('errorRate:site1')).toBe(0);
    expect(run.gauge('throughput:site2')).toBeGreaterThan(0);
  });

  it('WL-17 partial site failure × OTD: site 2’s OTD keeps routing to site 2’s servers', () => {
    const run = new Run();
    start('partial', run);
    run.for(300_000);
    routesOnlyInSite(run, 'OTD2', ['MS3', 'MS4']);
    expect(run.gauge('errorRate:site2')).toBe(0);
    expect(run.gauge('errorRate:site1')).toBe(0);
  });

  it('WL-17 maintenance outage × OTD: site 1’s OTD is stopped, site 2’s keeps routing', () => {
    const run = new Run();
    start('maintenance', run);
    run.for(300_000);
    expect(run.model.traffic.otdUp('OTD1')).toBe(false);
    expect(run.world.process('OTD1', 'otd')!.state).toBe('stopped');
    routesOnlyInSite(run, 'OTD2', ['MS3', 'MS4']);
    expect(run.gauge('throughput')).toBeGreaterThan(0);
  });

  it('WL-17 network partition × OTD: both OTDs keep routing to their own site’s servers', () => {
    const run = new Run();
    start('partition', run);
    run.for(120_000);
    routesOnlyInSite(run, 'OTD1', ['MS1', 'MS2']);
    routesOnlyInSite(run, 'OTD2', ['MS3', 'MS4']);
    expect(run.all('lb.markedDown')).toEqual([]);
  });
});

describe('WL-17 Table 6-2: Oracle Site Guard', () => {
  it('WL-17 complete site failure × Site Guard: orchestrates the database failover', () => {
    const run = new Run();
    start('complete', run);
    run.for(60_000);
    const sg = run.first('sg.failover.decided')!;
    expect(sg.subject).toBe('SG2');
    expect(run.first('dg.failoverStarted')).toMatchObject({ by: 'SG2', db: 'DB2' });
  });

  it('WL-17 partial site failure × Site Guard: does nothing', () => {
    const run = new Run();
    start('partial', run);
    run.for(300_000);
    expect(run.log.filter((e) => e.type.startsWith('sg.'))).toEqual([]);
    expect(run.model.db.primary).toBe('DB1');
  });

  it('WL-17 maintenance outage × Site Guard: orchestrates the database switchover', () => {
    const run = new Run();
    start('maintenance', run);
    run.for(60_000);
    expect(run.first('sg.switchover.decided')).toMatchObject({ db: 'DB2' });
    expect(run.first('dg.primary.takeover')).toMatchObject({ db: 'DB2' });
  });

  it('WL-17 network partition × Site Guard: does nothing', () => {
    const run = new Run();
    start('partition', run);
    run.for(300_000);
    expect(run.log.filter((e) => e.type.startsWith('sg.'))).toEqual([]);
    expect(run.model.db.openPrimary()).toBe('DB1');
  });
});

describe('WL-17 Table 6-2: zero-downtime patching', () => {
  /** Starts a rollout, lets it patch a server, then the scenario strikes; with and without rollback. */
  function zdtUnder(scenario: Scenario, rollback: boolean): Run {
    const run = new Run(withParams(referenceDesign(), 'ADMIN', { zdtRollback: rollback ? 1 : 0 })).until(5000);
    run.inject({ kind: 'zdtRollout', target: 'ADMIN' });
    run.until(FAULT_AT + 100_000);
    expect(run.all('zdt.nodePatched').length).toBeGreaterThanOrEqual(1);
    const at = run.now;
    if (scenario === 'complete') run.siteDown('site1');
    if (scenario === 'partial') for (const n of ['OTD1', 'MS1', 'MS2', 'COH1']) run.inject({ kind: 'crashHost', target: n });
    if (scenario === 'maintenance') run.inject({ kind: 'maintenance', target: 'site1' });
    if (scenario === 'partition') run.partition();
    run.for(600_000);
    expect(run.first('zdt.failed')!.t).toBeGreaterThanOrEqual(at);
    expect(run.all('zdt.completed')).toEqual([]);
    return run;
  }

  for (const [scenario, label] of [
    ['complete', 'complete site failure'],
    ['partial', 'partial site failure'],
    ['maintenance', 'maintenance outage'],
    ['partition', 'network partition'],
  ] as const) {
    it(`WL-17 ${label} × ZDT patching: rolls back when rollback is enabled, else stops and waits for an operator`, () => {
      const withRollback = zdtUnder(scenario, true);
      expect(withRollback.first('zdt.rolledBack')).toBeDefined();
      expect(withRollback.all('zdt.halted')).toEqual([]);
      const without = zdtUnder(scenario, false);
      expect(without.first('zdt.halted')).toBeDefined();
      expect(without.all('zdt.rolledBack')).toEqual([]);
      expect(without.model.zdt.phase).toBe('halted');
    });
  }
});

describe('WL-17 Table 6-2: Coherence federated cache', () => {
  for (const [scenario, label] of [
    ['complete', 'complete site failure'],
    ['partial', 'partial site failure'],
    ['maintenance', 'maintenance outage'],
    ['partition', 'network partition'],
  ] as const) {
    it(`WL-17 ${label} × Coherence federated cache: asynchronous replication pauses and the caches converge when the other side is back`, () => {
      const run = new Run();
      start(scenario, run);
      run.for(60_000);
      expect(run.first('coh.federationPaused')).toBeDefined();
      expect(run.all('coh.splitBrain')).toEqual([]);
      expect(run.model.coherence.isUp('COH2')).toBe(true);
      end(scenario, run);
      run.for(60_000);
      const converged = run.all('coh.converged');
      expect(converged.length).toBeGreaterThanOrEqual(1);
      expect(converged[0]!.backlogMs).toBeGreaterThanOrEqual(50_000);
      expect(run.model.coherence.federations.every((f) => f.pausedAt === undefined)).toBe(true);
    });
  }
});
