import type { NodeKindSpec, RelationKindSpec } from '../kit';
import { ONTIME_SERVER_PARAMS } from './params';

/** Node kinds of the OnTime / Domino kit (DOMAIN.md §1). */
export const ONTIME_NODE_KINDS: readonly NodeKindSpec[] = [
  { kind: 'loadBalancer', group: 'network', params: [], processes: ['http'] },
  { kind: 'clients', group: 'network', params: [], processes: [] },
  { kind: 'ontimeServer', group: 'ontime', params: Object.values(ONTIME_SERVER_PARAMS), processes: ['ontime'] },
  { kind: 'mailServer', group: 'ontime', params: [], processes: ['domino'] },
];

export const ONTIME_RELATION_KINDS: readonly RelationKindSpec[] = [
  { kind: 'routes', from: ['loadBalancer'], to: ['ontimeServer'] },
  { kind: 'watches', from: ['ontimeServer'], to: ['mailServer'], maxIncoming: 1 },
];
