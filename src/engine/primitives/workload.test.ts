import { describe, expect, it } from 'vitest';
import { buildDesign } from '../testing/designs';
import { World } from '../sim/world';
import { evaluate, type RequestPath } from './workload';

const path = (p: Partial<RequestPath> = {}): RequestPath => ({ weight: 1, ok: true, serviceMs: 40, crossSiteRoundTrips: 0, rttMs: 0, ...p });

describe('closed-loop workload', () => {
  it('Little\'s law: users / (think time + response time) requests per second', () => {
    const stats = evaluate({ users: 100, thinkTimeMs: 960 }, [path()]);
    expect(stats.throughput).toBeCloseTo(100, 6);
    expect(stats.errorRate).toBe(0);
  });

  it('WL-15: with one synchronous cross-site round trip per request and think + service = 60 ms, throughput follows 1/(1 + RTT/60)', () => {
    const at = (rttMs: number) => evaluate({ users: 50, thinkTimeMs: 20 }, [path({ crossSiteRoundTrips: 1, rttMs })]).throughput;
    const base = at(0);
    expect(at(20) / base).toBeCloseTo(0.75, 3);
    expect(at(6.5) / base).toBeCloseTo(0.902, 2);
    expect(at(40) / base).toBeCloseTo(0.6, 3);
  });

  it('a better design (fewer synchronous cross-site round trips) loses less throughput at the same RTT', () => {
    const at = (n: number) => evaluate({ users: 50, thinkTimeMs: 20 }, [path({ crossSiteRoundTrips: n, rttMs: 20 })]).throughput;
    expect(at(1)).toBeGreaterThan(at(3));
  });

  it('latency percentiles: p95 above p50, both grow with the round trips', () => {
    const near = evaluate({ users: 10, thinkTimeMs: 1000 }, [path()]);
    const far = evaluate({ users: 10, thinkTimeMs: 1000 }, [path({ crossSiteRoundTrips: 2, rttMs: 20 })]);
    expect(near.latencyP95Ms).toBeGreaterThan(near.latencyP50Ms);
    expect(near.latencyP50Ms).toBeGreaterThan(20);
    expect(far.latencyP50Ms - near.latencyP50Ms).toBeCloseTo(40, 0);
  });

  it('failed paths: the error rate is their share and only answered requests count as throughput', () => {
    const stats = evaluate({ users: 100, thinkTimeMs: 960 }, [path(), path({ ok: false, failMs: 40 })]);
    expect(stats.errorRate).toBeCloseTo(0.5, 6);
    expect(stats.throughput).toBeCloseTo(50, 6);
    expect(evaluate({ users: 100, thinkTimeMs: 960 }, []).errorRate).toBe(1);
  });
});

describe('workload in a world', () => {
  function setup() {
    const world = new World(buildDesign({ sites: ['dc1'], nodes: [{ id: 'U', kind: 'clients', siteId: 'dc1' }] }), 1);
    const server = world.addProcess('U', 'http', { bootMs: 5000, drainMs: 0 });
    server.bootInstantly();
    world.addWorkload({
      id: 'U',
      users: 100,
      thinkTimeMs: 960,
      paths: () => [path({ ok: server.isRunning, cause: server.lastChangeEvent, failMs: 5000 })],
    });
    const gauge = (key: string) => world.gauges.find(([k]) => k === key)![1]();
    return { world, server, gauge };
  }

  it('publishes the whole-system and per-workload gauges under the agreed metric keys', () => {
    const { world, gauge } = setup();
    world.kernel.runUntil(3000);
    expect(gauge('throughput')).toBeCloseTo(100, 6);
    expect(gauge('throughput:U')).toBeCloseTo(100, 6);
    expect(gauge('errorRate')).toBe(0);
    expect(gauge('latencyP95Ms')).toBeGreaterThan(gauge('latencyP50Ms'));
  });

  it('reports the service unavailable when every request fails, caused by the failure, and restored afterwards', () => {
    const { world, server, gauge } = setup();
    world.kernel.runUntil(2000);
    server.crash();
    const crash = server.lastChangeEvent;
    world.kernel.runUntil(4000);
    expect(gauge('errorRate')).toBe(1);
    expect(gauge('throughput')).toBe(0);
    server.start();
    world.kernel.runUntil(12_000);
    const service = world.kernel.drainEvents().filter((e) => e.type.startsWith('service.'));
    expect(service.map((e) => [e.type, e.t])).toEqual([
      ['service.unavailable', 3000],
      ['service.restored', 9000], // started at 4 s + 5 s boot
    ]);
    expect(service[0]!.cause).toBe(crash);
  });
});
