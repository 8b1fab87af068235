import type { Edge, Node } from '@xyflow/react';
import type { DesignDoc } from '../../engine';
import { absolutePosition, NODE_SIZE, siteRect } from '../editor/model/geometry';

export interface ServerNodeData extends Record<string, unknown> {
  name: string;
  kind: string;
}

export interface SiteNodeData extends Record<string, unknown> {
  name: string;
  /** A server is being dragged over this site: it would land in it. */
  dropTarget?: boolean;
  /** Read-only (a shared design): no resize handles. */
  locked?: boolean;
}

export interface ClusterNodeData extends Record<string, unknown> {
  name: string;
  kind: string;
  memberCount: number;
  /** While a server is dragged: it would join this cluster, or this cluster's kind would refuse it. */
  drop?: 'join' | 'refuse';
}

export type ServerFlowNode = Node<ServerNodeData, 'server'>;
export type SiteFlowNode = Node<SiteNodeData, 'site'>;
export type ClusterFlowNode = Node<ClusterNodeData, 'cluster'>;
export type FlowNode = ServerFlowNode | SiteFlowNode | ClusterFlowNode;

export interface NodeOptions {
  selected: ReadonlySet<string>;
  dropTarget?: string | null;
  locked?: boolean;
}

const CLUSTER_PAD = 14;
/** How much further out each overlapping cluster's outline (and its label) is drawn. */
const CLUSTER_RING = 20;

/**
 * Mail clusters, OnTime clusters, WebLogic clusters: drawn as a labelled outline around their members (which may sit
 * in different sites), behind the servers and never in the way of a click.
 */
export function clusterNodes(design: DesignDoc): ClusterFlowNode[] {
  const drawn: Array<{ x: number; y: number; right: number; bottom: number }> = [];
  return design.clusters.flatMap((c) => {
    const members = design.nodes.filter((n) => c.members.includes(n.id)).map((n) => absolutePosition(design, n));
    if (members.length === 0) return [];
    const inner = {
      x: Math.min(...members.map((p) => p.x)),
      y: Math.min(...members.map((p) => p.y)),
      right: Math.max(...members.map((p) => p.x)) + NODE_SIZE.width,
      bottom: Math.max(...members.map((p) => p.y)) + NODE_SIZE.height,
    };
    // Clusters over the same servers (P1: the OnTime cluster and the Domino mail cluster) are drawn as rings one
    // label apart, so neither their outlines nor their names lie on top of each other.
    const ring = drawn.filter((o) => o.x < inner.right && inner.x < o.right && o.y < inner.bottom && inner.y < o.bottom).length;
    drawn.push(inner);
    const pad = CLUSTER_PAD + ring * CLUSTER_RING;
    const x = inner.x - pad;
    const y = inner.y - pad - 18 - ring * CLUSTER_RING;
    const width = inner.right + pad - x;
    const height = inner.bottom + pad - y;
    return [
      {
        id: `cluster:${c.id}`,
        type: 'cluster' as const,
        position: { x, y },
        data: { name: c.name, kind: c.kind, memberCount: members.length },
        style: { width, height },
        width,
        height,
        selectable: false,
        draggable: false,
        connectable: false,
        focusable: false,
        zIndex: 0,
      },
    ];
  });
}

/** Design → React Flow nodes. Sites come first (a parent must precede its children); servers are their children. */
export function designToNodes(design: DesignDoc, opts: NodeOptions = { selected: new Set() }): FlowNode[] {
  const sites: FlowNode[] = design.sites.map((site) => {
    const r = siteRect(site);
    return {
      id: site.id,
      type: 'site',
      position: { x: r.x, y: r.y },
      data: { name: site.name, dropTarget: opts.dropTarget === site.id, locked: opts.locked },
      style: { width: r.width, height: r.height },
      width: r.width,
      height: r.height,
      selected: opts.selected.has(site.id),
      ariaLabel: site.name,
      dragHandle: '.site-header',
      zIndex: -1,
    };
  });
  const siteIds = new Set(design.sites.map((s) => s.id));
  const servers: FlowNode[] = design.nodes.map((node) => ({
    id: node.id,
    type: 'server',
    position: node.position,
    data: { name: node.name, kind: node.kind },
    selected: opts.selected.has(node.id),
    ...(node.siteId && siteIds.has(node.siteId) ? { parentId: node.siteId } : {}),
    ariaLabel: node.name,
  }));
  return [...sites, ...clusterNodes(design), ...servers];
}

export interface EdgeOptions {
  selected: ReadonlySet<string>;
  /** Localised text of a link label, e.g. "RTT 5 ms". */
  linkLabel: (rttMs: number, jitterMs: number) => string;
  relationLabel: (kind: string, from: string, to: string) => string;
}

/** Network links between sites (labelled with their round-trip time) and the design's relations. */
export function designToEdges(design: DesignDoc, opts: EdgeOptions): Edge[] {
  const name = (id: string) => design.nodes.find((n) => n.id === id)?.name ?? design.sites.find((s) => s.id === id)?.name ?? id;
  const siteX = (id: string) => design.sites.find((s) => s.id === id)?.position?.x ?? 0;
  const links: Edge[] = design.links.map((l) => ({
    id: l.id,
    source: l.a,
    target: l.b,
    // Leave each site on the side that faces the other one.
    sourceHandle: siteX(l.a) <= siteX(l.b) ? 'right' : 'left',
    targetHandle: siteX(l.a) <= siteX(l.b) ? 'left' : 'right',
    label: opts.linkLabel(l.rttMs, l.jitterMs),
    className: 'edge-link',
    selected: opts.selected.has(l.id),
    ariaLabel: `${name(l.a)} ↔ ${name(l.b)}: ${opts.linkLabel(l.rttMs, l.jitterMs)}`,
    labelBgPadding: [6, 3] as [number, number],
    labelBgBorderRadius: 4,
  }));
  const relations: Edge[] = design.relations.map((r) => ({
    id: r.id,
    source: r.from,
    target: r.to,
    className: `edge-${r.kind} edge-config`,
    selected: opts.selected.has(r.id),
    ariaLabel: opts.relationLabel(r.kind, name(r.from), name(r.to)),
  }));
  return [...links, ...relations];
}
