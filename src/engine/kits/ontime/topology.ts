import type { DesignDoc } from '../../design/schema';
import { K, MAIL_KINDS, REST_KINDS, TASK_KINDS } from './kinds';

const ONTIME_KINDS: ReadonlySet<string> = new Set(Object.values(K));

/**
 * What the OnTime kit reads from a design, resolved once: who runs the task, who holds mail DBs, who watches
 * which mail server, the clusters, the load balancers and the clients' REST URLs. Pure data, shared by the
 * runtime and the design checks.
 */
export interface OnTimeTopology {
  /** Servers running the OnTime task (dedicated or co-located), in design order. */
  taskServers: string[];
  /** Servers holding users' mail DBs, in design order. */
  mailServers: string[];
  /** Servers answering REST: task servers and WebOnly servers (OT-3). */
  restServers: string[];
  loadBalancers: string[];
  clients: string[];
  /** Mail server → the OnTime server whose ServerSetting lists it (the first watcher; OT-10 forbids more). */
  owner: Map<string, string>;
  /** Mail server → every OnTime server that watches it (more than one is the OT-10 error). */
  watchers: Map<string, string[]>;
  /** OnTime clusters with their task-server members, in cluster order. */
  ontimeClusters: Array<{ id: string; name: string; members: string[] }>;
  /** Domino mail clusters with their mail-server members, in cluster order. */
  mailClusters: Array<{ id: string; name: string; members: string[] }>;
  /** Load balancer → the REST servers it routes to. */
  routes: Map<string, string[]>;
  /** Clients → the node their REST URL names (a load balancer or one server), if any. */
  restUrl: Map<string, string>;
  kindOf: Map<string, string>;
  /**
   * OnTime node → its system: the OnTime nodes joined by relations and clusters. One design may hold several
   * independent OnTime installations (the benchmark replicates templates): each has its own users, mail DBs and
   * ConfigDB, and a request answered by a server of one never touches another's.
   */
  systemOf: Map<string, OnTimeSystem>;
}

/** One independent OnTime installation of a design (see OnTimeTopology.systemOf). */
export interface OnTimeSystem {
  /** Its task servers (ConfigDB replicas) and mail servers, in design order (see readSystems for a part with none). */
  taskServers: string[];
  mailServers: string[];
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key) ?? [];
  list.push(value);
  map.set(key, list);
}

export function readTopology(design: DesignDoc): OnTimeTopology {
  const kindOf = new Map(design.nodes.map((n) => [n.id, n.kind] as const));
  const ofKind = (pred: (kind: string) => boolean) => design.nodes.filter((n) => pred(n.kind)).map((n) => n.id);
  const watchers = new Map<string, string[]>();
  const routes = new Map<string, string[]>();
  const restUrl = new Map<string, string>();
  for (const rel of design.relations) {
    const from = kindOf.get(rel.from) ?? '';
    const to = kindOf.get(rel.to) ?? '';
    if (rel.kind === 'watches' && TASK_KINDS.has(from) && MAIL_KINDS.has(to)) push(watchers, rel.to, rel.from);
    if (rel.kind === 'routes' && from === K.lb && REST_KINDS.has(to)) push(routes, rel.from, rel.to);
    if (rel.kind === 'restUrl' && from === K.clients && !restUrl.has(rel.from)) restUrl.set(rel.from, rel.to);
  }
  // P1: a co-located server syncs its own local mail DBs unless the design names another watcher.
  for (const node of design.nodes) {
    if (node.kind === K.domino && !watchers.has(node.id)) watchers.set(node.id, [node.id]);
  }
  const owner = new Map<string, string>();
  for (const mail of ofKind((k) => MAIL_KINDS.has(k))) {
    const first = watchers.get(mail)?.[0];
    if (first !== undefined) owner.set(mail, first);
  }
  const clusters = (kind: string, member: (k: string) => boolean) =>
    design.clusters
      .filter((c) => c.kind === kind)
      .map((c) => ({ id: c.id, name: c.name, members: c.members.filter((m) => member(kindOf.get(m) ?? '')) }));
  return {
    taskServers: ofKind((k) => TASK_KINDS.has(k)),
    mailServers: ofKind((k) => MAIL_KINDS.has(k)),
    restServers: ofKind((k) => REST_KINDS.has(k)),
    loadBalancers: ofKind((k) => k === K.lb),
    clients: ofKind((k) => k === K.clients),
    owner,
    watchers,
    ontimeClusters: clusters('ontime', (k) => TASK_KINDS.has(k)),
    mailClusters: clusters('mail', (k) => MAIL_KINDS.has(k)),
    routes,
    restUrl,
    kindOf,
    systemOf: readSystems(design, kindOf),
  };
}

/** Connected components of the OnTime nodes over relations and clusters (a union–find by node index). */
function readSystems(design: DesignDoc, kindOf: ReadonlyMap<string, string>): Map<string, OnTimeSystem> {
  const ids = design.nodes.filter((n) => ONTIME_KINDS.has(n.kind)).map((n) => n.id);
  const index = new Map(ids.map((id, i) => [id, i] as const));
  const parent = ids.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const join = (a: string, b: string) => {
    const ia = index.get(a);
    const ib = index.get(b);
    if (ia !== undefined && ib !== undefined) parent[find(ia)] = find(ib);
  };
  for (const rel of design.relations) join(rel.from, rel.to);
  for (const c of design.clusters) for (const m of c.members) join(c.members[0]!, m);
  const byRoot = new Map<number, OnTimeSystem>();
  const systemOf = new Map<string, OnTimeSystem>();
  ids.forEach((id, i) => {
    const root = find(i);
    let system = byRoot.get(root);
    if (!system) byRoot.set(root, (system = { taskServers: [], mailServers: [] }));
    const kind = kindOf.get(id) ?? '';
    if (TASK_KINDS.has(kind)) system.taskServers.push(id);
    if (MAIL_KINDS.has(kind)) system.mailServers.push(id);
    systemOf.set(id, system);
  });
  // A part that names no task (or no mail) server of its own, e.g. a WebOnly server drawn without links to the
  // OnTime servers, is not a system apart: it uses the design's (as when the design is one system).
  const all = (kinds: ReadonlySet<string>) => ids.filter((id) => kinds.has(kindOf.get(id) ?? ''));
  for (const system of byRoot.values()) {
    if (system.taskServers.length === 0) system.taskServers = all(TASK_KINDS);
    if (system.mailServers.length === 0) system.mailServers = all(MAIL_KINDS);
  }
  return systemOf;
}

/** The system of an OnTime node (a node outside every system, e.g. a foreign kind, gets an empty one). */
export function systemOf(topo: OnTimeTopology, nodeId: string): OnTimeSystem {
  return topo.systemOf.get(nodeId) ?? NO_SYSTEM;
}

const NO_SYSTEM: OnTimeSystem = { taskServers: [], mailServers: [] };

/** The mail cluster a mail server belongs to (the first one listing it), if any. */
export function mailClusterOf(topo: OnTimeTopology, mail: string): { id: string; members: string[] } | undefined {
  return topo.mailClusters.find((c) => c.members.includes(mail));
}

/**
 * Cluster mates holding a replica of `mail`'s mail DBs: the next `replicaCount` members after it, in cluster
 * order (wrapping), as a Domino administrator would place them.
 */
export function replicaHolders(topo: OnTimeTopology, mail: string, replicaCount: number): string[] {
  const cluster = mailClusterOf(topo, mail);
  if (!cluster) return [];
  const i = cluster.members.indexOf(mail);
  const mates = [...cluster.members.slice(i + 1), ...cluster.members.slice(0, i)];
  return mates.slice(0, Math.max(0, replicaCount));
}
