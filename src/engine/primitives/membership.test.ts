import { describe, expect, it } from 'vitest';
import { World } from '../sim/world';
import { buildDesign } from '../testing/designs';
import type { SimEvent } from '../events';
import { Membership } from './membership';

/** A and B in dc1, C in dc2 behind a 10 ms link (5 ms each way). */
const design = buildDesign({
  sites: ['dc1', 'dc2'],
  links: [['dc1', 'dc2', 10]],
  nodes: [
    { id: 'A', kind: 'ontimeServer', siteId: 'dc1' },
    { id: 'B', kind: 'ontimeServer', siteId: 'dc1' },
    { id: 'C', kind: 'ontimeServer', siteId: 'dc2' },
  ],
});

const INTERVAL = 1000;
const MISSED = 5;

function setup() {
  const world = new World(design, 1);
  const [a, b, c] = ['A', 'B', 'C'].map((id) => {
    const p = world.addProcess(id, 'task', { bootMs: 2000, drainMs: 0 });
    p.bootInstantly();
    return p;
  }) as [ReturnType<World['addProcess']>, ReturnType<World['addProcess']>, ReturnType<World['addProcess']>];
  const membership = new Membership(world.kernel, world.network, [a, b, c], { heartbeatIntervalMs: INTERVAL, deadAfterMs: MISSED * INTERVAL });
  const events: SimEvent[] = [];
  const run = (t: number) => {
    world.kernel.runUntil(t);
    events.push(...world.kernel.drainEvents());
  };
  const verdicts = (type: 'member.dead' | 'member.alive') =>
    events.filter((e): e is Extract<SimEvent, { type: typeof type }> => e.type === type).map((e) => ({ t: e.t, observer: e.observer, peer: e.peer, cause: e.cause }));
  return { world, a, b, c, membership, events, run, verdicts };
}

describe('heartbeat membership', () => {
  it(`a crashed peer is declared dead ${MISSED} beats of ${INTERVAL} ms after the last beat heard, caused by the crash`, () => {
    const { world, a, b, membership, events, run, verdicts } = setup();
    world.kernel.at(10_500, () => b.crash());
    run(14_999);
    expect(membership.believesAlive(a, b)).toBe(true);
    run(30_000);
    const crash = events.find((e) => e.type === 'process.state' && e.subject === 'B')!;
    // B's last beat left at 10 000: A hears it at once (same site) and C 5 ms later (half the 10 ms RTT).
    expect(verdicts('member.dead')).toEqual([
      { t: 15_000, observer: 'A', peer: 'B', cause: crash.id },
      { t: 15_005, observer: 'C', peer: 'B', cause: crash.id },
    ]);
    expect(membership.believesAlive(a, b)).toBe(false);
    expect(membership.aliveAccordingTo(a).map((p) => p.nodeId)).toEqual(['A', 'C']);
  });

  it('a restarted peer is alive again as soon as its first beat arrives, caused by its start', () => {
    const { world, a, b, events, run, verdicts, membership } = setup();
    world.kernel.at(10_500, () => b.crash());
    world.kernel.at(20_000, () => b.start());
    run(21_999);
    expect(membership.believesAlive(a, b)).toBe(false);
    run(40_000);
    const running = events.find((e) => e.type === 'process.state' && e.subject === 'B' && e.to === 'running')!;
    expect(running.t).toBe(22_000);
    expect(verdicts('member.alive')).toEqual([
      { t: 22_000, observer: 'A', peer: 'B', cause: running.id },
      { t: 22_005, observer: 'C', peer: 'B', cause: running.id },
    ]);
    expect(verdicts('member.dead')).toHaveLength(2);
  });

  it('a partition makes both sides declare each other dead, and the heal brings them back', () => {
    const { world, a, c, events, run, verdicts, membership } = setup();
    world.kernel.at(10_500, () => world.network.partition(['dc1'], ['dc2']));
    world.kernel.at(30_500, () => world.network.heal());
    run(60_000);
    const cut = events.find((e) => e.type === 'net.partitioned')!;
    const heal = events.find((e) => e.type === 'net.healed')!;
    // Last beats crossed at 10 000 (+5 ms): each side gives up 5 s later.
    expect(verdicts('member.dead').filter((v) => v.t < 20_000)).toEqual(
      expect.arrayContaining([
        { t: 15_005, observer: 'C', peer: 'A', cause: cut.id },
        { t: 15_005, observer: 'A', peer: 'C', cause: cut.id },
      ]),
    );
    // The first beats after the heal leave at 31 000 and arrive 5 ms later.
    expect(verdicts('member.alive')).toEqual(
      expect.arrayContaining([
        { t: 31_005, observer: 'C', peer: 'A', cause: heal.id },
        { t: 31_005, observer: 'A', peer: 'C', cause: heal.id },
      ]),
    );
    expect(membership.believesAlive(a, c) && membership.believesAlive(c, a)).toBe(true);
  });

  it('no verdict while beats keep arriving, even across the link', () => {
    const { run, verdicts } = setup();
    run(120_000);
    expect(verdicts('member.dead')).toEqual([]);
  });
});
