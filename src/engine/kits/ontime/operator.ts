import type { DesignDoc } from '../../design/schema';
import type { OperatorAction } from '../kit';
import { K, REST_KINDS } from './kinds';

/**
 * OT-2, the operator's action: where a client population's REST URL may point (its load balancers and every
 * server that answers REST), in design order. The UI offers each one except the current target.
 */
export function restUrlTargets(design: DesignDoc, clientsId: string): string[] {
  if (design.nodes.find((n) => n.id === clientsId)?.kind !== K.clients) return [];
  return design.nodes.filter((n) => n.kind === K.lb || REST_KINDS.has(n.kind)).map((n) => n.id);
}

/** The OnTime operator's actions (Kit.operatorActions): point a client population's REST URL at another server. */
export const ONTIME_OPERATOR_ACTIONS: readonly OperatorAction[] = [
  {
    // OT-2: without a load balancer the operator points the clients at a live server; the clients' own note
    // (note.restVia) says where the URL points now, which is not offered again.
    id: 'fault.changeRestUrl',
    labelKey: 'action.changeRestUrl',
    options: (target, design, views) => {
      if (target.type !== 'node') return [];
      const current = views[target.id]?.notes.find((n) => n.key === 'note.restVia')?.params?.targetId;
      const name = (id: string) => design.nodes.find((n) => n.id === id)?.name ?? id;
      return restUrlTargets(design, target.id)
        .filter((to) => to !== current)
        .map((to) => ({ id: `fault.changeRestUrl:${to}`, fault: { kind: 'changeRestUrl', target: target.id, to }, labelKey: 'action.changeRestUrl', params: { node: name(to) } }));
    },
  },
];
