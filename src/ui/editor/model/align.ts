import type { DesignDoc } from '../../../engine';
import { moveNodes, resizeSite } from './edits';
import { absolutePosition, NODE_SIZE, siteRect, type Point } from './geometry';

export const ALIGN_MODES = ['left', 'centerX', 'right', 'top', 'centerY', 'bottom', 'distributeX', 'distributeY'] as const;
export type AlignMode = (typeof ALIGN_MODES)[number];

/** Room kept between an aligned server and the edge of the site that grows to hold it (the header is on top). */
const SIDE_MARGIN = 20;
const TOP_MARGIN = 40;

/**
 * Puts servers at absolute positions without changing which site they belong to: aligning servers of two sites
 * must not quietly move one into the other site, or out of its own (that would change what the simulation runs).
 * A site grows to hold its aligned servers (its other servers keep their place); a server outside every site is
 * placed as a drop there would place it.
 */
function placeKeepingSites(design: DesignDoc, moves: ReadonlyArray<{ id: string; to: Point }>): DesignDoc {
  let next = design;
  for (const site of design.sites) {
    const mine = moves.filter((m) => design.nodes.find((n) => n.id === m.id)?.siteId === site.id);
    if (mine.length === 0) continue;
    const r = siteRect(site);
    const x = Math.min(r.x, ...mine.map((m) => m.to.x - SIDE_MARGIN));
    const y = Math.min(r.y, ...mine.map((m) => m.to.y - TOP_MARGIN));
    const right = Math.max(r.x + r.width, ...mine.map((m) => m.to.x + NODE_SIZE.width + SIDE_MARGIN));
    const bottom = Math.max(r.y + r.height, ...mine.map((m) => m.to.y + NODE_SIZE.height + SIDE_MARGIN));
    if (x !== r.x || y !== r.y || right !== r.x + r.width || bottom !== r.y + r.height) next = resizeSite(next, site.id, { x, y, width: right - x, height: bottom - y });
  }
  const sited = new Map(moves.filter((m) => design.nodes.find((n) => n.id === m.id)?.siteId).map((m) => [m.id, m.to]));
  const placed = {
    ...next,
    nodes: next.nodes.map((n) => {
      const to = sited.get(n.id);
      const site = to && next.sites.find((s) => s.id === n.siteId);
      if (!to || !site) return n;
      const r = siteRect(site);
      return { ...n, position: { x: Math.round(to.x - r.x), y: Math.round(to.y - r.y) } };
    }),
  };
  return moveNodes(placed, moves.filter((m) => !sited.has(m.id)));
}

/** Aligns or evenly distributes the selected servers (on absolute positions, so it works across sites). */
export function alignNodes(design: DesignDoc, ids: ReadonlySet<string>, mode: AlignMode): DesignDoc {
  const items = design.nodes.filter((n) => ids.has(n.id)).map((n) => ({ id: n.id, p: absolutePosition(design, n) }));
  if (items.length < 2) return design;
  const xs = items.map((i) => i.p.x);
  const ys = items.map((i) => i.p.y);
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  const minY = Math.min(...ys);
  const maxY = Math.max(...ys);
  const place = (fn: (p: { x: number; y: number }, index: number) => { x: number; y: number }, order: typeof items) =>
    placeKeepingSites(design, order.map((i, index) => ({ id: i.id, to: fn(i.p, index) })));
  const step = (span: number) => span / (items.length - 1);
  switch (mode) {
    case 'left':
      return place((p) => ({ x: minX, y: p.y }), items);
    case 'right':
      return place((p) => ({ x: maxX, y: p.y }), items);
    case 'centerX':
      return place((p) => ({ x: (minX + maxX) / 2, y: p.y }), items);
    case 'top':
      return place((p) => ({ x: p.x, y: minY }), items);
    case 'bottom':
      return place((p) => ({ x: p.x, y: maxY }), items);
    case 'centerY':
      return place((p) => ({ x: p.x, y: (minY + maxY) / 2 }), items);
    case 'distributeX':
      return place((p, i) => ({ x: minX + i * step(maxX - minX), y: p.y }), [...items].sort((a, b) => a.p.x - b.p.x));
    case 'distributeY':
      return place((p, i) => ({ x: p.x, y: minY + i * step(maxY - minY) }), [...items].sort((a, b) => a.p.y - b.p.y));
  }
}
