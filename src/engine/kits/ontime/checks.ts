import type { DesignDoc } from '../../design/schema';
import type { DesignFinding, Severity } from '../kit';
import { K, MAIL_KINDS } from './kinds';
import { MAIL_SERVER_PARAMS as M, ONTIME_SERVER_PARAMS as P } from './params';
import { readTopology, type OnTimeTopology } from './topology';

/** Domino clusters are supported with 2 to 6 servers (vendor, historic limit). */
export const MAX_MAIL_CLUSTER_SIZE = 6;

type Names = (id: string) => string;

function finding(checkId: string, severity: Severity, ref: string, nodes: string[], params: Record<string, string | number> = {}): DesignFinding {
  return { checkId, severity, ref, nodes, messageKey: `check.${checkId}.message`, fixKey: `check.${checkId}.fix`, params };
}

function num(design: DesignDoc, nodeId: string, spec: { key: string; default: number }): number {
  const value = design.nodes.find((n) => n.id === nodeId)?.params[spec.key];
  return typeof value === 'number' ? value : spec.default;
}

/** The design mistakes DOMAIN.md §1 warns about, each with the behaviour it comes from and a one-line fix. */
export function checkOnTimeDesign(design: DesignDoc): DesignFinding[] {
  const topo = readTopology(design);
  const names = new Map(design.nodes.map((n) => [n.id, n.name] as const));
  const name: Names = (id) => names.get(id) ?? id;
  return [
    ...restChecks(design, topo, name),
    ...watchChecks(design, topo, name),
    ...takeoverChecks(topo, name),
    ...mailClusterChecks(design, topo, name),
    ...topo.taskServers
      .filter((s) => num(design, s, P.apiWebDbClustered) === 1)
      .map((s) => finding('ontime.clusteredApiWebDb', 'error', 'OT-12', [s], { server: name(s) })),
  ];
}

/**
 * OT-1 / OT-2: clients should reach OnTime through a load balancer that routes to more than one server. The REST
 * URL is one field of the ServerSetting: a second one drawn from the same clients is not used (the first is).
 */
function restChecks(design: DesignDoc, topo: OnTimeTopology, name: Names): DesignFinding[] {
  const out: DesignFinding[] = [];
  for (const clients of topo.clients) {
    const url = topo.restUrl.get(clients);
    const urls = design.relations.filter((r) => r.kind === 'restUrl' && r.from === clients).map((r) => r.to);
    if (url !== undefined && urls.length > 1) {
      const others = urls.filter((u) => u !== url);
      out.push(finding('ontime.twoRestUrls', 'warning', 'OT-2', [clients, url, ...others], { clients: name(clients), server: name(url), others: others.map(name).join(', ') }));
    }
    if (url === undefined) out.push(finding('ontime.noRestUrl', 'error', 'OT-2', [clients], { clients: name(clients) }));
    else if (topo.kindOf.get(url) !== K.lb) out.push(finding('ontime.noLoadBalancer', 'warning', 'OT-2', [clients, url], { clients: name(clients), server: name(url) }));
  }
  for (const lb of topo.loadBalancers) {
    const targets = topo.routes.get(lb) ?? [];
    if (targets.length < 2) out.push(finding('ontime.lbSingleTarget', targets.length === 0 ? 'error' : 'warning', 'OT-1', [lb, ...targets], { lb: name(lb), count: targets.length }));
  }
  return out;
}

/** OT-10 and OT-9: exactly one watcher per mail server, preferably in the same site. */
function watchChecks(design: DesignDoc, topo: OnTimeTopology, name: Names): DesignFinding[] {
  const out: DesignFinding[] = [];
  const siteOf = new Map(design.nodes.map((n) => [n.id, n.siteId ?? ''] as const));
  for (const mail of topo.mailServers) {
    const watchers = topo.watchers.get(mail) ?? [];
    if (watchers.length > 1) out.push(finding('ontime.mailWatchedTwice', 'error', 'OT-10', [mail, ...watchers], { mail: name(mail), servers: watchers.map(name).join(', ') }));
    if (watchers.length === 0) out.push(finding('ontime.mailNotWatched', 'warning', 'OT-10', [mail], { mail: name(mail) }));
    const owner = topo.owner.get(mail);
    if (owner !== undefined && siteOf.get(owner) !== siteOf.get(mail)) {
      const link = design.links.find((l) => (l.a === siteOf.get(owner) && l.b === siteOf.get(mail)) || (l.b === siteOf.get(owner) && l.a === siteOf.get(mail)));
      out.push(finding('ontime.crossSiteSync', 'warning', 'OT-9', [owner, mail], { mail: name(mail), server: name(owner), rttMs: link?.rttMs ?? 0 }));
    }
  }
  return out;
}

/** OT-4: a takeover needs a second live member in the same OnTime cluster. */
function takeoverChecks(topo: OnTimeTopology, name: Names): DesignFinding[] {
  const out: DesignFinding[] = [];
  for (const cluster of topo.ontimeClusters) {
    if (cluster.members.length < 2) out.push(finding('ontime.clusterOfOne', 'warning', 'OT-4', cluster.members, { cluster: cluster.name }));
  }
  const clustered = new Set(topo.ontimeClusters.filter((c) => c.members.length >= 2).flatMap((c) => c.members));
  for (const server of topo.taskServers) {
    if (!clustered.has(server)) out.push(finding('ontime.noTakeover', 'warning', 'OT-4', [server], { server: name(server) }));
  }
  return out;
}

/** OT-6 and layout P2: mail clusters of a supported size, replicas to fail over to, one syncer per cluster. */
function mailClusterChecks(design: DesignDoc, topo: OnTimeTopology, name: Names): DesignFinding[] {
  const out: DesignFinding[] = [];
  for (const cluster of topo.mailClusters) {
    if (cluster.members.length > MAX_MAIL_CLUSTER_SIZE) {
      out.push(finding('ontime.mailClusterTooBig', 'warning', 'OT-6', cluster.members, { cluster: cluster.name, count: cluster.members.length, max: MAX_MAIL_CLUSTER_SIZE }));
    }
    // P2: dedicated OnTime servers share the load per Domino cluster; co-located servers (P1) sync locally by design.
    const separate = cluster.members.filter((m) => topo.kindOf.get(m) === K.mail);
    const owners = [...new Set(separate.map((m) => topo.owner.get(m)).filter((o): o is string => o !== undefined))];
    if (owners.length > 1) out.push(finding('ontime.splitMailCluster', 'warning', 'P2', [...separate, ...owners], { cluster: cluster.name, servers: owners.map(name).join(', ') }));
  }
  const inCluster = new Set(topo.mailClusters.filter((c) => c.members.length >= 2).flatMap((c) => c.members));
  for (const mail of topo.mailServers) {
    const noReplica = !inCluster.has(mail) || num(design, mail, M.replicaCount) === 0;
    if (noReplica && MAIL_KINDS.has(topo.kindOf.get(mail) ?? '')) out.push(finding('ontime.noMailReplica', 'warning', 'OT-6', [mail], { mail: name(mail) }));
  }
  return out;
}
