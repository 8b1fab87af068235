import type { ParamSpec } from '../../params';

/**
 * Parameters of the OnTime / Domino kinds, with DOMAIN.md §1 defaults. `source` says where a default comes
 * from (doc = the seed document, vendor = HCL/Oracle documentation, model = our estimate, labelled as such).
 */

/** Every Domino server (OnTime, co-located, mail, WebOnly): the server process itself. */
export const DOMINO_PARAMS = {
  dominoStartMs: { key: 'dominoStartMs', default: 30_000, unit: 'ms', min: 0, max: 600_000, source: 'model' },
  connectTimeoutMs: { key: 'connectTimeoutMs', default: 5000, unit: 'ms', min: 100, max: 120_000, source: 'vendor', ref: 'OT-6', live: true },
} as const satisfies Record<string, ParamSpec>;

/** A server running the OnTime task and holding a ConfigDB replica (OT-4, OT-5, OT-11). */
export const ONTIME_SERVER_PARAMS = {
  takeoverAfterMs: { key: 'takeoverAfterMs', default: 10_000, unit: 'ms', min: 1000, max: 600_000, source: 'doc', ref: 'OT-4' },
  failbackDelayMs: { key: 'failbackDelayMs', default: 10_000, unit: 'ms', min: 0, max: 600_000, source: 'model', ref: 'OT-5', live: true },
  heartbeatIntervalMs: { key: 'heartbeatIntervalMs', default: 1000, unit: 'ms', min: 100, max: 60_000, source: 'model', ref: 'OT-4' },
  syncIntervalMs: { key: 'syncIntervalMs', default: 5000, unit: 'ms', min: 500, max: 600_000, source: 'model', live: true },
  taskStartMs: { key: 'taskStartMs', default: 5000, unit: 'ms', min: 0, max: 600_000, source: 'model' },
  configReplicationMs: { key: 'configReplicationMs', default: 60_000, unit: 'ms', min: 1000, max: 3_600_000, source: 'vendor', ref: 'OT-11', live: true },
  /** Round trips per user and Sync pass: what makes Sync across a slow link expensive (OT-9). */
  syncRoundTripsPerUser: { key: 'syncRoundTripsPerUser', default: 4, unit: 'count', min: 1, max: 100, source: 'model', ref: 'OT-9', live: true },
  syncServiceMsPerUser: { key: 'syncServiceMsPerUser', default: 2, unit: 'ms', min: 0, max: 1000, source: 'model', ref: 'OT-9', live: true },
  syncKBPerUser: { key: 'syncKBPerUser', default: 8, unit: 'kB', min: 0, max: 10_000, source: 'model', ref: 'OT-9', live: true },
  /** OT-12: the API and Web DBs must not be clustered; 1 marks a design that clusters them. */
  apiWebDbClustered: { key: 'apiWebDbClustered', default: 0, unit: 'flag', min: 0, max: 1, source: 'vendor', ref: 'OT-12' },
} as const satisfies Record<string, ParamSpec>;

/** A Domino mail server: its users' mail DBs and how OnTime reaches them (OT-6, OT-7). */
export const MAIL_SERVER_PARAMS = {
  users: { key: 'users', default: 200, unit: 'users', min: 0, max: 100_000, source: 'model', live: true },
  /** Cluster mates (in cluster order) that hold a replica of this server's mail DBs; 0 = none (OT-6 broken). */
  replicaCount: { key: 'replicaCount', default: 1, unit: 'count', min: 0, max: 5, source: 'model', ref: 'OT-6' },
  mailDbAttempts: { key: 'mailDbAttempts', default: 3, unit: 'count', min: 1, max: 20, source: 'model', ref: 'OT-6', live: true },
  mailDbRetryDelayMs: { key: 'mailDbRetryDelayMs', default: 5000, unit: 'ms', min: 0, max: 600_000, source: 'model', ref: 'OT-6', live: true },
  clusterProbeMs: { key: 'clusterProbeMs', default: 60_000, unit: 'ms', min: 1000, max: 3_600_000, source: 'vendor', ref: 'OT-6', live: true },
} as const satisfies Record<string, ParamSpec>;

/** The HTTP load balancer in front of the REST servers (OT-1); Oracle Traffic Director defaults. */
export const LOAD_BALANCER_PARAMS = {
  healthCheckIntervalMs: { key: 'healthCheckIntervalMs', default: 30_000, unit: 'ms', min: 1000, max: 600_000, source: 'vendor', ref: 'OT-1' },
  healthCheckTimeoutMs: { key: 'healthCheckTimeoutMs', default: 5000, unit: 'ms', min: 100, max: 120_000, source: 'vendor', ref: 'OT-1' },
  failuresToMarkDown: { key: 'failuresToMarkDown', default: 3, unit: 'count', min: 1, max: 20, source: 'vendor', ref: 'OT-1' },
  successesToMarkUp: { key: 'successesToMarkUp', default: 1, unit: 'count', min: 1, max: 20, source: 'model', ref: 'OT-1' },
} as const satisfies Record<string, ParamSpec>;

/** A population of OnTime client users sending REST requests to the configured REST URL (OT-1, OT-2). */
export const CLIENT_PARAMS = {
  users: { key: 'users', default: 100, unit: 'users', min: 1, max: 100_000, source: 'model' },
  thinkTimeMs: { key: 'thinkTimeMs', default: 10_000, unit: 'ms', min: 100, max: 600_000, source: 'model' },
  restServiceMs: { key: 'restServiceMs', default: 40, unit: 'ms', min: 1, max: 60_000, source: 'model', ref: 'OT-1' },
  requestTimeoutMs: { key: 'requestTimeoutMs', default: 5000, unit: 'ms', min: 100, max: 120_000, source: 'model', ref: 'OT-2' },
  writePercent: { key: 'writePercent', default: 10, unit: 'percent', min: 0, max: 100, source: 'model', ref: 'OT-8' },
  tokenLifetimeMs: { key: 'tokenLifetimeMs', default: 86_400_000, unit: 'ms', min: 60_000, max: 2_592_000_000, source: 'vendor', ref: 'OT-1' },
} as const satisfies Record<string, ParamSpec>;
