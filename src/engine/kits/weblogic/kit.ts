import type { Kit } from '../kit';
import { checkWeblogic } from './checks';
import { WEBLOGIC_CLUSTER_KINDS, WEBLOGIC_NODE_KINDS, WEBLOGIC_RELATION_KINDS } from './kinds';
import { WeblogicModel, weblogicModelOf } from './model';
import { applyWeblogicFault } from './faults';
import { weblogicInvariants } from './invariants';

export const weblogicKit: Kit = {
  id: 'weblogic',
  nodeKinds: WEBLOGIC_NODE_KINDS,
  relationKinds: WEBLOGIC_RELATION_KINDS,
  clusterKinds: WEBLOGIC_CLUSTER_KINDS,
  install: (world) => {
    if (world.design.nodes.some((n) => n.kind === 'wlsServer' || n.kind === 'oracleDb')) new WeblogicModel(world);
  },
  check: checkWeblogic,
  applyFault: (world, fault) => {
    const model = weblogicModelOf(world);
    return model !== undefined && applyWeblogicFault(model, fault);
  },
  faultTargets: {
    dbSwitchover: ['oracleDb'],
    reinstateDatabase: ['oracleDb'],
    zdtRollout: ['wlsAdmin'],
    deploy: ['wlsAdmin'],
    restartAdminServer: ['wlsAdmin'],
  },
  invariants: (world) => weblogicInvariants(world),
};
