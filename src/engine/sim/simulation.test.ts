import { describe, expect, it } from 'vitest';
import { buildDesign } from '../testing/designs';
import { Simulation, replay } from './simulation';
import type { Kit } from '../kits/kit';
import type { SimEvent } from '../events';
import { InvariantViolation } from '../invariants/invariant';
import minimal from '../../templates/ontime-minimal.json';
import { validateDesign } from '../documents';

const design = () => {
  const r = validateDesign(minimal);
  if (!r.ok) throw new Error('template invalid');
  return r.design;
};

const twoSites = () =>
  buildDesign({
    sites: ['dc1', 'dc2'],
    links: [['dc1', 'dc2', 10]],
    nodes: [
      { id: 'A', kind: 'mailServer', siteId: 'dc1' },
      { id: 'B', kind: 'mailServer', siteId: 'dc2' },
    ],
  });

/** A kit with one process per node, a switchover it handles itself, and an invariant it can be made to break. */
function testKit(log: string[], broken = { value: false }): Kit {
  return {
    id: 'test',
    nodeKinds: [],
    relationKinds: [],
    clusterKinds: [],
    eventMeta: {},
    install: (world) => {
      for (const id of world.nodes.keys()) world.addProcess(id, 'db', { bootMs: 1000, drainMs: 2000 }).bootInstantly();
    },
    check: () => [],
    applyFault: (_world, fault) => {
      if (fault.kind !== 'dbSwitchover') return false;
      log.push(`switchover ${fault.target}`);
      return true;
    },
    invariants: () => [{ id: 'test-broken', description: 'never broken', check: () => (broken.value ? 'broken on purpose' : null) }],
  };
}

const events = (sim: Simulation) => sim.drainFrame().events;

describe('faults on a simulation', () => {
  it('scheduleFault injects at the given time, after the actions due then, in the order scheduled', () => {
    const sim = new Simulation(twoSites(), { kits: [testKit([])] });
    sim.scheduleFault(5000, { kind: 'crashHost', target: 'A' });
    sim.scheduleFault(5000, { kind: 'crashHost', target: 'B' });
    sim.scheduleFault(2000, { kind: 'setRtt', target: 'dc1-dc2', rttMs: 20 });
    sim.runUntil(10_000);
    const faults = events(sim).filter((e) => e.type === 'fault.injected');
    expect(faults.map((e) => [e.t, e.subject])).toEqual([
      [2000, 'dc1-dc2'],
      [5000, 'A'],
      [5000, 'B'],
    ]);
    expect(sim.faultLog.map((f) => f.atMs)).toEqual([2000, 5000, 5000]);
  });

  it('applies every generic fault of the catalogue, each caused by its fault.injected event', () => {
    const sim = new Simulation(twoSites(), { kits: [testKit([])] });
    const world = sim.state;
    const check = (fault: Parameters<Simulation['inject']>[0], expectation: () => void) => {
      const injected = sim.inject(fault);
      sim.runUntil(sim.now + 5000);
      expectation();
      const caused = events(sim).filter((e) => e.cause === injected.id);
      expect(caused.length, fault.kind).toBeGreaterThan(0);
    };
    check({ kind: 'maintenance', target: 'A' }, () => expect(world.process('A', 'db')!.state).toBe('stopped'));
    check({ kind: 'recover', target: 'A' }, () => expect(world.process('A', 'db')!.state).toBe('running'));
    check({ kind: 'crashProcess', target: 'A', process: 'db' }, () => expect(world.process('A', 'db')!.state).toBe('crashed'));
    check({ kind: 'startProcess', target: 'A', process: 'db' }, () => expect(world.process('A', 'db')!.isRunning).toBe(true));
    check({ kind: 'stopProcess', target: 'A', process: 'db' }, () => expect(world.process('A', 'db')!.state).toBe('stopped'));
    check({ kind: 'siteDown', target: 'dc2' }, () => expect(world.network.isHostUp('B')).toBe(false));
    check({ kind: 'siteUp', target: 'dc2' }, () => expect(world.process('B', 'db')!.isRunning).toBe(true));
    check({ kind: 'crashHost', target: 'B' }, () => expect(world.process('B', 'db')!.state).toBe('crashed'));
    check({ kind: 'recover', target: 'B' }, () => expect(world.network.isHostUp('B')).toBe(true));
    check({ kind: 'partition', from: ['dc1'], to: ['dc2'], oneWay: true, target: 'p1' }, () => expect(world.network.canReach('A', 'B')).toBe(false));
    check({ kind: 'heal', target: 'p1' }, () => expect(world.network.canReach('A', 'B')).toBe(true));
    check({ kind: 'linkDown', target: 'dc1-dc2' }, () => expect(world.network.canReach('B', 'A')).toBe(false));
    check({ kind: 'linkUp', target: 'dc1-dc2' }, () => expect(world.network.canReach('B', 'A')).toBe(true));
    check({ kind: 'setRtt', target: 'dc1-dc2', rttMs: 30 }, () => expect(world.network.rttMs('A', 'B')).toBe(30));
  });

  it('a kit-specific fault goes to the kit that models it; without one it is reported as unsupported', () => {
    const log: string[] = [];
    const withKit = new Simulation(twoSites(), { kits: [testKit(log)] });
    withKit.inject({ kind: 'dbSwitchover', target: 'A' });
    expect(log).toEqual(['switchover A']);
    expect(events(withKit).some((e) => e.type === 'fault.unsupported')).toBe(false);
    const bare = new Simulation(twoSites(), { kits: [] });
    const injected = bare.inject({ kind: 'dbSwitchover', target: 'A' });
    expect(events(bare).find((e) => e.type === 'fault.unsupported')).toMatchObject({ subject: 'A', cause: injected.id });
  });
});

describe('invariant checking', () => {
  it('throws an InvariantViolation naming the invariant, the seed and the time', () => {
    const broken = { value: false };
    const sim = new Simulation(twoSites(), { kits: [testKit([], broken)], checkInvariants: true, seed: 77 });
    sim.runUntil(3000);
    broken.value = true;
    let error: unknown;
    try {
      sim.runUntil(6000);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvariantViolation);
    expect(error).toMatchObject({ invariantId: 'test-broken', seed: 77, atMs: 4000 });
  });

  it('the built-in claim invariants catch two holders of an exclusive role', () => {
    const sim = new Simulation(twoSites(), { kits: [testKit([])], checkInvariants: true });
    sim.state.claims.hold('primary:db', 'A');
    sim.runUntil(1000);
    sim.state.claims.hold('primary:db', 'B');
    expect(() => sim.runUntil(2000)).toThrow(/single-primary.*primary:db is held by A and B/);
  });
});

describe('time travel by replay', () => {
  it('replaying the fault log reproduces the live run event for event', () => {
    const live = new Simulation(design(), { seed: 11 });
    const log: SimEvent[] = [];
    live.runUntil(12_345);
    live.inject({ kind: 'crashHost', target: 'OT1' });
    live.runUntil(40_000);
    live.inject({ kind: 'recover', target: 'OT1' });
    live.runUntil(90_000);
    log.push(...events(live));
    const again = replay(design(), 11, live.faultLog, 90_000);
    expect(JSON.stringify(events(again))).toBe(JSON.stringify(log));
  });

  it('replaying to an earlier moment gives the state of that moment', () => {
    const live = new Simulation(design(), { seed: 3 });
    live.runUntil(10_000);
    live.inject({ kind: 'stopProcess', target: 'OT1', process: 'ontime' });
    live.runUntil(60_000);
    const back = replay(design(), 3, live.faultLog, 15_000);
    expect(back.now).toBe(15_000);
    expect(back.state.process('OT1', 'ontime')!.state).toBe('stopped');
    expect(events(back).some((e) => e.type === 'sync.takeover')).toBe(false);
  });
});
