import type { Kit } from '../kit';
import { weblogicKitInfo } from './info';
import { WeblogicModel, weblogicModelOf } from './model';
import { applyWeblogicFault } from './faults';
import { weblogicInvariants } from './invariants';
import { weblogicFailureModes } from './failureModes';
import { weblogicConvergenceBoundMs, weblogicHomeState } from './home';

/** The WebLogic kit: its description (info.ts) and the models the simulation installs. */
export const weblogicKit: Kit = {
  ...weblogicKitInfo,
  install: (world) => {
    if (world.design.nodes.some((n) => n.kind === 'wlsServer' || n.kind === 'oracleDb')) new WeblogicModel(world);
  },
  applyFault: (world, fault) => {
    const model = weblogicModelOf(world);
    return model !== undefined && applyWeblogicFault(model, fault);
  },
  failureModes: weblogicFailureModes,
  invariants: (world) => weblogicInvariants(world),
  homeState: (world) => {
    const model = weblogicModelOf(world);
    return model ? weblogicHomeState(model) : { away: [], operatorNeeded: [] };
  },
  convergenceBoundMs: (world) => {
    const model = weblogicModelOf(world);
    return model ? weblogicConvergenceBoundMs(model) : 0;
  },
};
