import type { DesignDoc, DesignNode, DesignSite } from '../../../engine';

/** The size the editor assumes for a server node when it has not been measured (layout, drop targets). */
export const NODE_SIZE = { width: 170, height: 84 };
export const DEFAULT_SITE_SIZE = { width: 560, height: 360 };
export const GRID = 20;

export interface Point {
  x: number;
  y: number;
}
export interface Rect extends Point {
  width: number;
  height: number;
}

export function siteRect(site: DesignSite): Rect {
  const size = site.size ?? DEFAULT_SITE_SIZE;
  return { x: site.position?.x ?? 0, y: site.position?.y ?? 0, width: size.width, height: size.height };
}

/** Where a node is on the canvas (nodes inside a site store their position relative to it). */
export function absolutePosition(design: DesignDoc, node: DesignNode): Point {
  const site = node.siteId ? design.sites.find((s) => s.id === node.siteId) : undefined;
  if (!site) return node.position;
  const r = siteRect(site);
  return { x: r.x + node.position.x, y: r.y + node.position.y };
}

export function contains(r: Rect, p: Point): boolean {
  return p.x >= r.x && p.x <= r.x + r.width && p.y >= r.y && p.y <= r.y + r.height;
}

/** The site under a point; the last drawn (topmost) wins when sites overlap. */
export function siteAt(design: DesignDoc, p: Point): DesignSite | undefined {
  for (let i = design.sites.length - 1; i >= 0; i--) {
    const site = design.sites[i]!;
    if (contains(siteRect(site), p)) return site;
  }
  return undefined;
}

export function snap(value: number, on: boolean): number {
  return on ? Math.round(value / GRID) * GRID : Math.round(value);
}

/** Places a node at an absolute point: inside the site under its centre (relative position) or free. */
export function placeAt(design: DesignDoc, topLeft: Point): { siteId?: string; position: Point } {
  const centre = { x: topLeft.x + NODE_SIZE.width / 2, y: topLeft.y + NODE_SIZE.height / 2 };
  const site = siteAt(design, centre);
  if (!site) return { position: { x: Math.round(topLeft.x), y: Math.round(topLeft.y) } };
  const r = siteRect(site);
  return { siteId: site.id, position: { x: Math.round(topLeft.x - r.x), y: Math.round(topLeft.y - r.y) } };
}

/** A short, readable, unused id: OT1, OT2, … */
export function freshId(prefix: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const id = `${prefix}${n}`;
    if (!taken.has(id)) return id;
  }
}

export function takenIds(design: DesignDoc): Set<string> {
  return new Set([
    ...design.sites.map((s) => s.id),
    ...design.nodes.map((n) => n.id),
    ...design.links.map((l) => l.id),
    ...design.relations.map((r) => r.id),
    ...design.clusters.map((c) => c.id),
  ]);
}

const PREFIXES: Record<string, string> = {
  ontimeServer: 'OT',
  mailServer: 'MS',
  loadBalancer: 'LB',
  clients: 'CL',
  dominoServer: 'DOM',
  webOnlyServer: 'WEB',
  otd: 'OTD',
};

/** The id prefix of a kind: a known short form, else the capitals of its camelCase name. */
export function idPrefix(kind: string): string {
  return PREFIXES[kind] ?? (kind[0]! + kind.slice(1).replace(/[^A-Z]/g, '')).toUpperCase();
}
