import { MarkerType, type Edge, type EdgeMarker } from '@xyflow/react';
import type { DesignDoc, RelationView } from '../../../engine';
import type { LiveFlowEdge } from './LiveEdge';

/** Stroke width for a throughput (req/s), in half-pixel steps so that the edge re-renders only on a visible change. */
export function trafficWidth(reqPerSec: number | undefined): number {
  if (reqPerSec === undefined || reqPerSec <= 0) return 1;
  return Math.min(9, Math.round((1.5 + Math.log10(1 + reqPerSec) * 2) * 2) / 2);
}

/**
 * The metric whose value (answered req/s) sets the thickness of a design relation that carries client traffic,
 * per relation kind: only gauges the kits publish per node, so that every traffic edge has one.
 */
const TRAFFIC_METRIC: Readonly<Record<string, (from: string, to: string) => string>> = {
  // OnTime: a client population's answered requests, and what each server behind a load balancer answers.
  restUrl: (from) => `throughput:${from}`,
  routes: (_from, to) => `restRps:${to}`,
  // WebLogic: the GLB's answer sends users to an OTD; the OTD spreads them over its site's servers.
  resolvesTo: (_from, to) => `servedRps:${to}`,
  balances: (_from, to) => `servedRps:${to}`,
};

/** The per-node metric behind a traffic edge of `kind`, or undefined when the kind carries no client traffic. */
export function trafficMetric(kind: string, from: string, to: string): string | undefined {
  return TRAFFIC_METRIC[kind]?.(from, to);
}

/**
 * Relations that flow one way (sync, replication, redo, federation, mirroring, client traffic): they get an
 * arrowhead, so direction reads without motion (prefers-reduced-motion stops the moving dash). Heartbeats and
 * ConfigDB replication go both ways and have none.
 */
const DIRECTED_KINDS: ReadonlySet<string> = new Set([
  'sync',
  'maildb',
  'sessionReplication',
  'redo',
  'federation',
  'mirror',
  'rest',
  'lbRoute',
  'routes',
  'restUrl',
  'resolvesTo',
  'balances',
]);

/**
 * One marker object for every directed edge: React Flow defines one SVG marker per distinct marker. Sized in
 * pixels, not stroke widths, so a thick traffic edge does not grow a huge arrowhead.
 */
const ARROW: EdgeMarker = { type: MarkerType.ArrowClosed, width: 14, height: 14, markerUnits: 'userSpaceOnUse', color: '#64748b' };

export function arrowFor(kind: string): EdgeMarker | undefined {
  return DIRECTED_KINDS.has(kind) ? ARROW : undefined;
}

/**
 * One edge object per relation *shape* (id, kind, ends): whether it flows and its lag change every few frames and
 * are read by the edge itself from the store (LiveEdge), so React Flow gets a new edge list only when a relation
 * appears or moves (a takeover), not on every lag change (it re-indexes every edge for each new list).
 */
const liveEdgeOf = new WeakMap<RelationLabel, Map<string, LiveFlowEdge>>();

/** An edge's accessible name in the user's language ("OT2 Sync now MS1"), from the relation's kind and ends. */
export type RelationLabel = (kind: string, from: string, to: string) => string;

function toLiveEdge(r: RelationView, label: RelationLabel): LiveFlowEdge {
  const markerEnd = arrowFor(r.kind);
  return {
    id: r.id,
    source: r.from,
    target: r.to,
    type: 'live',
    data: { kind: r.kind, relation: r.id },
    className: `edge-live edge-${r.kind}`,
    ariaLabel: label(r.kind, r.from, r.to),
    // What the simulation draws is not part of the design: it must not take the clicks (or the keyboard focus) meant
    // for the wire under it, which stays selectable while a run is live (issue 17 §5).
    selectable: false,
    focusable: false,
    interactionWidth: 0,
    ...(markerEnd ? { markerEnd } : {}),
  };
}

/** What a live edge object is made of (its state, `active` and `lagMs`, is not: the edge reads that itself). */
export function relationShapeKey(r: Pick<RelationView, 'id' | 'kind' | 'from' | 'to'>): string {
  return `${r.id}|${r.kind}|${r.from}|${r.to}`;
}

/** Live relations (who syncs or replicates what, now; heartbeats) as live edges. */
export function liveEdges(relations: Record<string, RelationView>, label: RelationLabel): LiveFlowEdge[] {
  let cache = liveEdgeOf.get(label);
  if (!cache) liveEdgeOf.set(label, (cache = new Map()));
  return Object.values(relations).map((r) => {
    const shape = relationShapeKey(r);
    let edge = cache.get(shape);
    if (!edge) {
      edge = toLiveEdge(r, label);
      cache.set(shape, edge);
    }
    return edge;
  });
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
    const trafficKey = kind === undefined ? undefined : trafficMetric(kind, e.source, e.target);
    if (kind && trafficKey) return { ...e, type: 'live', markerEnd: arrowFor(kind), data: { ...e.data, kind, trafficKey } };
    if (links.has(e.id)) return { ...e, type: 'live', data: { ...e.data, kind: 'link', linkId: e.id } };
    return e;
  });
}
