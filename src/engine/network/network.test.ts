import { describe, expect, it } from 'vitest';
import { Kernel } from '../kernel/kernel';
import { Network } from './network';
import { buildDesign } from '../testing/designs';
import { World } from '../sim/world';
import { Membership } from '../primitives/membership';

const design = (jitterMs = 0) =>
  buildDesign({
    sites: ['dc1', 'dc2', 'dc3'],
    links: [
      ['dc1', 'dc2', 10, jitterMs],
      ['dc2', 'dc3', 40],
    ],
    nodes: [
      { id: 'A1', kind: 'mailServer', siteId: 'dc1' },
      { id: 'A2', kind: 'mailServer', siteId: 'dc1' },
      { id: 'B1', kind: 'mailServer', siteId: 'dc2' },
      { id: 'C1', kind: 'mailServer', siteId: 'dc3' },
    ],
  });

function arrivals(net: Network, kernel: Kernel, from: string, to: string): number[] {
  const got: number[] = [];
  const sentAt = kernel.now;
  net.send(from, to, () => got.push(kernel.now - sentAt));
  kernel.runUntil(kernel.now + 1000);
  return got;
}

describe('network', () => {
  it('a message pays half the round trip of its path; same-site messages arrive at once', () => {
    const kernel = new Kernel(1);
    const net = new Network(kernel, design());
    expect(arrivals(net, kernel, 'A1', 'B1')).toEqual([5]);
    expect(arrivals(net, kernel, 'A1', 'A2')).toEqual([0]);
    expect(net.rttMs('A1', 'B1')).toBe(10);
  });

  it('sites without a link between them cannot talk', () => {
    const kernel = new Kernel(1);
    const net = new Network(kernel, design());
    expect(net.send('A1', 'C1', () => undefined)).toBe(false);
    expect(net.silenceCause('A1', 'C1')).toBeNull();
  });

  it('draws jitter from the seeded PRNG: bounded, varied, and the same for the same seed', () => {
    const delays = (seed: number) => {
      const kernel = new Kernel(seed);
      const net = new Network(kernel, design(3));
      return Array.from({ length: 50 }, () => net.delayMs('A1', 'B1')!);
    };
    const d = delays(9);
    expect(Math.min(...d)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...d)).toBeLessThanOrEqual(8);
    expect(new Set(d).size).toBeGreaterThan(1);
    expect(delays(9)).toEqual(d);
  });

  it('a one-way partition drops messages in its direction only and names itself as the cause', () => {
    const kernel = new Kernel(1);
    const net = new Network(kernel, design());
    const cut = net.partition(['dc1'], ['dc2'], { oneWay: true });
    expect(net.canReach('A1', 'B1')).toBe(false);
    expect(net.canReach('B1', 'A1')).toBe(true);
    expect(net.silenceCause('A1', 'B1')).toBe(cut.cause);
    expect(net.silenceCause('B1', 'A1')).toBeUndefined();
    expect(net.roundTripMs('B1', 'A1')).toBeUndefined();
    const events = kernel.drainEvents();
    expect(events[0]).toMatchObject({ type: 'net.partitioned', from: 'dc1', to: 'dc2', oneWay: true, id: cut.cause });
  });

  it('a two-way partition between sets of sites cuts both ways; heal reopens the paths', () => {
    const kernel = new Kernel(1);
    const net = new Network(kernel, design());
    net.partition(['dc1', 'dc3'], ['dc2']);
    expect(net.canReach('A1', 'B1')).toBe(false);
    expect(net.canReach('B1', 'C1')).toBe(false);
    expect(net.canReach('A1', 'A2')).toBe(true);
    expect(net.partitioned).toBe(true);
    net.heal();
    expect(net.partitioned).toBe(false);
    expect(net.canReach('B1', 'A1')).toBe(true);
    const healed = kernel.drainEvents().find((e) => e.type === 'net.healed');
    expect(net.reopenedCause('B1', 'A1')).toBe(healed!.id);
  });

  it('overlapping partitions: healing one leaves the other in force', () => {
    const kernel = new Kernel(1);
    const net = new Network(kernel, design());
    net.partition(['dc1'], ['dc2'], { id: 'p1' });
    net.partition(['dc1'], ['dc2'], { id: 'p2', oneWay: true });
    net.heal('p1');
    expect(net.canReach('A1', 'B1')).toBe(false);
    expect(net.canReach('B1', 'A1')).toBe(true);
  });

  it('a link going down drops messages in both directions with the link event as cause; up restores', () => {
    const kernel = new Kernel(1);
    const net = new Network(kernel, design());
    expect(net.setLinkUp('dc1-dc2', false)).toBe(true);
    expect(net.setLinkUp('dc1-dc2', false)).toBe(false);
    const down = kernel.drainEvents()[0]!;
    expect(down).toMatchObject({ type: 'link.down', a: 'dc1', b: 'dc2' });
    expect(net.silenceCause('B1', 'A1')).toBe(down.id);
    net.setLinkUp('dc1-dc2', true);
    expect(arrivals(net, kernel, 'B1', 'A1')).toEqual([5]);
  });

  it('S8: the round trip changes while running; messages already in flight keep their delay', () => {
    const kernel = new Kernel(1);
    const net = new Network(kernel, design());
    const got: number[] = [];
    net.send('A1', 'B1', () => got.push(kernel.now));
    net.setRtt('dc1-dc2', 20);
    net.send('A1', 'B1', () => got.push(kernel.now));
    kernel.runUntil(100);
    expect(got).toEqual([5, 10]);
    expect(net.linkRttMs('dc1-dc2')).toBe(20);
    expect(kernel.drainEvents().find((e) => e.type === 'link.rtt')).toMatchObject({ fromMs: 10, toMs: 20 });
  });

  it('a message to a host that dies while it is in flight is lost', () => {
    const kernel = new Kernel(1);
    const net = new Network(kernel, design());
    let delivered = false;
    net.send('A1', 'B1', () => (delivered = true));
    net.setHostUp('B1', false);
    kernel.runUntil(100);
    expect(delivered).toBe(false);
  });
});

describe('site power', () => {
  it('a site going down powers off all its hosts and crashes their processes, caused by the site event', () => {
    const world = new World(design(), 1);
    const p1 = world.addProcess('A1', 'domino', { bootMs: 1000, drainMs: 0 });
    const p2 = world.addProcess('A2', 'domino', { bootMs: 1000, drainMs: 0 });
    p1.bootInstantly();
    p2.bootInstantly();
    world.siteDown('dc1');
    expect([p1.state, p2.state]).toEqual(['crashed', 'crashed']);
    expect(world.network.isHostUp('B1')).toBe(true);
    const events = world.kernel.drainEvents();
    const site = events.find((e) => e.type === 'site.down')!;
    const hosts = events.filter((e) => e.type === 'host.state');
    expect(hosts.map((e) => [e.subject, e.cause])).toEqual([
      ['A1', site.id],
      ['A2', site.id],
    ]);
    world.siteUp('dc1');
    world.kernel.runUntil(2000);
    expect([p1.state, p2.state]).toEqual(['running', 'running']);
  });
});

describe('membership verdicts name the partition', () => {
  it('a peer silenced by a partition is declared dead because of the partition, alive again because of the heal', () => {
    const world = new World(design(), 1);
    const a = world.addProcess('A1', 'task', { bootMs: 0, drainMs: 0 });
    const b = world.addProcess('B1', 'task', { bootMs: 0, drainMs: 0 });
    a.bootInstantly();
    b.bootInstantly();
    new Membership(world.kernel, world.network, [a, b], { heartbeatIntervalMs: 1000, deadAfterMs: 3000 });
    world.kernel.runUntil(5000);
    const cut = world.network.partition(['dc1'], ['dc2']);
    world.kernel.runUntil(12_000);
    const dead = world.kernel.drainEvents().filter((e) => e.type === 'member.dead');
    expect(dead).toHaveLength(2);
    expect(dead.every((e) => e.cause === cut.cause)).toBe(true);
    world.network.heal();
    world.kernel.runUntil(15_000);
    const events = world.kernel.drainEvents();
    const healed = events.find((e) => e.type === 'net.healed')!;
    const alive = events.filter((e) => e.type === 'member.alive');
    expect(alive).toHaveLength(2);
    expect(alive.every((e) => e.cause === healed.id)).toBe(true);
  });
});
