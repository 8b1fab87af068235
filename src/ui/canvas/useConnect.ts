import { useCallback } from 'react';
import type { Connection, Edge, FinalConnectionState, IsValidConnection } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';
import { edit } from '../editor/actions';
import { applyConnection, planConnection, type Refusal } from '../editor/model/connect';
import { kindLabel } from '../palette/kinds';
import { select, toast } from '../../state/editorView';

/** The refusal's parameters with kinds turned into their localised names. */
function refusalParams(refusal: Refusal, kindName: (k: string) => string): Record<string, string | number> {
  const out: Record<string, string | number> = { ...refusal.params };
  for (const key of ['a', 'b', 'toKind', 'fromKind'] as const) {
    if (typeof out[key] === 'string' && refusal.key !== 'linkExists') out[key] = kindName(out[key] as string);
  }
  return out;
}

/** The node under the pointer when a connection drag ends, if the library did not find a handle there. */
function nodeUnder(event: MouseEvent | TouchEvent): string | undefined {
  const point = 'changedTouches' in event ? event.changedTouches[0] : event;
  if (!point) return undefined;
  const el = document.elementFromPoint(point.clientX, point.clientY)?.closest('.react-flow__node');
  return el?.getAttribute('data-id') ?? undefined;
}

/** Connecting by dragging between handles: links between sites, relations the registry allows, refusals explained. */
export function useConnect() {
  const { t, i18n } = useTranslation();
  const isValidConnection: IsValidConnection<Edge> = useCallback(
    (c) => planConnection(useAppStore.getState().design, c.source, c.target).ok,
    [],
  );

  const onConnect = useCallback((c: Pick<Connection, 'source' | 'target'>) => {
    const plan = planConnection(useAppStore.getState().design, c.source, c.target);
    if (!plan.ok) return;
    let created = '';
    edit((d) => {
      const result = applyConnection(d, plan);
      created = result.id;
      return result.design;
    });
    if (created) select([], [created]);
  }, []);

  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (state.isValid || !state.fromNode) return;
      const target = state.toNode?.id ?? nodeUnder(event);
      if (!target || target === state.fromNode.id || target.startsWith('cluster:')) return;
      const plan = planConnection(useAppStore.getState().design, state.fromNode.id, target);
      // Dropped on the body of a node that accepts it (not exactly on a handle): connect anyway, as people expect.
      if (plan.ok) return onConnect({ source: state.fromNode.id, target });
      const specific = `editor.refuse.maxIncomingBy.${plan.refusal.params.relation}`;
      const key = plan.refusal.key === 'maxIncoming' && i18n.exists(specific) ? specific : `editor.refuse.${plan.refusal.key}`;
      toast({ key, params: refusalParams(plan.refusal, (k) => kindLabel(t, k)), tone: 'error' });
    },
    [t, i18n, onConnect],
  );

  return { isValidConnection, onConnect, onConnectEnd };
}
