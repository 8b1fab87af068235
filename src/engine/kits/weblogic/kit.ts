import type { Kit } from '../kit';
import { checkWeblogic } from './checks';
import { WEBLOGIC_CLUSTER_KINDS, WEBLOGIC_NODE_KINDS, WEBLOGIC_RELATION_KINDS } from './kinds';
import { WeblogicModel } from './model';

export const weblogicKit: Kit = {
  id: 'weblogic',
  nodeKinds: WEBLOGIC_NODE_KINDS,
  relationKinds: WEBLOGIC_RELATION_KINDS,
  clusterKinds: WEBLOGIC_CLUSTER_KINDS,
  install: (world) => {
    if (world.design.nodes.some((n) => n.kind === 'wlsServer' || n.kind === 'oracleDb')) new WeblogicModel(world);
  },
  check: checkWeblogic,
};
