import type { Kit } from '../kit';
import { ONTIME_EVENT_META } from './eventMeta';
import type { World } from '../../sim/world';
import { checkOnTimeDesign } from './checks';
import { onTimeInvariants } from './invariants';
import { K, ONTIME_CLUSTER_KINDS, ONTIME_NODE_KINDS, ONTIME_RELATION_KINDS } from './kinds';
import { OnTimeRuntime } from './runtime';
import { onTimeConvergenceBoundMs, onTimeHomeState } from './home';
import { ONTIME_OPERATOR_ACTIONS } from './operator';

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
  eventMeta: ONTIME_EVENT_META,
  install: (world) => void runtimes.set(world, new OnTimeRuntime(world)),
  check: checkOnTimeDesign,
  /** OT-2: the operator changes the clients' REST URL (the only fault kind this kit carries out itself). */
  applyFault: (world, fault) => fault.kind === 'changeRestUrl' && (runtimes.get(world)?.rest.changeUrl(fault.target, fault.to) ?? false),
  faultTargets: { changeRestUrl: [K.clients] },
  operatorActions: ONTIME_OPERATOR_ACTIONS,
  invariants: (world) => {
    const rt = runtimes.get(world);
    return rt ? onTimeInvariants(rt) : [];
  },
  homeState: (world) => {
    const rt = runtimes.get(world);
    return rt ? onTimeHomeState(rt) : { away: [], operatorNeeded: [] };
  },
  convergenceBoundMs: (world) => {
    const rt = runtimes.get(world);
    return rt ? onTimeConvergenceBoundMs(rt) : 0;
  },
};
