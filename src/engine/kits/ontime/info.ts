import type { KitInfo } from '../kit';
import { ONTIME_EVENT_META } from './eventMeta';
import { checkOnTimeDesign } from './checks';
import { K, ONTIME_CLUSTER_KINDS, ONTIME_NODE_KINDS, ONTIME_RELATION_KINDS } from './kinds';
import { ONTIME_OPERATOR_ACTIONS } from './operator';

/** The OnTime kit as the page sees it (kinds, event meanings, checks, operator actions); its models are in kit.ts. */
export const ontimeKitInfo: KitInfo = {
  id: 'ontime',
  nodeKinds: ONTIME_NODE_KINDS,
  relationKinds: ONTIME_RELATION_KINDS,
  clusterKinds: ONTIME_CLUSTER_KINDS,
  eventMeta: ONTIME_EVENT_META,
  check: checkOnTimeDesign,
  /** OT-2: only the clients take a change of their REST URL (the one fault kind this kit carries out itself). */
  faultTargets: { changeRestUrl: [K.clients] },
  operatorActions: ONTIME_OPERATOR_ACTIONS,
};
