import { describe, expect, it } from 'vitest';
import { Simulation } from '../../../sim/simulation';
import type { Fault } from '../../../faults/catalogue';
import type { DesignDoc } from '../../../design/schema';
import { weblogicModelOf, type WeblogicModel } from '../model';
import { mistakesDesign, referenceDesign } from './harness';

const at = (seconds: number, fault: Fault) => ({ atMs: seconds * 1000, fault });

/**
 * Every kind of change the request paths depend on: a server and an OTD going down and coming back (processes,
 * hosts, balancer verdicts, GLB withdrawal and return), a partition and a cut link (reachability, causes), round
 * trips, a parameter, a planned switchover (database roles and the application-error window that ends with time
 * alone), a whole site down (sessions re-replicated across the link, a failover) and planned maintenance (a drain).
 */
const FAULTS = [
  at(20, { kind: 'crashHost', target: 'MS3' }),
  at(40, { kind: 'setRtt', target: 'man', rttMs: 12 }),
  at(60, { kind: 'setParams', target: 'MS1', params: { serviceTimeMs: 150 } }),
  at(80, { kind: 'crashProcess', target: 'OTD2', process: 'otd' }),
  at(150, { kind: 'recoverHost', target: 'MS3' }),
  at(170, { kind: 'partition', from: ['site1'], to: ['site2'] }),
  at(230, { kind: 'heal' }),
  at(260, { kind: 'dbSwitchover', target: 'DB1' }),
  at(400, { kind: 'startProcess', target: 'OTD2', process: 'otd' }),
  at(420, { kind: 'linkDown', target: 'man' }),
  at(450, { kind: 'linkUp', target: 'man' }),
  at(480, { kind: 'siteDown', target: 'site2' }),
  at(700, { kind: 'siteUp', target: 'site2' }),
  at(900, { kind: 'maintenance', target: 'site1' }),
] as const;

/** The session figures counted again from the entries (what SessionTable summed before it kept them up to date). */
function expectSessionFiguresRecounted(m: WeblogicModel): void {
  const entries = m.sessions.entries();
  const up = (s: string) => m.servers.isUp(s);
  for (const server of m.servers.ids) {
    const mine = entries.filter((e) => e.primary === server);
    expect(m.sessions.ofPrimary(server)).toBe(mine.reduce((n, e) => n + e.count, 0));
    expect(m.sessions.crossSite(server)).toBe(mine.filter((e) => e.secondary !== '' && m.ctx.site(e.secondary) !== m.ctx.site(server)).reduce((n, e) => n + e.count, 0));
  }
  expect(m.sessions.atRisk(up)).toBe(entries.filter((e) => e.secondary === '' || !up(e.secondary)).reduce((n, e) => n + e.count, 0));
}

/**
 * Runs `design` through FAULTS, comparing at every simulated second what Traffic serves with what it derives
 * afresh, and the session figures kept up to date with a recount.
 */
function compareThroughout(design: DesignDoc): { compared: number; reused: number; failures: number } {
  const sim = new Simulation(design);
  for (const f of FAULTS) sim.scheduleFault(f.atMs, f.fault);
  const model = weblogicModelOf(sim.state)!;
  const traffic = model.traffic;
  let compared = 0;
  let reused = 0;
  let last = traffic.dns.map((t) => traffic.paths(t));
  for (let t = 1000; t <= 1_100_000; t += 1000) {
    sim.runUntil(t);
    const now = traffic.dns.map((t) => traffic.paths(t));
    traffic.dns.forEach((target, i) => {
      expect(now[i]).toEqual(traffic.derivePaths(target));
      if (now[i] === last[i]) reused++;
    });
    const served = traffic.deriveServed();
    for (const node of [...traffic.balancers.keys(), ...model.servers.ids]) expect(traffic.servedBy(node)).toBe(served.get(node) ?? 0);
    expectSessionFiguresRecounted(model);
    last = now;
    compared++;
  }
  const failures = sim.drainFrame().events.filter((e) => e.type === 'service.unavailable' || e.type === 'service.degraded').length;
  return { compared, reused, failures };
}

// Over eighteen simulated minutes of two whole designs: room on a busy machine, like the other scenario runs.
describe('WebLogic request paths and loads are cached until something they depend on changes', { timeout: 60_000 }, () => {
  for (const [name, design] of [
    ['the reference template', referenceDesign],
    ['the mistakes template (cross-site sessions, stretched Coherence, file stores)', mistakesDesign],
  ] as const) {
    it(`WL-15: on ${name}, at every moment of a run full of changes the cached paths and per-node loads equal freshly derived ones, and the session figures a recount`, () => {
      const { compared, reused, failures } = compareThroughout(design());
      expect(compared).toBe(1100);
      // The cache did serve (otherwise the comparison proves nothing about it), and the run went through failures.
      expect(reused).toBeGreaterThan(compared);
      expect(failures).toBeGreaterThan(0);
    });
  }
});
