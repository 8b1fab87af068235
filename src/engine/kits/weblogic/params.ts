import type { ChoiceSpec as BaseChoiceSpec, ParamSpec } from '../../params';

/**
 * Every tunable of the WebLogic MAA kit (DOMAIN.md §2), with its source: doc = the seed document, vendor =
 * Oracle documentation, model = our estimate (the UI labels those "estimate").
 */

/** A managed server of the stretched cluster (with its Node Manager and its share of the workload). */
export const SERVER_PARAMS = {
  bootMs: { key: 'bootMs', default: 60_000, unit: 'ms', min: 1000, max: 1_800_000, source: 'model', ref: 'WL-7' },
  bootRoundTripsAdmin: { key: 'bootRoundTripsAdmin', default: 400, unit: 'count', min: 0, max: 100_000, source: 'model', ref: 'WL-7' },
  bootRoundTripsDb: { key: 'bootRoundTripsDb', default: 200, unit: 'count', min: 0, max: 100_000, source: 'model', ref: 'WL-7' },
  heartbeatIntervalMs: { key: 'heartbeatIntervalMs', default: 10_000, unit: 'ms', min: 100, max: 600_000, source: 'vendor' },
  missedHeartbeats: { key: 'missedHeartbeats', default: 3, unit: 'count', min: 1, max: 100, source: 'vendor' },
  sessions: { key: 'sessions', default: 100, unit: 'users', min: 0, max: 1_000_000, source: 'model', ref: 'WL-1' },
  newSessionsPerMin: { key: 'newSessionsPerMin', default: 6, unit: 'users', min: 0, max: 100_000, source: 'model', ref: 'WL-2' },
  inFlightTx: { key: 'inFlightTx', default: 10, unit: 'count', min: 0, max: 100_000, source: 'model', ref: 'WL-17' },
  txPerSec: { key: 'txPerSec', default: 5, unit: 'count', min: 0, max: 100_000, source: 'model', ref: 'WL-17' },
  nmRestartsPerHour: { key: 'nmRestartsPerHour', default: 2, unit: 'count', min: 0, max: 100, source: 'vendor' },
  serviceTimeMs: { key: 'serviceTimeMs', default: 100, unit: 'ms', min: 1, max: 60_000, source: 'model', ref: 'WL-15' },
  dbCallsPerRequest: { key: 'dbCallsPerRequest', default: 1.5, unit: 'perRequest', min: 0, max: 1000, source: 'model', ref: 'WL-15' },
} as const satisfies Record<string, ParamSpec>;

/** The Administration Server; it also carries the domain's cluster-wide settings (ClusterMBean and friends). */
export const ADMIN_PARAMS = {
  leaseRenewIntervalMs: { key: 'leaseRenewIntervalMs', default: 10_000, unit: 'ms', min: 1000, max: 600_000, source: 'vendor', ref: 'WL-10' },
  leasePeriodsUntilFencing: { key: 'leasePeriodsUntilFencing', default: 6, unit: 'count', min: 1, max: 100, source: 'vendor', ref: 'WL-10' },
  fencingGraceMs: { key: 'fencingGraceMs', default: 30_000, unit: 'ms', min: 0, max: 600_000, source: 'vendor', ref: 'WL-10' },
  leaseRetryCount: { key: 'leaseRetryCount', default: 1, unit: 'count', min: 1, max: 100, source: 'doc', ref: 'WL-14' },
  leaseRetryDelayMs: { key: 'leaseRetryDelayMs', default: 1000, unit: 'ms', min: 0, max: 60_000, source: 'doc', ref: 'WL-14' },
  testConnectionOnReserve: { key: 'testConnectionOnReserve', default: 0, unit: 'count', min: 0, max: 1, source: 'doc', ref: 'WL-14' },
  singletonMasterRetryCount: { key: 'singletonMasterRetryCount', default: 20, unit: 'count', min: 1, max: 100, source: 'doc', ref: 'WL-14' },
  singletonMasterRetryDelayMs: { key: 'singletonMasterRetryDelayMs', default: 1000, unit: 'ms', min: 0, max: 60_000, source: 'model', ref: 'WL-14' },
  serviceActivationMs: { key: 'serviceActivationMs', default: 5000, unit: 'ms', min: 0, max: 600_000, source: 'model', ref: 'WL-9' },
  vipRemapMs: { key: 'vipRemapMs', default: 120_000, unit: 'ms', min: 0, max: 3_600_000, source: 'model', ref: 'WL-9' },
  vipScript: { key: 'vipScript', default: 0, unit: 'count', min: 0, max: 1, source: 'model', ref: 'WL-9' },
  inSiteFailoverMs: { key: 'inSiteFailoverMs', default: 120_000, unit: 'ms', min: 0, max: 3_600_000, source: 'model', ref: 'WL-6' },
  crossSiteFailoverMs: { key: 'crossSiteFailoverMs', default: 300_000, unit: 'ms', min: 0, max: 3_600_000, source: 'model', ref: 'WL-6' },
  zdtRollback: { key: 'zdtRollback', default: 1, unit: 'count', min: 0, max: 1, source: 'doc', ref: 'WL-11' },
  zdtPatchMs: { key: 'zdtPatchMs', default: 30_000, unit: 'ms', min: 0, max: 3_600_000, source: 'model', ref: 'WL-11', live: true },
  deployBaseMs: { key: 'deployBaseMs', default: 20_000, unit: 'ms', min: 0, max: 3_600_000, source: 'model', ref: 'WL-16' },
  deployRoundTrips: { key: 'deployRoundTrips', default: 1500, unit: 'count', min: 0, max: 1_000_000, source: 'model', ref: 'WL-16' },
} as const satisfies Record<string, ParamSpec>;

/** Table 6-1: the leasing settings Oracle recommends for a stretched cluster. */
export const TABLE_6_1 = { leaseRetryCount: 5, leaseRetryDelayMs: 2000, testConnectionOnReserve: 1, singletonMasterRetryCount: 4 } as const;

export const OTD_PARAMS = {
  healthCheckIntervalMs: { key: 'healthCheckIntervalMs', default: 30_000, unit: 'ms', min: 1000, max: 600_000, source: 'vendor' },
  healthCheckTimeoutMs: { key: 'healthCheckTimeoutMs', default: 5000, unit: 'ms', min: 100, max: 600_000, source: 'vendor' },
  failuresToMarkDown: { key: 'failuresToMarkDown', default: 3, unit: 'count', min: 1, max: 100, source: 'vendor' },
} as const satisfies Record<string, ParamSpec>;

export const GLB_PARAMS = {
  dnsTtlMs: { key: 'dnsTtlMs', default: 120_000, unit: 'ms', min: 0, max: 86_400_000, source: 'vendor' },
  healthCheckIntervalMs: { key: 'healthCheckIntervalMs', default: 20_000, unit: 'ms', min: 1000, max: 600_000, source: 'model' },
  failuresToWithdraw: { key: 'failuresToWithdraw', default: 3, unit: 'count', min: 1, max: 100, source: 'model' },
  usersPerSite: { key: 'usersPerSite', default: 200, unit: 'users', min: 0, max: 1_000_000, source: 'model', ref: 'WL-15' },
  thinkTimeMs: { key: 'thinkTimeMs', default: 0, unit: 'ms', min: 0, max: 600_000, source: 'model', ref: 'WL-15' },
} as const satisfies Record<string, ParamSpec>;

export const DB_PARAMS = {
  fsfoThresholdMs: { key: 'fsfoThresholdMs', default: 30_000, unit: 'ms', min: 6000, max: 3_600_000, source: 'vendor', live: true },
  roleTransitionMs: { key: 'roleTransitionMs', default: 8000, unit: 'ms', min: 0, max: 600_000, source: 'vendor', live: true },
  switchoverErrorMs: { key: 'switchoverErrorMs', default: 75_000, unit: 'ms', min: 0, max: 3_600_000, source: 'vendor' },
  clientReconnectMs: { key: 'clientReconnectMs', default: 3000, unit: 'ms', min: 0, max: 600_000, source: 'vendor' },
  lagLimitMs: { key: 'lagLimitMs', default: 30_000, unit: 'ms', min: 0, max: 3_600_000, source: 'vendor' },
  redoShipIntervalMs: { key: 'redoShipIntervalMs', default: 1000, unit: 'ms', min: 10, max: 600_000, source: 'model' },
  /** Flashback of the old primary and its conversion to a standby, once an operator starts it (WL-13). */
  reinstateMs: { key: 'reinstateMs', default: 120_000, unit: 'ms', min: 0, max: 3_600_000, source: 'model', ref: 'WL-13' },
} as const satisfies Record<string, ParamSpec>;

export const SITE_GUARD_PARAMS = {
  siteDownConfirmMs: { key: 'siteDownConfirmMs', default: 30_000, unit: 'ms', min: 0, max: 3_600_000, source: 'model', ref: 'WL-13' },
} as const satisfies Record<string, ParamSpec>;

export const COHERENCE_PARAMS = {
  heartbeatIntervalMs: { key: 'heartbeatIntervalMs', default: 1000, unit: 'ms', min: 100, max: 60_000, source: 'vendor', ref: 'WL-12' },
  deathDetectMs: { key: 'deathDetectMs', default: 2000, unit: 'ms', min: 100, max: 600_000, source: 'vendor', ref: 'WL-12' },
  federationIntervalMs: { key: 'federationIntervalMs', default: 1000, unit: 'ms', min: 10, max: 600_000, source: 'model', ref: 'WL-12' },
} as const satisfies Record<string, ParamSpec>;

export const STORAGE_PARAMS = {
  mirrorIntervalMs: { key: 'mirrorIntervalMs', default: 1000, unit: 'ms', min: 10, max: 3_600_000, source: 'model', ref: 'WL-4' },
} as const satisfies Record<string, ParamSpec>;

/**
 * Settings that are a choice rather than a number. The schema stores them as strings or booleans; the
 * inspector offers the options. `ref` names the behaviour that makes the choice matter.
 */
export interface ChoiceSpec extends BaseChoiceSpec {
  /** The node kind the choice belongs to. */
  kind: string;
  ref: string;
}

export const CHOICES: readonly ChoiceSpec[] = [
  { key: 'replicationGroup', kind: 'wlsServer', options: [], default: '', ref: 'WL-1' },
  { key: 'preferredSecondaryGroup', kind: 'wlsServer', options: [], default: '', ref: 'WL-1' },
  { key: 'leasing', kind: 'wlsAdmin', options: ['database', 'consensus'], default: 'database', ref: 'WL-10' },
  { key: 'migration', kind: 'wlsAdmin', options: ['service', 'server'], default: 'service', ref: 'WL-9' },
  { key: 'storeType', kind: 'wlsAdmin', options: ['database', 'file'], default: 'database', ref: 'WL-5' },
  { key: 'adminHostName', kind: 'wlsAdmin', options: [], default: 'ADMINHOSTVHN1', ref: 'WL-6' },
  { key: 'role', kind: 'oracleDb', options: ['primary', 'standby'], default: 'primary', ref: 'WL-17' },
  { key: 'protectionMode', kind: 'oracleDb', options: ['maxProtection', 'maxAvailability', 'maxPerformance'], default: 'maxAvailability', ref: 'WL-17' },
  { key: 'expectMidTierFailover', kind: 'siteGuard', options: ['false', 'true'], default: 'false', ref: 'WL-13' },
  { key: 'sharedAcrossSites', kind: 'storage', options: ['false', 'true'], default: 'false', ref: 'WL-4' },
];

export function choiceDefault(kind: string, key: string): string {
  return CHOICES.find((c) => c.kind === kind && c.key === key)?.default ?? '';
}
