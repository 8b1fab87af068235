import type { Kit } from '../kit';
import type { World } from '../../sim/world';
import { ontimeKitInfo } from './info';
import { onTimeInvariants } from './invariants';
import { OnTimeRuntime } from './runtime';
import { onTimeConvergenceBoundMs, onTimeHomeState } from './home';

const runtimes = new WeakMap<World, OnTimeRuntime>();

/** The OnTime runtime installed in a world: tests and invariant checkers look inside through it. */
export function onTimeRuntimeOf(world: World): OnTimeRuntime | undefined {
  return runtimes.get(world);
}

/** The OnTime kit: its description (info.ts) and the models the simulation installs. */
export const ontimeKit: Kit = {
  ...ontimeKitInfo,
  install: (world) => void runtimes.set(world, new OnTimeRuntime(world)),
  /** OT-2: the operator changes the clients' REST URL (the only fault kind this kit carries out itself). */
  applyFault: (world, fault) => fault.kind === 'changeRestUrl' && (runtimes.get(world)?.rest.changeUrl(fault.target, fault.to) ?? false),
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
