import { CLUSTER_KINDS, type DesignDoc } from '../../../engine';
import { addNode } from './edits';
import { freshId, NODE_SIZE, takenIds, type Point } from './geometry';

/** Space between the members of a new cluster: a grid multiple once added to a node's width, so snapping keeps it. */
const MEMBER_GAP = 50;

/** The cluster kinds the palette offers: those whose kit says what a new one starts with (ClusterKindSpec.starter). */
export function paletteClusterKinds(): string[] {
  return [...CLUSTER_KINDS.values()].filter((c) => (c.starter?.length ?? 0) > 0).map((c) => c.kind);
}

/**
 * Adds a cluster of `kind` with its starter members (two mail servers, two OnTime servers, two managed servers…) in
 * a row from `topLeft`; each member lands in the site under its centre, like a server dropped there. One edit, so
 * one undo step. `name(n)` names the n-th cluster of the kind.
 */
export function addCluster(design: DesignDoc, kind: string, topLeft: Point, name: (n: number) => string): { design: DesignDoc; id: string; members: string[] } {
  const spec = CLUSTER_KINDS.get(kind);
  if (!spec?.starter?.length) return { design, id: '', members: [] };
  let next = design;
  const members = spec.starter.map((memberKind, i) => {
    const added = addNode(next, memberKind, { x: topLeft.x + i * (NODE_SIZE.width + MEMBER_GAP), y: topLeft.y });
    next = added.design;
    return added.id;
  });
  const id = freshId(`${kind}-cluster-`, takenIds(next));
  const names = new Set(next.clusters.map((c) => c.name));
  let n = next.clusters.filter((c) => c.kind === kind).length + 1;
  while (names.has(name(n))) n++;
  return { design: { ...next, clusters: [...next.clusters, { id, kind, name: name(n), members }] }, id, members };
}
