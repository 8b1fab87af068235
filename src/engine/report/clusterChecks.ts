import type { DesignDoc } from '../design/schema';
import type { DesignFinding } from '../kits/kit';
import { CLUSTER_KINDS } from '../kits/catalog';

/**
 * Members a cluster's kind does not take (an Oracle Traffic Director in an OnTime cluster, the Admin Server in a
 * WebLogic cluster): the simulation leaves them out of that cluster, so the canvas would promise a takeover, a
 * replication partner or a quorum that never happens. Said once per cluster, naming every such member.
 */
export function clusterMemberFindings(design: DesignDoc): DesignFinding[] {
  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  const out: DesignFinding[] = [];
  for (const cluster of design.clusters) {
    const spec = CLUSTER_KINDS.get(cluster.kind);
    if (!spec) continue; // an unknown kind is a validation error, not a design check
    const ignored = cluster.members.filter((m) => {
      const node = byId.get(m);
      return node !== undefined && !spec.members.includes(node.kind);
    });
    if (ignored.length === 0) continue;
    const names = ignored.map((m) => byId.get(m)?.name ?? m).join(', ');
    out.push({ checkId: 'cluster.memberIgnored', severity: 'warning', ref: spec.ref, nodes: ignored, messageKey: 'check.cluster.memberIgnored.message', fixKey: 'check.cluster.memberIgnored.fix', params: { cluster: cluster.name, nodes: names } });
  }
  return out;
}

/**
 * A node in two clusters of the same kind: each cluster runs its own membership and takeover, so two members could
 * take over the same work, or one declare the other dead, with no fault (issue 19). Said once per node and kind.
 */
export function clusterOverlapFindings(design: DesignDoc): DesignFinding[] {
  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  const clustersOf = new Map<string, string[]>();
  for (const cluster of design.clusters) {
    for (const member of new Set(cluster.members)) {
      const key = `${cluster.kind}\u0000${member}`;
      clustersOf.set(key, [...(clustersOf.get(key) ?? []), cluster.name]);
    }
  }
  const out: DesignFinding[] = [];
  for (const [key, names] of clustersOf) {
    if (names.length < 2) continue;
    const [kind, member] = key.split('\u0000') as [string, string];
    const spec = CLUSTER_KINDS.get(kind);
    if (!spec) continue;
    const params = { node: byId.get(member)?.name ?? member, clusters: names.join(', ') };
    out.push({ checkId: 'cluster.memberTwice', severity: 'warning', ref: spec.ref, nodes: [member], messageKey: 'check.cluster.memberTwice.message', fixKey: 'check.cluster.memberTwice.fix', params });
  }
  return out;
}
