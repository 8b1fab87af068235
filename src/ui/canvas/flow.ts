import type { Edge, Node } from '@xyflow/react';
import type { DesignDoc, RelationView } from '../../engine';

export interface ServerNodeData extends Record<string, unknown> {
  name: string;
  kind: string;
}

export interface SiteNodeData extends Record<string, unknown> {
  name: string;
}

export type ServerFlowNode = Node<ServerNodeData, 'server'>;
export type SiteFlowNode = Node<SiteNodeData, 'site'>;
export type FlowNode = ServerFlowNode | SiteFlowNode;

/** Design → React Flow nodes. Sites are group nodes; servers are their children (positions relative to the site). */
export function designToNodes(design: DesignDoc): FlowNode[] {
  const sites: FlowNode[] = design.sites.map((site) => ({
    id: site.id,
    type: 'site',
    position: site.position ?? { x: 0, y: 0 },
    data: { name: site.name },
    style: { width: site.size?.width ?? 600, height: site.size?.height ?? 400 },
    selectable: false,
    ariaLabel: site.name,
  }));
  const servers: FlowNode[] = design.nodes.map((node) => ({
    id: node.id,
    type: 'server',
    position: node.position,
    data: { name: node.name, kind: node.kind },
    ...(node.siteId ? { parentId: node.siteId, extent: 'parent' as const } : {}),
    ariaLabel: node.name,
  }));
  return [...sites, ...servers];
}

/** Static relations of the design (e.g. LB → server routes) as plain edges. */
export function designToEdges(design: DesignDoc): Edge[] {
  return design.relations
    .filter((r) => r.kind !== 'watches')
    .map((r) => ({ id: r.id, source: r.from, target: r.to, className: `edge-${r.kind}` }));
}

/** Live relations (who syncs what now) as animated edges; an inactive one is drawn cut. */
export function liveEdges(relations: Record<string, RelationView>): Edge[] {
  return Object.values(relations).map((r) => ({
    id: r.id,
    source: r.from,
    target: r.to,
    animated: r.active,
    className: `edge-live edge-${r.kind} ${r.active ? 'active' : 'inactive'}`,
    ariaLabel: `${r.kind} ${r.from} → ${r.to}`,
  }));
}
