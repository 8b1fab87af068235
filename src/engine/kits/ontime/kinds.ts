import type { ClusterKindSpec, NodeKindSpec, RelationKindSpec } from '../kit';
import { RELIABILITY } from '../reliability';
import { CLIENT_PARAMS, DOMINO_PARAMS, LOAD_BALANCER_PARAMS, MAIL_SERVER_PARAMS, ONTIME_SERVER_PARAMS } from './params';

/** Node kinds of the OnTime / Domino kit (DOMAIN.md §1). */
export const K = {
  /** Domino server dedicated to OnTime: the OnTime task + a ConfigDB replica + REST. */
  ontime: 'ontimeServer',
  /** Domino server that holds mail DBs AND runs OnTime (layout P1, co-located). */
  domino: 'dominoServer',
  /** Domino mail server holding users' mail DBs (no OnTime). */
  mail: 'mailServer',
  /** WebOnlyServer / External Server: REST only, no task, no ConfigDB (OT-3). */
  webOnly: 'webOnlyServer',
  lb: 'loadBalancer',
  clients: 'clients',
} as const;

/** Processes: every Domino server runs "domino" (server + HTTP + mail DBs); task servers also run "ontime". */
export const PROC = { domino: 'domino', task: 'ontime', http: 'http' } as const;

/** Kinds that run the OnTime task and hold a ConfigDB replica. */
export const TASK_KINDS: ReadonlySet<string> = new Set([K.ontime, K.domino]);
/** Kinds that hold users' mail DBs. */
export const MAIL_KINDS: ReadonlySet<string> = new Set([K.mail, K.domino]);
/** Kinds that answer OnTime REST requests (OT-1, OT-3). */
export const REST_KINDS: ReadonlySet<string> = new Set([K.ontime, K.domino, K.webOnly]);
/** Every kind that is a Domino server. */
export const DOMINO_KINDS: ReadonlySet<string> = new Set([K.ontime, K.domino, K.mail, K.webOnly]);

const dominoParams = Object.values(DOMINO_PARAMS);
const taskParams = Object.values(ONTIME_SERVER_PARAMS);
const mailParams = Object.values(MAIL_SERVER_PARAMS);

export const ONTIME_NODE_KINDS: readonly NodeKindSpec[] = [
  { kind: K.lb, group: 'network', params: [...Object.values(LOAD_BALANCER_PARAMS), ...RELIABILITY.appliance], processes: [PROC.http] },
  { kind: K.clients, group: 'network', params: Object.values(CLIENT_PARAMS), processes: [] },
  { kind: K.ontime, group: 'ontime', params: [...taskParams, ...dominoParams, ...RELIABILITY.server], processes: [PROC.domino, PROC.task] },
  { kind: K.domino, group: 'ontime', params: [...taskParams, ...mailParams, ...dominoParams, ...RELIABILITY.server], processes: [PROC.domino, PROC.task] },
  { kind: K.mail, group: 'ontime', params: [...mailParams, ...dominoParams, ...RELIABILITY.server], processes: [PROC.domino] },
  { kind: K.webOnly, group: 'ontime', params: [...dominoParams, ...RELIABILITY.server], processes: [PROC.domino] },
];

const REST_TARGETS = [K.ontime, K.domino, K.webOnly];

export const ONTIME_RELATION_KINDS: readonly RelationKindSpec[] = [
  /** The load balancer forwards REST requests to these servers (OT-1). */
  { kind: 'routes', from: [K.lb], to: REST_TARGETS },
  /** The OnTime server syncs this mail server (its ServerSetting lists it): one watcher per mail server (OT-10). */
  { kind: 'watches', from: [K.ontime, K.domino], to: [K.mail, K.domino], maxIncoming: 1, ref: 'OT-10' },
  /** The REST URL the clients use (ClientDB field of the ServerSetting): the LB's, or one server's (OT-2). */
  { kind: 'restUrl', from: [K.clients], to: [K.lb, ...REST_TARGETS] },
];

/**
 * Cluster kinds: an OnTime cluster of the servers that run the task (named freely, OT-4) and a Domino mail cluster
 * (OT-6) of Domino servers (its mail DB replicas are on those that hold mail; any Domino server may be a member).
 */
export const ONTIME_CLUSTER_KINDS: readonly ClusterKindSpec[] = [
  // Two dedicated OnTime servers that take over each other's Sync (OT-4).
  { kind: 'ontime', members: [...TASK_KINDS], ref: 'OT-4', starter: [K.ontime, K.ontime] },
  // Two mail servers: with the default replicaCount of 1 each holds the replica of the other's mail DBs (OT-6).
  { kind: 'mail', members: [...DOMINO_KINDS], ref: 'OT-6', starter: [K.mail, K.mail] },
];
