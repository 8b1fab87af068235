import type { DesignDoc, DesignLink, DesignNode } from '../../../engine';
import { pruneStories } from '../../../stories/edits';
import { absolutePosition, DEFAULT_SITE_SIZE, freshId, idPrefix, placeAt, siteRect, snap, takenIds, type Point, type Rect } from './geometry';

/**
 * Pure edits of a design document: each takes a document and returns a new one (never mutates), so the store can
 * keep every version for undo and React Flow sees new objects.
 */

export function addSite(design: DesignDoc, at: Point, name: (n: number) => string): { design: DesignDoc; id: string } {
  const id = freshId('dc', takenIds(design));
  const n = Number(id.slice(2));
  const site = { id, name: name(n), position: { x: Math.round(at.x), y: Math.round(at.y) }, size: { ...DEFAULT_SITE_SIZE } };
  return { design: { ...design, sites: [...design.sites, site] }, id };
}

export function addNode(design: DesignDoc, kind: string, topLeft: Point): { design: DesignDoc; id: string } {
  const id = freshId(idPrefix(kind), takenIds(design));
  const node: DesignNode = { id, kind, name: id, ...placeAt(design, topLeft), params: {} };
  return { design: { ...design, nodes: [...design.nodes, node] }, id };
}

/** Moves nodes to absolute positions; each lands in the site under its centre (or none): drag between sites. */
export function moveNodes(design: DesignDoc, moves: ReadonlyArray<{ id: string; to: Point }>): DesignDoc {
  const byId = new Map(moves.map((m) => [m.id, m.to]));
  return {
    ...design,
    nodes: design.nodes.map((n) => {
      const to = byId.get(n.id);
      if (!to) return n;
      const { siteId, position } = placeAt(design, to);
      const { siteId: _old, ...rest } = n;
      return siteId ? { ...rest, siteId, position } : { ...rest, position };
    }),
  };
}

export function moveSites(design: DesignDoc, moves: ReadonlyArray<{ id: string; to: Point }>): DesignDoc {
  const byId = new Map(moves.map((m) => [m.id, m.to]));
  return {
    ...design,
    sites: design.sites.map((s) => {
      const to = byId.get(s.id);
      return to ? { ...s, position: { x: Math.round(to.x), y: Math.round(to.y) } } : s;
    }),
  };
}

/** Resizes a site; when its top-left corner moves, its servers keep their place on the canvas. */
export function resizeSite(design: DesignDoc, id: string, rect: Rect): DesignDoc {
  const site = design.sites.find((s) => s.id === id);
  if (!site) return design;
  const old = siteRect(site);
  const dx = Math.round(rect.x - old.x);
  const dy = Math.round(rect.y - old.y);
  return {
    ...design,
    sites: design.sites.map((s) =>
      s.id === id ? { ...s, position: { x: old.x + dx, y: old.y + dy }, size: { width: Math.round(rect.width), height: Math.round(rect.height) } } : s,
    ),
    nodes: design.nodes.map((n) => (n.siteId === id && (dx || dy) ? { ...n, position: { x: n.position.x - dx, y: n.position.y - dy } } : n)),
  };
}

/**
 * Deletes sites, nodes, relations and links. A deleted site takes its servers with it (as in every diagram tool's
 * containers); whatever pointed at a deleted thing goes too, so the document always stays valid.
 */
export function removeItems(design: DesignDoc, ids: ReadonlySet<string>): DesignDoc {
  const goneSites = new Set(design.sites.filter((s) => ids.has(s.id)).map((s) => s.id));
  const goneNodes = new Set(design.nodes.filter((n) => ids.has(n.id) || (n.siteId && goneSites.has(n.siteId))).map((n) => n.id));
  const clusters = design.clusters
    .map((c) => ({ ...c, members: c.members.filter((m) => !goneNodes.has(m)) }))
    .filter((c) => c.members.length > 0 && !ids.has(c.id));
  return pruneStories({
    ...design,
    sites: design.sites.filter((s) => !goneSites.has(s.id)),
    nodes: design.nodes.filter((n) => !goneNodes.has(n.id)),
    links: design.links.filter((l) => !ids.has(l.id) && !goneSites.has(l.a) && !goneSites.has(l.b)),
    relations: design.relations.filter((r) => !ids.has(r.id) && !goneNodes.has(r.from) && !goneNodes.has(r.to)),
    clusters,
  });
}

export interface NodePatch {
  name?: string;
  params?: Record<string, number>;
}

export function patchNodes(design: DesignDoc, ids: ReadonlySet<string>, patch: NodePatch): DesignDoc {
  return {
    ...design,
    nodes: design.nodes.map((n) =>
      ids.has(n.id) ? { ...n, ...(patch.name !== undefined ? { name: patch.name } : {}), params: { ...n.params, ...patch.params } } : n,
    ),
  };
}

/** Removes a parameter override, so the node uses the kind's default again. */
export function resetParam(design: DesignDoc, ids: ReadonlySet<string>, key: string): DesignDoc {
  return {
    ...design,
    nodes: design.nodes.map((n) => {
      if (!ids.has(n.id) || !(key in n.params)) return n;
      const { [key]: _gone, ...params } = n.params;
      return { ...n, params };
    }),
  };
}

export function renameSite(design: DesignDoc, id: string, name: string): DesignDoc {
  return { ...design, sites: design.sites.map((s) => (s.id === id ? { ...s, name } : s)) };
}

export function patchLink(design: DesignDoc, id: string, patch: Partial<Pick<DesignLink, 'rttMs' | 'jitterMs'>>): DesignDoc {
  return { ...design, links: design.links.map((l) => (l.id === id ? { ...l, ...patch } : l)) };
}

export function renameDesign(design: DesignDoc, name: string): DesignDoc {
  return { ...design, name };
}

/**
 * Puts the listed sites (with the servers in them) and servers on the grid by their top-left corner on the canvas.
 * Sites go first, so a server in a site that moved lands on the grid too (its stored position stays relative).
 */
export function snapItems(design: DesignDoc, ids: ReadonlySet<string>): DesignDoc {
  const onGrid = (p: Point): Point => ({ x: snap(p.x, true), y: snap(p.y, true) });
  const sites = design.sites.map((site) => (ids.has(site.id) ? { ...site, position: onGrid(siteRect(site)) } : site));
  const withSites = { ...design, sites };
  const nodes = design.nodes.map((n) => {
    if (!ids.has(n.id) && !(n.siteId !== undefined && ids.has(n.siteId))) return n;
    const at = onGrid(absolutePosition(withSites, n));
    const site = n.siteId ? sites.find((x) => x.id === n.siteId) : undefined;
    const origin = site ? siteRect(site) : { x: 0, y: 0 };
    return { ...n, position: { x: at.x - origin.x, y: at.y - origin.y } };
  });
  return { ...withSites, nodes };
}
