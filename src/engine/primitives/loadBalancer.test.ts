import { describe, expect, it } from 'vitest';
import { buildDesign } from '../testing/designs';
import { World } from '../sim/world';
import { LoadBalancer, OTD_HEALTH_CHECK, processMember, type HealthCheckTiming, type Routing } from './loadBalancer';

function setup(timing: HealthCheckTiming = OTD_HEALTH_CHECK, routing: Routing = 'token') {
  const world = new World(
    buildDesign({
      sites: ['dc1', 'dc2'],
      links: [['dc1', 'dc2', 10]],
      nodes: [
        { id: 'LB', kind: 'loadBalancer', siteId: 'dc1' },
        { id: 'S1', kind: 'ontimeServer', siteId: 'dc1' },
        { id: 'S2', kind: 'ontimeServer', siteId: 'dc2' },
      ],
    }),
    1,
  );
  const servers = ['S1', 'S2'].map((id) => {
    const p = world.addProcess(id, 'http', { bootMs: 1000, drainMs: 0 });
    p.bootInstantly();
    return p;
  });
  const lb = new LoadBalancer(world.kernel, world.network, 'LB', servers.map(processMember), timing, routing);
  return { world, lb, servers };
}

describe('health-checked load balancer', () => {
  it('S2: with OTD defaults a crashed member is marked down after 3 failed checks (≤ 95 s), caused by its crash', () => {
    const { world, lb, servers } = setup();
    world.kernel.runUntil(35_000);
    servers[0]!.crash();
    const crashEvent = servers[0]!.lastChangeEvent;
    world.kernel.runUntil(200_000);
    const down = world.kernel.drainEvents().find((e) => e.type === 'lb.markedDown')!;
    expect(down).toMatchObject({ member: 'S1', lb: 'LB', cause: crashEvent });
    expect(down.t - 35_000).toBeGreaterThanOrEqual(2 * 30_000 + 5000);
    expect(down.t - 35_000).toBeLessThanOrEqual(3 * 30_000 + 5000);
    expect(lb.markedUp()).toEqual(['S2']);
  });

  it('keeps routing to a dead member until it is marked down (the window of errors users see)', () => {
    const { world, lb, servers } = setup();
    world.kernel.runUntil(35_000);
    servers[0]!.crash();
    const routed = Array.from({ length: 4 }, () => lb.route()!.member);
    expect(routed).toContain('S1');
    world.kernel.runUntil(200_000);
    expect(Array.from({ length: 4 }, () => lb.route()!.member)).toEqual(['S2', 'S2', 'S2', 'S2']);
  });

  it('OT-1: token routing spreads requests over every healthy member', () => {
    const { lb } = setup();
    const counts = new Map<string, number>();
    for (let i = 0; i < 10; i++) {
      const m = lb.route()!.member;
      counts.set(m, (counts.get(m) ?? 0) + 1);
    }
    expect([...counts.entries()].sort()).toEqual([
      ['S1', 5],
      ['S2', 5],
    ]);
  });

  it('sticky routing keeps a session on its member and moves it (moved = true) only when that member is marked down', () => {
    const fast = { intervalMs: 1000, timeoutMs: 500, failuresToMarkDown: 2, successesToMarkUp: 2 };
    const { world, lb, servers } = setup(fast, 'sticky');
    const first = lb.route('session-7')!;
    expect(lb.route('session-7')).toEqual({ member: first.member, moved: false });
    const process = servers.find((p) => p.nodeId === first.member)!;
    process.crash();
    world.kernel.runUntil(10_000);
    const after = lb.route('session-7')!;
    expect(after.moved).toBe(true);
    expect(after.member).not.toBe(first.member);
    expect(lb.route('session-7')!.moved).toBe(false);
  });

  it('marks a member up again after the configured successes, with events for both verdicts', () => {
    const fast = { intervalMs: 1000, timeoutMs: 500, failuresToMarkDown: 2, successesToMarkUp: 3 };
    const { world, lb, servers } = setup(fast);
    servers[1]!.crash();
    world.kernel.runUntil(5000);
    expect(lb.isMarkedUp('S2')).toBe(false);
    servers[1]!.start();
    world.kernel.runUntil(6500);
    expect(lb.isMarkedUp('S2')).toBe(false);
    world.kernel.runUntil(12_000);
    expect(lb.isMarkedUp('S2')).toBe(true);
    const types = world.kernel.drainEvents().filter((e) => e.type.startsWith('lb.')).map((e) => e.type);
    expect(types).toEqual(['lb.markedDown', 'lb.markedUp']);
  });

  it('a partition between balancer and member marks it down with the partition as the cause', () => {
    const fast = { intervalMs: 1000, timeoutMs: 500, failuresToMarkDown: 2, successesToMarkUp: 1 };
    const { world, lb } = setup(fast);
    world.kernel.runUntil(2500);
    const cut = world.network.partition(['dc1'], ['dc2']);
    world.kernel.runUntil(6000);
    expect(lb.markedUp()).toEqual(['S1']);
    expect(world.kernel.drainEvents().find((e) => e.type === 'lb.markedDown')?.cause).toBe(cut.cause);
  });

  it('a slow member whose answers take longer than the timeout is marked down', () => {
    const { world, lb } = setup({ intervalMs: 1000, timeoutMs: 4, failuresToMarkDown: 2, successesToMarkUp: 1 });
    world.kernel.runUntil(5000);
    expect(lb.markedUp()).toEqual(['S1']);
  });
});
