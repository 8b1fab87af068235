import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, useStore, type Edge, type EdgeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useAppStore } from '../../../state/store';
import { trafficWidth } from './liveEdges';
import { selectNoDetail } from '../overview';
import { LABEL_X, LABEL_Y, NUDGE_VAR } from './LabelSpreader';

export interface LiveEdgeData extends Record<string, unknown> {
  kind: string;
  /** A live relation (sync, replication…) by id: the edge reads from the store whether it flows now and its lag. */
  relation?: string;
  /** Client traffic: the per-node metric whose value sets the edge's thickness. */
  trafficKey?: string;
  /** A network link between sites: drawn cut while partitioned or down. */
  linkId?: string;
}

export type LiveFlowEdge = Edge<LiveEdgeData, 'live'>;

function useTrafficWidth(key: string | undefined): number | undefined {
  return useAppStore((s) => (key ? trafficWidth(s.samples[s.samples.length - 1]?.values[key]) : undefined));
}

/**
 * What a live relation shows now, as a small string the store selector can compare: "<active>|<lagMs>". In an
 * overview without detail (zoomed far out) the lag is not drawn, so a lag change does not re-render the edge.
 */
function useRelationState(id: string | undefined, noDetail: boolean): { active?: boolean; lagMs?: number } {
  const state = useAppStore((s) => {
    const r = id === undefined ? undefined : s.relations[id];
    return r === undefined ? '' : `${r.active ? 1 : 0}|${noDetail ? '' : (r.lagMs ?? '')}`;
  });
  if (state === '') return {};
  const [active, lag] = state.split('|');
  return { active: active === '1', ...(lag ? { lagMs: Number(lag) } : {}) };
}

function useLinkState(linkId: string | undefined) {
  // A string selector: the edge re-renders only when the link's state changes.
  return useAppStore((s) => (linkId ? (s.net.links[linkId]?.traffic ?? 'up') : 'up'));
}

function edgeLabel(t: TFunction, link: string, kind: string | undefined, live: { active?: boolean; lagMs?: number }, label: unknown): string | null {
  if (link === 'cut') return t('live.edge.cut');
  if (link === 'oneWay') return t('live.edge.oneWay');
  if (live.active === false) return t(kind === 'heartbeat' ? 'live.edge.missed' : 'live.edge.stopped');
  if (live.lagMs) return t('live.edge.lag', { s: (live.lagMs / 1000).toFixed(1) });
  return typeof label === 'string' ? label : null;
}

/**
 * Several relations often join the same two servers (a heartbeat, ConfigDB replication, a Sync stand-in between the
 * OnTime servers of P1): their midpoints coincide, so each kind's label starts on its own line around the midpoint
 * (a stable arrangement); LabelSpreader then moves apart any labels that still cover each other.
 */
export const LABEL_LINE: Readonly<Record<string, number>> = { heartbeat: 1, configReplication: -1, maildb: 2, redo: 1, federation: -1, mirror: 2 };
const LABEL_LINE_PX = 24;

/**
 * An edge that shows what flows along it: direction by a moving dash (CSS only, on the few live paths),
 * lag as a label, traffic as thickness, a stopped relation or a cut link dashed in red with a word.
 * It re-renders only when what it shows changes (its own selectors return small values).
 */
export const LiveEdge = memo(function LiveEdge(props: EdgeProps<LiveFlowEdge>) {
  const { t } = useTranslation();
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, markerEnd } = props;
  const width = useTrafficWidth(data?.trafficKey);
  const link = useLinkState(data?.linkId);
  const noDetail = useStore(selectNoDetail);
  const live = useRelationState(data?.relation, noDetail);
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const heartbeat = data?.kind === 'heartbeat';
  const cut = link !== 'up' || live.active === false;
  // Heartbeats never animate: a cluster has many of them and they say "alive", not "something flows".
  const flowing = !cut && !heartbeat && (live.active === true || (width ?? 0) > 1);
  const cls = `live-edge kind-${data?.kind ?? 'link'}${cut ? ' cut' : ''}${flowing ? ' flowing' : ''}`;
  const label = edgeLabel(t, link, data?.kind, live, props.label);
  const labelDy = (LABEL_LINE[data?.kind ?? ''] ?? 0) * LABEL_LINE_PX;
  return (
    <>
      <BaseEdge id={id} path={path} className={cls} markerEnd={markerEnd} style={width ? { strokeWidth: width } : undefined} />
      {flowing && <path d={path} className="live-edge-flow" style={width ? { strokeWidth: Math.max(1.5, width - 1) } : undefined} aria-hidden="true" />}
      {label && (
        <EdgeLabelRenderer>
          <div
            className={`edge-label${cut ? ' cut' : ''}`}
            {...{ [LABEL_X]: labelX, [LABEL_Y]: labelY + labelDy }}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY + labelDy}px) translateY(var(${NUDGE_VAR}, 0px))` }}
          >
            {cut && <span aria-hidden="true">✂ </span>}
            <span>{label}</span>
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
