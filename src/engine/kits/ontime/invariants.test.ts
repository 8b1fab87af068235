import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { World } from '../../sim/world';
import { applyFault } from '../../faults/apply';
import type { Fault } from '../../faults/catalogue';
import type { RelationView } from '../../sim/view';
import { TEMPLATES } from '../../../templates';
import { onTimeRuntimeOf, ontimeKit } from './kit';
import { onTimeViolations } from './invariants';
import { ONTIME_SERVER_PARAMS as P } from './params';

/**
 * Found by fast-check: a Domino server started while its host had no power (a fault script can do that) ran
 * on through the host's recovery without any process change, and Sync never restarted.
 */
const REGRESSION_PROCESSES_ON_DEAD_HOST: [number, number, Array<{ atMs: number; node: number; what: number }>] = [
  0,
  0,
  [
    { atMs: 1000, node: 0, what: 0 },
    { atMs: 1000, node: 1, what: 0 },
    { atMs: 1000, node: 0, what: 5 },
    { atMs: 26001, node: 0, what: 0 },
  ],
];

/** Pinned so a run replays; set FC_SEED to explore other scripts (and pin what fails as a regression). */
const FC_SEED = Number(process.env.FC_SEED ?? 4242);

/** Found by fast-check: the stand-in restarted while the owner was already back; nobody handed the Sync back. */
const REGRESSION_STANDIN_RESTARTS: [number, number, Array<{ atMs: number; node: number; what: number }>] = [
  0,
  0,
  [
    { atMs: 1000, node: 0, what: 0 },
    { atMs: 1000, node: 0, what: 5 },
    { atMs: 11001, node: 4, what: 0 },
    { atMs: 36000, node: 0, what: 0 },
  ],
];

const designs = TEMPLATES.filter((t) => t.id.startsWith('ontime-')).map((t) => t.design);

/** Runs a template under a random fault script, checking the invariants after every kernel step. */
function play(designIndex: number, seed: number, script: Array<{ atMs: number; node: number; what: number }>) {
  const design = designs[designIndex % designs.length]!;
  const world = new World(design, seed);
  ontimeKit.install(world);
  const rt = onTimeRuntimeOf(world)!;
  const relations = new Map<string, RelationView>();
  const servers = design.nodes.filter((n) => n.kind !== 'clients' && n.kind !== 'loadBalancer').map((n) => n.id);
  const faults = script.map(({ atMs, node, what }) => {
    const target = servers[node % servers.length]!;
    const choices: Fault[] = [
      { kind: 'crashHost', target },
      { kind: 'recoverHost', target },
      { kind: 'stopProcess', target, process: 'ontime' },
      { kind: 'startProcess', target, process: 'ontime' },
      { kind: 'stopProcess', target, process: 'domino' },
      { kind: 'startProcess', target, process: 'domino' },
    ];
    return { atMs, fault: choices[what % choices.length]! };
  });
  for (const { atMs, fault } of faults) world.kernel.at(atMs, () => applyFault(world, fault), null);
  const check = () => {
    for (const r of world.drainViews().relations) relations.set(r.id, r);
    const violations = onTimeViolations(rt, relations);
    if (violations.length > 0) throw new Error(`seed ${seed} at ${world.kernel.now} ms: ${violations.join('; ')}`);
  };
  const endOfFaults = Math.max(0, ...faults.map((f) => f.atMs));
  while ((world.kernel.nextTime() ?? Infinity) <= endOfFaults + 1000) {
    world.kernel.step();
    check();
  }
  return { world, rt, servers, check, endOfFaults };
}

describe('OnTime invariants under random outages', () => {
  it('OT-10: whatever fails, each mail server is synced by exactly one server of its owner\'s OnTime cluster', () => {
    fc.assert(
      fc.property(
        fc.nat(10),
        fc.nat(1000),
        fc.array(fc.record({ atMs: fc.integer({ min: 1000, max: 300_000 }), node: fc.nat(20), what: fc.nat(5) }), { maxLength: 12 }),
        (d, seed, script) => {
          play(d, seed, script);
        },
      ),
      { numRuns: 30, seed: FC_SEED },
    );
  }, 120_000);

  it('OT-5: once everything is back, every Sync and every mail DB returns home and the data is fresh again', () => {
    fc.assert(
      fc.property(
        fc.nat(10),
        fc.nat(1000),
        fc.array(fc.record({ atMs: fc.integer({ min: 1000, max: 200_000 }), node: fc.nat(20), what: fc.nat(5) }), { maxLength: 10 }),
        (d, seed, script) => {
          const { world, rt, servers, check, endOfFaults } = play(d, seed, script);
          // After the last graceful stop has drained (5 s), bring everything back.
          world.kernel.at(endOfFaults + 10_000, () => {
            for (const s of servers) {
              applyFault(world, { kind: 'recoverHost', target: s });
              applyFault(world, { kind: 'startProcess', target: s, process: 'domino' });
            }
          }, null);
          world.kernel.at(endOfFaults + 60_000, () => servers.forEach((s) => applyFault(world, { kind: 'startProcess', target: s, process: 'ontime' })), null);
          const settled = endOfFaults + 60_000 + 200_000;
          while ((world.kernel.nextTime() ?? Infinity) <= settled) {
            world.kernel.step();
            check();
          }
          for (const [mail, owner] of rt.ctx.topo.owner) {
            expect({ mail, syncer: rt.sync.syncer.get(mail) }).toEqual({ mail, syncer: owner });
            expect({ mail, target: rt.mailDb.state.get(mail)?.target }).toEqual({ mail, target: mail });
            const lagMs = world.kernel.now - (rt.sync.lastSyncMs.get(mail) ?? 0);
            expect(lagMs).toBeLessThanOrEqual(2 * P.syncIntervalMs.default);
          }
        },
      ),
      { numRuns: 25, seed: FC_SEED, examples: [REGRESSION_PROCESSES_ON_DEAD_HOST, REGRESSION_STANDIN_RESTARTS] },
    );
  }, 120_000);
});
