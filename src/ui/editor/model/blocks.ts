import { SCHEMA_VERSION, type DesignDoc, type DesignNode } from '../../../engine';
import { copyItems, isEmptyClip, pasteClip } from './clipboard';
import { moveNodes } from './edits';
import { absolutePosition, freshId, NODE_SIZE, siteRect, takenIds, type Point } from './geometry';

/**
 * A building block (draw.io's and Excalidraw's libraries): a selection kept as a design document of its own, so it
 * is stored, exported and validated exactly like a design file. Its top-left corner is at (0, 0); servers selected
 * without their site are free (no site), so the block never points at a site it does not hold.
 */
export function blockFromSelection(design: DesignDoc, ids: ReadonlySet<string>, name: string): DesignDoc | null {
  const clip = copyItems(design, ids);
  if (isEmptyClip(clip)) return null;
  const siteIds = new Set(clip.sites.map((s) => s.id));
  const inBlockSite = (n: DesignNode) => n.siteId !== undefined && siteIds.has(n.siteId);
  const nodes = clip.nodes.map((n): DesignNode => {
    if (inBlockSite(n)) return n;
    const { siteId: _site, ...free } = n;
    return { ...free, position: absolutePosition(design, n) };
  });
  const corners: Point[] = [...clip.sites.map((s) => s.position ?? { x: 0, y: 0 }), ...nodes.filter((n) => !inBlockSite(n)).map((n) => n.position)];
  const dx = Math.min(...corners.map((p) => p.x));
  const dy = Math.min(...corners.map((p) => p.y));
  const shift = (p: Point) => ({ x: Math.round(p.x - dx), y: Math.round(p.y - dy) });
  return {
    schemaVersion: SCHEMA_VERSION,
    name,
    seed: design.seed,
    sites: clip.sites.map((s) => ({ ...s, position: shift(s.position ?? { x: 0, y: 0 }) })),
    links: design.links.filter((l) => siteIds.has(l.a) && siteIds.has(l.b)),
    nodes: nodes.map((n) => (inBlockSite(n) ? n : { ...n, position: shift(n.position) })),
    relations: clip.relations,
    clusters: clip.clusters,
  };
}

/** How much room a block takes (its sites and free servers): for centring it on the view. */
export function blockSize(block: DesignDoc): { width: number; height: number } {
  const boxes = [...block.sites.map(siteRect), ...block.nodes.filter((n) => !n.siteId).map((n) => ({ ...n.position, ...NODE_SIZE }))];
  return { width: Math.max(0, ...boxes.map((b) => b.x + b.width)), height: Math.max(0, ...boxes.map((b) => b.y + b.height)) };
}

/**
 * Inserts a block with its top-left corner at `at`, with fresh ids (like paste: sites, servers, relations, clusters,
 * and the links between the block's sites). Free servers land in the site under their centre, like dropped ones.
 * Returns the ids to select.
 */
export function insertBlock(design: DesignDoc, block: DesignDoc, at: Point): { design: DesignDoc; ids: string[] } {
  const move = (p: Point) => ({ x: Math.round(p.x + at.x), y: Math.round(p.y + at.y) });
  const sites = block.sites.map((s) => ({ ...s, position: move(s.position ?? { x: 0, y: 0 }) }));
  const nodes = block.nodes.map((n) => (n.siteId ? n : { ...n, position: move(n.position) }));
  const pasted = pasteClip(design, { sites, nodes, relations: block.relations, clusters: block.clusters }, 0);
  // pasteClip appends the sites in the block's order: that is how the block's links find their new ends.
  const newSite = new Map(block.sites.map((s, i) => [s.id, pasted.design.sites[design.sites.length + i]!.id]));
  const taken = takenIds(pasted.design);
  const links = block.links.map((l) => {
    const a = newSite.get(l.a)!;
    const b = newSite.get(l.b)!;
    const id = freshId(`link-${a}-${b}-`, taken);
    taken.add(id);
    return { ...l, id, a, b };
  });
  const free = pasted.design.nodes.slice(design.nodes.length).filter((n) => !n.siteId);
  const placed = moveNodes({ ...pasted.design, links: [...pasted.design.links, ...links] }, free.map((n) => ({ id: n.id, to: n.position })));
  return { design: placed, ids: pasted.ids };
}
