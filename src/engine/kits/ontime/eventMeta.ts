import type { EventMetaTable } from '../../report/contract';
import type { OntimeEventFields } from './events';

/**
 * What each OnTime event means for the run report (see report/contract.ts): three independent functions,
 * shown as three lanes (DOMAIN.md §1): Sync by the OnTime cluster (OT-4/OT-5), mail DB access by Domino
 * clustering (OT-6), and REST through the load balancer (OT-1, engine events 'lb.*').
 */
export const ONTIME_EVENT_META = {
  // Calendars go stale from here until another member syncs them.
  'sync.stopped': { lane: 'sync', phase: 'failed', userVisible: true },
  // OT-4: the survivor that declared the peer dead after takeoverAfterMs of silence takes over in that instant.
  'sync.takeover': { lane: 'sync', phase: 'tookOver', key: true, userVisible: true, timing: [{ param: 'takeoverAfterMs', node: 'to' }] },
  'sync.failback': { lane: 'sync', phase: 'failedBack', key: true, timing: [{ param: 'failbackDelayMs', node: 'to' }] },
  'sync.orphaned': { lane: 'sync', phase: 'orphaned', key: true, userVisible: true },
  'maildb.unreachable': {
    lane: 'mailDb',
    phase: 'progress',
    timing: [
      { param: 'connectTimeoutMs', node: 'by' },
      { param: 'mailDbRetryDelayMs', node: 'mailServer' },
    ],
  },
  // OT-6: after the retries, the replica on a cluster mate.
  'maildb.takeover': {
    lane: 'mailDb',
    phase: 'tookOver',
    key: true,
    userVisible: true,
    timing: [
      { param: 'mailDbAttempts', node: 'mailServer' },
      { param: 'mailDbRetryDelayMs', node: 'mailServer' },
      { param: 'connectTimeoutMs', node: 'by' },
    ],
  },
  'maildb.broken': { lane: 'mailDb', phase: 'orphaned', key: true, userVisible: true },
  'maildb.failback': { lane: 'mailDb', phase: 'failedBack', key: true, timing: [{ param: 'clusterProbeMs', node: 'mailServer' }] },
  'maildb.restored': { lane: 'mailDb', phase: 'restored', key: true, userVisible: true, timing: [{ param: 'clusterProbeMs', node: 'mailServer' }] },
  'configdb.changed': { lane: 'configDb', phase: 'progress' },
  'configdb.replicated': { lane: 'configDb', phase: 'converged', timing: [{ param: 'configReplicationMs', node: 'to' }] },
  // OT-2: the operator points the clients at another server: their REST requests work again.
  'rest.urlChanged': { lane: 'rest', phase: 'restored', key: true, userVisible: true },
} as const satisfies EventMetaTable<OntimeEventFields>;
