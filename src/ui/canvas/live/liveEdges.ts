import type { Edge } from '@xyflow/react';
import type { DesignDoc, RelationView } from '../../../engine';
import type { LiveFlowEdge } from './LiveEdge';

/** Relation kinds that carry client traffic: drawn with a thickness proportional to the target's throughput. */
const TRAFFIC_KINDS = new Set(['routes', 'connects', 'sends', 'serves']);

/** Live relations (who syncs or replicates what, now) as live edges. */
export function liveEdges(relations: Record<string, RelationView>): LiveFlowEdge[] {
  return Object.values(relations).map((r) => ({
    id: r.id,
    source: r.from,
    target: r.to,
    type: 'live',
    data: { kind: r.kind, active: r.active, lagMs: r.lagMs },
    className: `edge-live edge-${r.kind} ${r.active ? 'active' : 'inactive'}`,
    ariaLabel: `${r.kind} ${r.from} → ${r.to}`,
  }));
}

/**
 * The editor's static edges, made live where the simulation has something to say: client traffic edges get
 * their thickness from the target's throughput, link edges are drawn cut while partitioned.
 */
export function withLiveEdges(design: DesignDoc, edges: readonly Edge[]): Edge[] {
  const links = new Set(design.links.map((l) => l.id));
  const kinds = new Map(design.relations.map((r) => [r.id, r.kind]));
  return edges.map((e) => {
    const kind = kinds.get(e.id);
    if (kind && TRAFFIC_KINDS.has(kind)) return { ...e, type: 'live', data: { ...e.data, kind, trafficKey: `throughput:${e.target}` } };
    if (links.has(e.id)) return { ...e, type: 'live', data: { ...e.data, kind: 'link', linkId: e.id } };
    return e;
  });
}
