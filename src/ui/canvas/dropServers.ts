import i18n from 'i18next';
import { CLUSTER_KINDS, type DesignDoc } from '../../engine';
import { edit } from '../editor/actions';
import { toast } from '../../state/editorView';
import type { DropOutcome, MemberMove } from '../editor/model/clusterDrop';
import { dropIntoClusters } from '../editor/model/clusterDrop';
import { moveNodes, moveSites } from '../editor/model/edits';
import type { Point } from '../editor/model/geometry';
import { clusterKindLabel, kindLabel } from '../palette/kinds';
import { clusterFrames } from './clusterFrames';

/**
 * Commits moved sites and servers as one undo step: servers land in the site under their centre, and join or leave
 * clusters by where they were dropped (inside a cluster's frame or out of it). Then says what changed, and why a
 * cluster refused a server.
 */
export function commitDrop(sites: ReadonlyArray<{ id: string; to: Point }>, servers: ReadonlyArray<{ id: string; to: Point }>): void {
  let outcome: DropOutcome | undefined;
  let before: DesignDoc | undefined;
  edit((d) => {
    before = d;
    outcome = dropIntoClusters(moveNodes(moveSites(d, sites), servers), clusterFrames(d), { servers: servers.map((s) => s.id), sites: sites.map((s) => s.id), before: d });
    return outcome.design;
  });
  if (outcome && before) announceDrop(outcome, before);
}

function byCluster(moves: readonly MemberMove[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of moves) out.set(m.cluster, [...(out.get(m.cluster) ?? []), m.node]);
  return out;
}

/** Toasts what the drop changed; cluster names come from before the drop (a cluster its last member left is gone). */
export function announceDrop({ design, joined, left, refused }: DropOutcome, previous: DesignDoc): void {
  const t = i18n.t.bind(i18n);
  const clusterName = (id: string) => previous.clusters.find((c) => c.id === id)?.name ?? id;
  const nodeName = (id: string) => design.nodes.find((n) => n.id === id)?.name ?? id;
  const names = (ids: readonly string[]) => ids.map(nodeName).join(', ');
  for (const [cluster, nodes] of byCluster(joined)) toast({ key: 'editor.clusterDrop.joined', params: { nodes: names(nodes), cluster: clusterName(cluster) }, tone: 'info' });
  for (const [cluster, nodes] of byCluster(left)) toast({ key: 'editor.clusterDrop.left', params: { nodes: names(nodes), cluster: clusterName(cluster) }, tone: 'info' });
  for (const r of refused) {
    const cluster = design.clusters.find((c) => c.id === r.cluster);
    const node = design.nodes.find((n) => n.id === r.node);
    if (!cluster || !node) continue;
    const takes = (CLUSTER_KINDS.get(cluster.kind)?.members ?? []).map((k) => kindLabel(t, k)).join(', ');
    const params = { node: node.name, nodeKind: kindLabel(t, node.kind), cluster: cluster.name, clusterKind: clusterKindLabel(t, cluster.kind), takes };
    toast({ key: 'editor.clusterDrop.refused', params, tone: 'error' });
  }
}
