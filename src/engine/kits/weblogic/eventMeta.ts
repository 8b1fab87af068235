import type { EventMetaTable } from '../../report/contract';
import type { WeblogicEventFields } from './events';

/** Domain-wide settings live on the Administration Server (ClusterMBean and friends). */
const admin = (param: string): { param: string; node: { kind: string } } => ({ param, node: { kind: 'wlsAdmin' } });

/** Database leasing (WL-10): a dead server's singleton services move after the lease periods and the fencing grace. */
const LEASE_EXPIRY = [admin('leaseRenewIntervalMs'), admin('leasePeriodsUntilFencing'), admin('fencingGraceMs'), admin('serviceActivationMs')];

/**
 * What each WebLogic MAA event means for the run report (see report/contract.ts): one lane per function
 * DOMAIN.md §2 names: sessions, leasing, JMS/JTA, the database role, Coherence, the Admin Server, patching,
 * deployments and the network's supported range.
 */
export const WEBLOGIC_EVENT_META = {
  'wl.sessions.takeover': { lane: 'sessions', phase: 'tookOver', key: true, userVisible: true },
  'wl.sessionsRereplicated': { lane: 'sessions', phase: 'restored' },
  // WL-2: the copy crosses the link and stays there.
  'wl.sessionsRereplicatedCrossSite': { lane: 'sessions', phase: 'restored' },
  'wl.sessionsLost': { lane: 'sessions', phase: 'lost', key: true, userVisible: true },
  'wl.leaseLost': { lane: 'leasing', phase: 'failed', key: true, timing: [admin('leaseRenewIntervalMs'), admin('leaseRetryCount'), admin('leaseRetryDelayMs')] },
  'wl.leaseRegained': { lane: 'leasing', phase: 'restored' },
  'wl.selfFenced': { lane: 'leasing', phase: 'failed', key: true, timing: [admin('fencingGraceMs')] },
  'wl.rebootRefused': { lane: 'leasing', phase: 'blocked', key: true },
  'wl.domainRestartRequired': { lane: 'leasing', phase: 'blocked', key: true },
  'wl.serviceDeactivated': { lane: 'jmsJta', phase: 'failed' },
  'wl.service.migrated': { lane: 'jmsJta', phase: 'tookOver', key: true, timing: LEASE_EXPIRY },
  'wl.server.migrated': { lane: 'jmsJta', phase: 'tookOver', key: true, timing: [...LEASE_EXPIRY, admin('vipRemapMs')] },
  'wl.serviceStranded': { lane: 'jmsJta', phase: 'orphaned', key: true },
  'wl.serviceVipInvalid': { lane: 'jmsJta', phase: 'blocked', key: true },
  'wl.service.failback': { lane: 'jmsJta', phase: 'failedBack', key: true },
  'wl.txInDoubt': { lane: 'jmsJta', phase: 'failed' },
  'wl.txRecovered': { lane: 'jmsJta', phase: 'restored' },
  // The application's transactions fail while the servers cannot reach the primary database (Table 6-2).
  'wl.txFailing': { lane: 'database', phase: 'failed', userVisible: true },
  'wl.txResumed': { lane: 'database', phase: 'restored', userVisible: true },
  // WL-7: servers remote from the Admin Server boot more slowly.
  'wl.bootSlow': { lane: 'servers', phase: 'finding' },
  'wl.deployed': { lane: 'deploy', phase: 'completed', timing: [admin('deployBaseMs'), admin('deployRoundTrips')] },
  // WL-3: outside the supported metro latency, at the moment it happens.
  'wl.rttOutOfRange': { lane: 'network', phase: 'finding', key: true },
  'dg.primary.detected': { lane: 'database', phase: 'detected', key: true, timing: [{ param: 'fsfoThresholdMs', node: 'db' }] },
  'dg.failoverStarted': { lane: 'database', phase: 'progress' },
  'dg.switchoverStarted': { lane: 'database', phase: 'progress' },
  'dg.primary.takeover': { lane: 'database', phase: 'tookOver', key: true, userVisible: true, timing: [{ param: 'roleTransitionMs', node: 'db' }] },
  'dg.becameStandby': { lane: 'database', phase: 'completed' },
  // An isolated primary shuts itself down after the fast-start failover threshold.
  'dg.primaryShutdown': { lane: 'database', phase: 'failed', key: true, timing: [{ param: 'fsfoThresholdMs', node: 'db' }] },
  'dg.poolsReconnected': { lane: 'database', phase: 'restored', userVisible: true, timing: [{ param: 'clientReconnectMs', node: 'db' }] },
  'sg.failover.decided': { lane: 'database', phase: 'decided', key: true, timing: [{ param: 'siteDownConfirmMs', node: 'subject' }] },
  'sg.switchover.decided': { lane: 'database', phase: 'decided', key: true },
  // The GLB stops resolving to a site whose OTD failed its health checks; its users move once their cached answer expires.
  'glb.siteWithdrawn': {
    lane: 'glb',
    phase: 'detected',
    key: true,
    timing: [
      { param: 'healthCheckIntervalMs', node: 'glb' },
      { param: 'failuresToWithdraw', node: 'glb' },
    ],
  },
  'glb.clientsMoved': { lane: 'glb', phase: 'tookOver', key: true, userVisible: true, timing: [{ param: 'dnsTtlMs', node: 'glb' }] },
  'glb.clientsReturned': { lane: 'glb', phase: 'failedBack', key: true, timing: [{ param: 'healthCheckIntervalMs', node: 'glb' }] },
  'admin.down.detected': { lane: 'admin', phase: 'detected' },
  'admin.inSite.takeover': { lane: 'admin', phase: 'tookOver', key: true, timing: [{ param: 'inSiteFailoverMs', node: 'admin' }] },
  'admin.crossSite.takeover': { lane: 'admin', phase: 'tookOver', key: true, timing: [{ param: 'crossSiteFailoverMs', node: 'admin' }] },
  'admin.cannotRestart': { lane: 'admin', phase: 'blocked', key: true },
  // WL-12: a stretched Coherence cluster splits; at the merge one side's writes are discarded, then it is whole again.
  'coh.splitBrain': { lane: 'coherence', phase: 'failed', key: true, timing: [{ param: 'deathDetectMs', node: 'a' }] },
  'coh.merged': { lane: 'coherence', phase: 'lost', key: true, restoresLane: true },
  'coh.federationPaused': { lane: 'coherence', phase: 'failed' },
  'coh.converged': { lane: 'coherence', phase: 'converged', key: true, timing: [{ param: 'federationIntervalMs', node: 'to' }] },
  'zdt.started': { lane: 'patching', phase: 'progress' },
  'zdt.nodePatched': { lane: 'patching', phase: 'progress', timing: [admin('zdtPatchMs')] },
  'zdt.completed': { lane: 'patching', phase: 'completed', key: true },
  'zdt.failed': { lane: 'patching', phase: 'failed', key: true },
  'zdt.rolledBack': { lane: 'patching', phase: 'restored', key: true },
  'zdt.halted': { lane: 'patching', phase: 'blocked', key: true },
} as const satisfies EventMetaTable<WeblogicEventFields>;
