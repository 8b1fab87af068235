import type { Kit } from '../kit';
import type { World } from '../../sim/world';
import { checkOnTimeDesign } from './checks';
import { ONTIME_CLUSTER_KINDS, ONTIME_NODE_KINDS, ONTIME_RELATION_KINDS } from './kinds';
import { OnTimeRuntime } from './runtime';
import { onTimeViolations } from './invariants';

const runtimes = new WeakMap<World, OnTimeRuntime>();

/** The OnTime runtime installed in a world: tests and invariant checkers look inside through it. */
export function onTimeRuntimeOf(world: World): OnTimeRuntime | undefined {
  return runtimes.get(world);
}

export const ontimeKit: Kit = {
  id: 'ontime',
  nodeKinds: ONTIME_NODE_KINDS,
  relationKinds: ONTIME_RELATION_KINDS,
  clusterKinds: ONTIME_CLUSTER_KINDS,
  install: (world) => void runtimes.set(world, new OnTimeRuntime(world)),
  check: checkOnTimeDesign,
  // The engine checks these after every event when asked (Simulation checkInvariants: tests, fuzzing, CLI).
  invariants: () => [
    {
      id: 'ontime-state',
      ref: 'OT-10',
      description: "each mail server is synced by one server of its owner's OnTime cluster, as drawn",
      check: (world) => {
        const rt = runtimes.get(world);
        const problems = rt ? onTimeViolations(rt, world.relationViews()) : [];
        return problems.length > 0 ? problems.join('; ') : null;
      },
    },
  ],
};
