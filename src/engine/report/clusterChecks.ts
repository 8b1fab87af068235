import type { DesignDoc } from '../design/schema';
import type { DesignFinding } from '../kits/kit';
import { CLUSTER_KINDS } from '../kits/registry';

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
