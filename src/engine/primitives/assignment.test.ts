import { describe, expect, it } from 'vitest';
import { buildDesign } from '../testing/designs';
import { World } from '../sim/world';
import { Membership } from './membership';
import { Assignment, timingFromBeats } from './assignment';
import { singleSyncer } from '../invariants/builtin';

function setup(members = ['OT1', 'OT2', 'OT3']) {
  const world = new World(
    buildDesign({
      sites: ['dc1', 'dc2'],
      links: [['dc1', 'dc2', 10]],
      nodes: members.map((id, i) => ({ id, kind: 'ontimeServer', siteId: i === 1 ? 'dc2' : 'dc1' })),
    }),
    1,
  );
  const procs = members.map((id) => {
    const p = world.addProcess(id, 'ontime', { bootMs: 5000, drainMs: 1000 });
    p.bootInstantly();
    return p;
  });
  // The handlers run only after heartbeats time out, by when `assignment` exists.
  const membership = new Membership(world.kernel, world.network, procs, timingFromBeats(1000, 10), {
    onDead: (o, p) => assignment.peerDead(o, p),
    onAlive: (o, p) => assignment.peerAlive(o, p),
  });
  const assignment = new Assignment(world, membership, [{ id: 'MS1', owner: procs[0]! }], { claimKind: 'sync', failbackDelayMs: 10_000 });
  const holders = () => assignment.holders('MS1').map((p) => p.nodeId);
  return { world, procs, assignment, holders };
}

describe('assignment takeover and failback', () => {
  it('OT-4: the first live member takes over a dead owner\'s resource after the missed beats; the claim follows', () => {
    const { world, procs, holders } = setup();
    world.kernel.runUntil(5000);
    procs[0]!.crash();
    world.kernel.runUntil(30_000);
    expect(holders()).toEqual(['OT2']);
    expect(world.claims.holdersOf('sync:MS1')).toEqual(['OT2']);
    const takeover = world.kernel.drainEvents().find((e) => e.type === 'assignment.takeover')!;
    expect(takeover).toMatchObject({ resource: 'MS1', from: 'OT1', to: 'OT2' });
    expect(takeover.t - 5000).toBeGreaterThanOrEqual(9000);
    expect(takeover.t - 5000).toBeLessThanOrEqual(11_000);
  });

  it('OT-5: the owner gets its resource back after the failback delay once it runs again', () => {
    const { world, procs, holders } = setup();
    procs[0]!.crash();
    world.kernel.runUntil(30_000);
    procs[0]!.start();
    world.kernel.runUntil(44_000);
    expect(holders()).toEqual(['OT2']);
    world.kernel.runUntil(46_000);
    expect(holders()).toEqual(['OT1']);
    expect(world.kernel.drainEvents().find((e) => e.type === 'assignment.failback')).toMatchObject({ from: 'OT2', to: 'OT1' });
  });

  it('a stand-in that dies in turn hands the resource on to the next live member', () => {
    const { world, procs, holders } = setup();
    procs[0]!.crash();
    world.kernel.runUntil(30_000);
    procs[1]!.crash();
    world.kernel.runUntil(60_000);
    expect(holders()).toEqual(['OT3']);
  });

  it('S7: a partition leaves two members acting on the resource (allowed only while partitioned); the stand-in hands it back on the first heartbeat after the heal', () => {
    const { world, holders } = setup(['OT1', 'OT2']);
    world.kernel.runUntil(5000);
    world.network.partition(['dc1'], ['dc2']);
    world.kernel.runUntil(30_000);
    expect(holders().sort()).toEqual(['OT1', 'OT2']);
    expect(singleSyncer.check(world)).toBeNull();
    world.network.heal();
    expect(world.claims.holdersOf('sync:MS1').sort()).toEqual(['OT1', 'OT2']);
    // The stand-in stops as soon as it hears the owner (the first heartbeat after the heal).
    world.kernel.runUntil(31_100);
    expect(holders()).toEqual(['OT1']);
    const failback = world.kernel.drainEvents().find((e) => e.type === 'assignment.failback')!;
    expect(failback.t).toBeLessThanOrEqual(31_100);
  });
});

describe('single-syncer invariant', () => {
  it('OT-10: two OnTime servers syncing one mail server is a violation once the network has been whole for the grace period', () => {
    const { world } = setup(['OT1', 'OT2']);
    world.claims.set('sync:MS1', ['OT1', 'OT2']);
    expect(singleSyncer.check(world)).toMatch(/sync:MS1 is held by OT1 and OT2/);
    world.network.partition(['dc1'], ['dc2']);
    expect(singleSyncer.check(world)).toBeNull();
    world.network.heal();
    world.kernel.runUntil(29_000);
    expect(singleSyncer.check(world)).toBeNull();
    world.kernel.runUntil(31_000);
    expect(singleSyncer.check(world)).not.toBeNull();
  });
});
