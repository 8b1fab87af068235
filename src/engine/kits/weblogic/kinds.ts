import type { ClusterKindSpec, NodeKindSpec, RelationKindSpec } from '../kit';
import { RELIABILITY } from '../reliability';
import { ADMIN_PARAMS, COHERENCE_PARAMS, DB_PARAMS, GLB_PARAMS, OTD_PARAMS, SERVER_PARAMS, SITE_GUARD_PARAMS, STORAGE_PARAMS, CHOICES } from './params';

const choicesOf = (kind: string) => CHOICES.filter((c) => c.kind === kind);

/** Process names of the kit (faults stop, start or crash them). */
export const PROC = { wls: 'wls', admin: 'admin', otd: 'otd', glb: 'dns', db: 'db', observer: 'observer', siteGuard: 'siteguard', coherence: 'coherence', storage: 'storage' } as const;

/** Node kinds of the WebLogic MAA kit (DOMAIN.md §2). */
export const WEBLOGIC_NODE_KINDS: readonly NodeKindSpec[] = [
  { kind: 'wlsServer', group: 'weblogic', params: [...Object.values(SERVER_PARAMS), ...RELIABILITY.server], choices: choicesOf('wlsServer'), processes: [PROC.wls] },
  { kind: 'wlsAdmin', group: 'weblogic', params: [...Object.values(ADMIN_PARAMS), ...RELIABILITY.server], choices: choicesOf('wlsAdmin'), processes: [PROC.admin] },
  { kind: 'otd', group: 'network', params: [...Object.values(OTD_PARAMS), ...RELIABILITY.appliance], choices: choicesOf('otd'), processes: [PROC.otd] },
  { kind: 'glb', group: 'network', params: [...Object.values(GLB_PARAMS), ...RELIABILITY.dns], choices: choicesOf('glb'), processes: [PROC.glb] },
  { kind: 'oracleDb', group: 'weblogic', params: [...Object.values(DB_PARAMS), ...RELIABILITY.server], choices: choicesOf('oracleDb'), processes: [PROC.db] },
  { kind: 'dgObserver', group: 'weblogic', params: RELIABILITY.appliance, choices: choicesOf('dgObserver'), processes: [PROC.observer] },
  { kind: 'siteGuard', group: 'weblogic', params: [...Object.values(SITE_GUARD_PARAMS), ...RELIABILITY.appliance], choices: choicesOf('siteGuard'), processes: [PROC.siteGuard] },
  { kind: 'coherence', group: 'weblogic', params: [...Object.values(COHERENCE_PARAMS), ...RELIABILITY.server], choices: choicesOf('coherence'), processes: [PROC.coherence] },
  { kind: 'storage', group: 'weblogic', params: [...Object.values(STORAGE_PARAMS), ...RELIABILITY.storage], choices: choicesOf('storage'), processes: [PROC.storage] },
];

export const WEBLOGIC_RELATION_KINDS: readonly RelationKindSpec[] = [
  /** A global load balancer / DNS name resolves to a site's OTD. */
  { kind: 'resolvesTo', from: ['glb'], to: ['otd'] },
  /** OTD routes requests to a managed server (per site). */
  { kind: 'balances', from: ['otd'], to: ['wlsServer'] },
  /** Data Guard: the primary ships redo to a standby. */
  { kind: 'dataGuard', from: ['oracleDb'], to: ['oracleDb'], maxIncoming: 1 },
  /** Coherence federated caching between the clusters of two sites (asynchronous). */
  { kind: 'federates', from: ['coherence'], to: ['coherence'] },
  /** Disk mirroring / replication from one site's shared storage to another's. */
  { kind: 'mirrors', from: ['storage'], to: ['storage'], maxIncoming: 1 },
  /** Where a server (or the Admin Server) keeps its domain directory and file stores. */
  { kind: 'usesStorage', from: ['wlsServer', 'wlsAdmin'], to: ['storage'] },
];

/** A WebLogic cluster of managed servers (never the Admin Server) and a Coherence cluster of Coherence nodes. */
export const WEBLOGIC_CLUSTER_KINDS: readonly ClusterKindSpec[] = [
  // Two managed servers: the smallest cluster that replicates sessions and migrates services (WL-1).
  { kind: 'wlsCluster', members: ['wlsServer'], ref: 'WL-1', starter: ['wlsServer', 'wlsServer'] },
  { kind: 'coherence', members: ['coherence'], ref: 'WL-12' },
];
