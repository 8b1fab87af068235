import type { DesignDoc } from '../../../engine';
import { moveNodes, resizeSite } from './edits';
import { absolutePosition, NODE_SIZE, siteRect, type Point } from './geometry';

export const ALIGN_MODES = ['left', 'centerX', 'right', 'top', 'centerY', 'bottom', 'distributeX', 'distributeY'] as const;
export type AlignMode = (typeof ALIGN_MODES)[number];

/** Room kept between an aligned server and the edge of the site that grows to hold it (the header is on top). */
const SIDE_MARGIN = 20;
const TOP_MARGIN = 40;

type Rect = ReturnType<typeof siteRect>;

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, v));
}

/** `to` kept inside `r` (with the margins), on the axes that may not grow. */
function inside(to: Point, r: Rect, axes: { x: boolean; y: boolean }): Point {
  return {
    x: axes.x ? clamp(to.x, r.x + SIDE_MARGIN, r.x + r.width - NODE_SIZE.width - SIDE_MARGIN) : to.x,
    y: axes.y ? clamp(to.y, r.y + TOP_MARGIN, r.y + r.height - NODE_SIZE.height - SIDE_MARGIN) : to.y,
  };
}

/** The smallest rect holding `r` and every server at `tos` (with the margins). */
function grown(r: Rect, tos: readonly Point[]): Rect {
  const x = Math.min(r.x, ...tos.map((t) => t.x - SIDE_MARGIN));
  const y = Math.min(r.y, ...tos.map((t) => t.y - TOP_MARGIN));
  const right = Math.max(r.x + r.width, ...tos.map((t) => t.x + NODE_SIZE.width + SIDE_MARGIN));
  const bottom = Math.max(r.y + r.height, ...tos.map((t) => t.y + NODE_SIZE.height + SIDE_MARGIN));
  return { x, y, width: right - x, height: bottom - y };
}

/**
 * Where a site's aligned servers go and the site's new rect: the site grows to hold them, but never over another
 * site (overlapping sites would make a drop ambiguous). Growing on both axes is tried first, then on one axis only;
 * on an axis that may not grow, a server stops at its site's edge: aligned as far as its site allows.
 */
function fitSite(site: DesignDoc['sites'][number], others: readonly Rect[], tos: readonly Point[]): { rect: Rect; tos: Point[] } {
  const r = siteRect(site);
  const clear = (rect: Rect) => !others.some((o) => overlaps(rect, o) && !overlaps(r, o));
  for (const fixed of [{ x: false, y: false }, { x: true, y: false }, { x: false, y: true }]) {
    const placed = tos.map((t) => inside(t, r, fixed));
    const rect = grown(r, placed);
    if (clear(rect)) return { rect, tos: placed };
  }
  return { rect: r, tos: tos.map((t) => inside(t, r, { x: true, y: true })) };
}

/**
 * Puts servers at absolute positions without changing which site they belong to: aligning servers of two sites
 * must not quietly move one into the other site, or out of its own (that would change what the simulation runs).
 * A site grows to hold its aligned servers (its other servers keep their place) unless it would grow over another
 * site; a server outside every site is placed as a drop there would place it.
 */
function placeKeepingSites(design: DesignDoc, moves: ReadonlyArray<{ id: string; to: Point }>): DesignDoc {
  let next = design;
  const target = new Map(moves.map((m) => [m.id, m.to]));
  for (const site of design.sites) {
    const mine = moves.filter((m) => design.nodes.find((n) => n.id === m.id)?.siteId === site.id);
    if (mine.length === 0) continue;
    const others = next.sites.filter((s) => s.id !== site.id).map(siteRect);
    const { rect, tos } = fitSite(site, others, mine.map((m) => m.to));
    mine.forEach((m, i) => target.set(m.id, tos[i]!));
    const r = siteRect(site);
    if (rect.x !== r.x || rect.y !== r.y || rect.width !== r.width || rect.height !== r.height) next = resizeSite(next, site.id, rect);
  }
  const sited = new Map(moves.filter((m) => design.nodes.find((n) => n.id === m.id)?.siteId).map((m) => [m.id, target.get(m.id)!]));
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
