import type { DesignDoc } from '../../design/schema';
import { K, REST_KINDS } from './kinds';

/**
 * OT-2, the operator's action: where a client population's REST URL may point (its load balancers and every
 * server that answers REST), in design order. The UI offers each one except the current target.
 */
export function restUrlTargets(design: DesignDoc, clientsId: string): string[] {
  if (design.nodes.find((n) => n.id === clientsId)?.kind !== K.clients) return [];
  return design.nodes.filter((n) => n.kind === K.lb || REST_KINDS.has(n.kind)).map((n) => n.id);
}
