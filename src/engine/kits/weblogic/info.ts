import type { KitInfo } from '../kit';
import { WEBLOGIC_EVENT_META } from './eventMeta';
import { checkWeblogic } from './checks';
import { WEBLOGIC_CLUSTER_KINDS, WEBLOGIC_NODE_KINDS, WEBLOGIC_RELATION_KINDS } from './kinds';
import { WEBLOGIC_OPERATOR_ACTIONS } from './operatorActions';

/** The WebLogic kit as the page sees it (kinds, event meanings, checks, operator actions); its models are in kit.ts. */
export const weblogicKitInfo: KitInfo = {
  id: 'weblogic',
  nodeKinds: WEBLOGIC_NODE_KINDS,
  relationKinds: WEBLOGIC_RELATION_KINDS,
  clusterKinds: WEBLOGIC_CLUSTER_KINDS,
  eventMeta: WEBLOGIC_EVENT_META,
  check: checkWeblogic,
  operatorActions: WEBLOGIC_OPERATOR_ACTIONS,
  faultTargets: {
    dbSwitchover: ['oracleDb'],
    reinstateDatabase: ['oracleDb'],
    zdtRollout: ['wlsAdmin'],
    deploy: ['wlsAdmin'],
    restartAdminServer: ['wlsAdmin'],
  },
};
