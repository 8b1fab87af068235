import type { Kit } from '../kit';
import type { World } from '../../sim/world';
import { checkOnTimeDesign } from './checks';
import { ONTIME_CLUSTER_KINDS, ONTIME_NODE_KINDS, ONTIME_RELATION_KINDS } from './kinds';
import { OnTimeRuntime } from './runtime';

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
};
