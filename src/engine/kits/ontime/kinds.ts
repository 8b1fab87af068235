/** Node kinds of the OnTime / Domino kit (DOMAIN.md §1). */
export const ONTIME_NODE_KINDS = ['loadBalancer', 'clients', 'ontimeServer', 'mailServer'] as const;
export type OnTimeNodeKind = (typeof ONTIME_NODE_KINDS)[number];
