import { describe, expect, it } from 'vitest';
import { templateById } from '../../../templates';
import { Simulation } from '../../sim/simulation';
import type { Fault } from '../../faults/catalogue';
import { onTimeRuntimeOf } from './kit';
import type { RestService } from './rest';

/** What RestService.requestsPerSecond computed before it was indexed: every client, paths derived afresh. */
function bruteForceRps(rest: RestService, dominoUp: (server: string) => boolean, server: string): number {
  let total = 0;
  for (const [clients, workload] of rest.workloads) {
    const paths = rest.derivePaths(clients);
    const sum = paths.reduce((s, p) => s + p.weight, 0);
    const target = rest.url.get(clients);
    const members = (target === undefined ? undefined : rest.lbs.get(target))?.markedUp() ?? [];
    const mine = target === server ? paths.filter((p) => p.ok).reduce((s, p) => s + p.weight, 0) : members.includes(server) && dominoUp(server) ? sum / members.length : 0;
    total += sum > 0 ? (workload.stats.attempts * mine) / sum : 0;
  }
  return total;
}

const at = (seconds: number, fault: Fault) => ({ atMs: seconds * 1000, fault });

/** Every kind of change the paths depend on: processes, hosts, links, round trips, partitions, URLs, balancers. */
const FAULTS = [
  at(30, { kind: 'partition', from: ['dc1'], to: ['dc2'] }),
  at(60, { kind: 'setRtt', target: 'wan', rttMs: 50 }),
  at(90, { kind: 'changeRestUrl', target: 'CL1', to: 'OT2' }),
  at(150, { kind: 'heal' }),
  at(200, { kind: 'crashHost', target: 'CL2' }),
  at(260, { kind: 'recoverHost', target: 'CL2' }),
  at(300, { kind: 'crashProcess', target: 'OT2', process: 'domino' }),
  at(320, { kind: 'changeRestUrl', target: 'CL1', to: 'LB1' }),
  at(330, { kind: 'crashHost', target: 'MS3' }),
  at(360, { kind: 'recover', target: 'OT2' }),
  at(400, { kind: 'siteDown', target: 'dc2' }),
  at(450, { kind: 'siteUp', target: 'dc2' }),
  at(500, { kind: 'linkDown', target: 'wan' }),
  at(560, { kind: 'linkUp', target: 'wan' }),
  at(600, { kind: 'recover', target: 'MS3' }),
] as const;

// Eleven simulated minutes of a whole topology: like the other scenario runs, it gets room on a busy machine.
describe('REST paths are cached until something they depend on changes', { timeout: 60_000 }, () => {
  it('OT-1 / OT-2 / OT-8: at every moment of a run full of changes the cached paths and per-server rates equal freshly derived ones', () => {
    const sim = new Simulation(templateById('ontime-p2-two-sites')!.design);
    for (const f of FAULTS) sim.scheduleFault(f.atMs, f.fault);
    const rt = onTimeRuntimeOf(sim.state)!;
    const dominoUp = (server: string) => rt.ctx.dominoUp(server);
    let compared = 0;
    // Once a simulated second: several looks after every change, at a quarter of the cost of every 250 ms (which took
    // over 5 s on a loaded 2-core machine).
    for (let t = 1000; t <= 660_000; t += 1000) {
      sim.runUntil(t);
      for (const clients of rt.rest.workloads.keys()) expect(rt.rest.paths(clients)).toEqual(rt.rest.derivePaths(clients));
      for (const server of rt.ctx.topo.restServers) expect(rt.rest.requestsPerSecond(server)).toBe(bruteForceRps(rt.rest, dominoUp, server));
      compared++;
    }
    expect(compared).toBe(660);
    // The run did go through failures (otherwise the comparison proves little).
    expect(sim.drainFrame().events.filter((e) => e.type === 'service.unavailable' || e.type === 'service.degraded').length).toBeGreaterThan(0);
  });
});
