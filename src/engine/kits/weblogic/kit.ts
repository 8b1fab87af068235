import type { Kit } from '../kit';
import { WEBLOGIC_EVENT_META } from './eventMeta';
import { checkWeblogic } from './checks';
import { WEBLOGIC_CLUSTER_KINDS, WEBLOGIC_NODE_KINDS, WEBLOGIC_RELATION_KINDS } from './kinds';
import { WeblogicModel, weblogicModelOf } from './model';
import { applyWeblogicFault } from './faults';
import { weblogicInvariants } from './invariants';
import { weblogicFailureModes } from './failureModes';
import { weblogicConvergenceBoundMs, weblogicHomeState } from './home';
import { WEBLOGIC_OPERATOR_ACTIONS } from './operatorActions';

export const weblogicKit: Kit = {
  id: 'weblogic',
  nodeKinds: WEBLOGIC_NODE_KINDS,
  relationKinds: WEBLOGIC_RELATION_KINDS,
  clusterKinds: WEBLOGIC_CLUSTER_KINDS,
  eventMeta: WEBLOGIC_EVENT_META,
  install: (world) => {
    if (world.design.nodes.some((n) => n.kind === 'wlsServer' || n.kind === 'oracleDb')) new WeblogicModel(world);
  },
  check: checkWeblogic,
  applyFault: (world, fault) => {
    const model = weblogicModelOf(world);
    return model !== undefined && applyWeblogicFault(model, fault);
  },
  failureModes: weblogicFailureModes,
  operatorActions: WEBLOGIC_OPERATOR_ACTIONS,
  faultTargets: {
    dbSwitchover: ['oracleDb'],
    reinstateDatabase: ['oracleDb'],
    zdtRollout: ['wlsAdmin'],
    deploy: ['wlsAdmin'],
    restartAdminServer: ['wlsAdmin'],
  },
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
