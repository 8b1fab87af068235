import type { DesignDoc } from '../../../engine';
import { freshId, takenIds } from './geometry';

/** Groups nodes into a new cluster of a kind (e.g. "mail", "ontime"); a node leaves any other cluster of that kind. */
export function createCluster(design: DesignDoc, members: readonly string[], kind: string, name: string): { design: DesignDoc; id: string } {
  const id = freshId(`${kind}-cluster-`, takenIds(design));
  const set = new Set(members);
  const clusters = design.clusters
    .map((c) => (c.kind === kind ? { ...c, members: c.members.filter((m) => !set.has(m)) } : c))
    .filter((c) => c.members.length > 0);
  return { design: { ...design, clusters: [...clusters, { id, kind, name, members: [...members] }] }, id };
}

export function leaveCluster(design: DesignDoc, clusterId: string, members: ReadonlySet<string>): DesignDoc {
  return {
    ...design,
    clusters: design.clusters
      .map((c) => (c.id === clusterId ? { ...c, members: c.members.filter((m) => !members.has(m)) } : c))
      .filter((c) => c.members.length > 0),
  };
}

