import type { DesignCluster, DesignDoc, DesignNode, DesignRelation, DesignSite } from '../../../engine';
import { freshId, idPrefix, takenIds } from './geometry';

/** What copy puts aside: the selected sites (with their servers), nodes, and the relations among them. */
export interface Clip {
  sites: DesignSite[];
  nodes: DesignNode[];
  relations: DesignRelation[];
  clusters: DesignCluster[];
}

export function copyItems(design: DesignDoc, ids: ReadonlySet<string>): Clip {
  const sites = design.sites.filter((s) => ids.has(s.id));
  const siteIds = new Set(sites.map((s) => s.id));
  const nodes = design.nodes.filter((n) => ids.has(n.id) || (n.siteId !== undefined && siteIds.has(n.siteId)));
  const nodeIds = new Set(nodes.map((n) => n.id));
  const relations = design.relations.filter((r) => nodeIds.has(r.from) && nodeIds.has(r.to));
  const clusters = design.clusters
    .map((c) => ({ ...c, members: c.members.filter((m) => nodeIds.has(m)) }))
    .filter((c) => c.members.length > 0);
  return { sites, nodes, relations, clusters };
}

export function isEmptyClip(clip: Clip): boolean {
  return clip.sites.length === 0 && clip.nodes.length === 0;
}

/**
 * Pastes a clip with fresh ids, shifted by `offset`. Relations keep their kinds but never break a limit of the
 * registry (a pasted copy of "OT1 watches MS1" connects the copies, not the originals). Pasted copies of clusters
 * become new clusters of the copied members.
 */
export function pasteClip(design: DesignDoc, clip: Clip, offset: number): { design: DesignDoc; ids: string[] } {
  const taken = takenIds(design);
  const map = new Map<string, string>();
  const fresh = (prefix: string, old: string) => {
    const id = freshId(prefix, taken);
    taken.add(id);
    map.set(old, id);
    return id;
  };
  const sites = clip.sites.map((s) => {
    const id = fresh('dc', s.id);
    const p = s.position ?? { x: 0, y: 0 };
    return { ...s, id, name: `${s.name} (2)`, position: { x: p.x + offset, y: p.y + offset } };
  });
  const nodes = clip.nodes.map((n) => {
    const id = fresh(idPrefix(n.kind), n.id);
    const newSite = n.siteId !== undefined ? map.get(n.siteId) : undefined;
    // A node pasted without its site stays in the original site, shifted; one pasted with its site keeps its place in it.
    const position = newSite ? n.position : { x: n.position.x + offset, y: n.position.y + offset };
    const siteId = newSite ?? (n.siteId !== undefined && design.sites.some((s) => s.id === n.siteId) ? n.siteId : undefined);
    const { siteId: _old, ...rest } = n;
    return { ...rest, id, name: id, position, ...(siteId ? { siteId } : {}) };
  });
  const relations = clip.relations.map((r) => ({ ...r, id: fresh(`${r.kind}-`, r.id), from: map.get(r.from)!, to: map.get(r.to)! }));
  const clusters = clip.clusters.map((c) => ({ ...c, id: fresh('cluster', c.id), name: `${c.name} (2)`, members: c.members.map((m) => map.get(m)!) }));
  return {
    design: {
      ...design,
      sites: [...design.sites, ...sites],
      nodes: [...design.nodes, ...nodes],
      relations: [...design.relations, ...relations],
      clusters: [...design.clusters, ...clusters],
    },
    ids: [...sites.map((s) => s.id), ...nodes.filter((n) => !clip.sites.some((s) => map.get(s.id) === n.siteId)).map((n) => n.id)],
  };
}
