import type { DesignDoc } from '../design/schema';
import type { Fault } from '../faults/catalogue';
import type { HomeState, Kit } from '../kits/kit';
import type { World } from './world';

/**
 * Liveness (TigerBeetle checks convergence once faults stop, not only invariants at every step): after a fault
 * script, heal everything, run for a bound computed from the design's parameters, and ask every kit whether its
 * systems are back in their home state.
 */

/** Every repair at once: partitions healed, links up at their design round trip, power back, every process started. */
export function healEverything(design: DesignDoc): Fault[] {
  return [
    { kind: 'heal' },
    ...design.links.flatMap((l): Fault[] => [
      { kind: 'linkUp', target: l.id },
      { kind: 'setRtt', target: l.id, rttMs: l.rttMs },
    ]),
    ...design.sites.map((s): Fault => ({ kind: 'siteUp', target: s.id })),
    ...design.nodes.map((n): Fault => ({ kind: 'recover', target: n.id })),
  ];
}

/** How long after the heal the systems may take to get home: the slowest kit's own bound. */
export function convergenceBoundMs(world: World, kits: readonly Kit[]): number {
  return Math.max(0, ...kits.map((k) => k.convergenceBoundMs?.(world) ?? 0));
}

/** Every kit's home state, merged (an empty `away` = home, possibly with operator actions pending). */
export function homeState(world: World, kits: readonly Kit[]): HomeState {
  const states = kits.map((k) => k.homeState?.(world) ?? { away: [], operatorNeeded: [] });
  return { away: states.flatMap((s) => s.away), operatorNeeded: states.flatMap((s) => s.operatorNeeded) };
}
