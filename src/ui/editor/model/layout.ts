import ELK, { type ElkNode } from 'elkjs/lib/elk.bundled.js';
import type { DesignDoc } from '../../../engine';
import { NODE_SIZE } from './geometry';

const elk = new ELK();

const OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.layered.spacing.nodeNodeBetweenLayers': '70',
  'elk.spacing.nodeNode': '50',
  // Sites are laid out with their servers inside them, and edges between servers of different sites still count.
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
};
const SITE_PADDING = '[top=48,left=30,bottom=30,right=30]';

/** The ELK graph of a design: sites are compound nodes holding their servers. */
function toGraph(design: DesignDoc): ElkNode {
  const server = (id: string): ElkNode => ({ id, width: NODE_SIZE.width, height: NODE_SIZE.height });
  const sites: ElkNode[] = design.sites.map((s) => ({
    id: s.id,
    layoutOptions: { 'elk.padding': SITE_PADDING, 'elk.direction': 'DOWN' },
    children: design.nodes.filter((n) => n.siteId === s.id).map((n) => server(n.id)),
  }));
  const free = design.nodes.filter((n) => !n.siteId || !design.sites.some((s) => s.id === n.siteId)).map((n) => server(n.id));
  const edges = [
    ...design.relations.map((r) => ({ id: r.id, sources: [r.from], targets: [r.to] })),
    ...design.links.map((l) => ({ id: l.id, sources: [l.a], targets: [l.b] })),
  ];
  return { id: 'root', layoutOptions: OPTIONS, children: [...sites, ...free], edges };
}

/**
 * Auto-layout that respects sites: every server stays in its site, sites are sized to fit their servers, and
 * relations between servers shape the layers. One new document (one undo step).
 */
export async function autoLayout(design: DesignDoc): Promise<DesignDoc> {
  const result = await elk.layout(toGraph(design));
  const boxes = new Map<string, ElkNode>();
  for (const child of result.children ?? []) {
    boxes.set(child.id, child);
    for (const grandchild of child.children ?? []) boxes.set(grandchild.id, grandchild);
  }
  const round = (v: number | undefined) => Math.round(v ?? 0);
  return {
    ...design,
    sites: design.sites.map((s) => {
      const b = boxes.get(s.id);
      if (!b) return s;
      return {
        ...s,
        position: { x: round(b.x), y: round(b.y) },
        size: { width: Math.max(240, round(b.width)), height: Math.max(160, round(b.height)) },
      };
    }),
    nodes: design.nodes.map((n) => {
      const b = boxes.get(n.id);
      return b ? { ...n, position: { x: round(b.x), y: round(b.y) } } : n;
    }),
  };
}
