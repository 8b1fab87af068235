import { describe, expect, it } from 'vitest';
import { buildDesign } from '../testing/designs';
import { World } from '../sim/world';
import type { RequestPath } from './workload';

const failing: RequestPath = { weight: 1, ok: false, serviceMs: 40, crossSiteRoundTrips: 0, rttMs: 0, failMs: 5000, cause: null };
const working: RequestPath = { weight: 1, ok: true, serviceMs: 40, crossSiteRoundTrips: 1, rttMs: 10 };

function worldWith(paths: () => readonly RequestPath[]) {
  const world = new World(buildDesign({ sites: ['dc1'], nodes: [{ id: 'U', kind: 'clients', siteId: 'dc1' }] }), 1);
  const workload = world.addWorkload({ id: 'U', users: 100, thinkTimeMs: 960, paths });
  return { world, workload };
}

/** A kit may hand out the same paths (a cached array, or equal ones) tick after tick: the workload skips re-evaluating them. */
describe('workload with paths that do not change', () => {
  it('WL-15: a service failing from the start is reported unavailable at the first tick, even when its kit returns one cached array', () => {
    const cached = [failing];
    const { world } = worldWith(() => cached);
    world.kernel.runUntil(3000);
    expect(world.kernel.drainEvents().filter((e) => e.type.startsWith('service.')).map((e) => [e.type, e.t])).toEqual([['service.unavailable', 1000]]);
  });

  it('WL-15: equal paths keep the same figures; different paths are evaluated again', () => {
    let current: RequestPath[] = [{ ...working }];
    const { world, workload } = worldWith(() => current.map((p) => ({ ...p })));
    world.kernel.runUntil(1000);
    const first = workload.stats;
    world.kernel.runUntil(5000);
    expect(workload.stats).toBe(first);
    current = [{ ...working, rttMs: 50 }];
    world.kernel.runUntil(6000);
    expect(workload.stats).not.toBe(first);
    expect(workload.stats.latencyP50Ms).toBeGreaterThan(first.latencyP50Ms);
  });
});
