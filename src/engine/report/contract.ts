import type { SimEvent } from '../events';

/**
 * How the run report reads events: the contract between kits and the report. A kit gets its behaviour into
 * the report by emitting events named by these rules, caused (through `cause`) by the fault they follow from.
 *
 * Impact of a service (subject = the service id, field `service` the same):
 *   'service.unavailable' | 'service.degraded' | 'service.stale'  start (or change) an impact interval,
 *   'service.restored'                                            ends it.
 *   Gauges whose key starts with a LAG_GAUGE_PREFIXES entry (seconds behind) also count as stale data while
 *   above the report's `staleAfterMs` (OnTime's `syncLag:<mail>` needs no events of its own).
 *
 * Takeover timeline (any subject):
 *   detected   'member.dead', 'lb.markedDown', or any type ending in '.detected'
 *   decided    any type ending in '.decided' (e.g. a lease expired and a new owner was chosen). Kits whose
 *              decision is no separate moment emit none: OnTime (OT-4) declares a peer dead after
 *              takeoverAfterMs of silence and its survivors take over in that same instant, so an OnTime
 *              timeline goes detected → tookOver at one time, without a 'decided' step.
 *   tookOver   any type ending in '.takeover', 'client.failover', or ending in '.migrated'
 *   failedBack any type ending in '.failback' (also credited to the fault whose takeover it undoes)
 *
 * Data loss (RPO): 'data.lost' with `lostMs` = the time span of data that is gone, `what` = which data.
 */
export type TimelinePhase = 'detected' | 'decided' | 'tookOver' | 'failedBack';

export const LAG_GAUGE_PREFIXES: readonly string[] = ['syncLag:', 'replicationLag:'];

export type ImpactKind = 'unavailable' | 'degraded' | 'stale';

export function impactOf(event: SimEvent): ImpactKind | 'restored' | undefined {
  switch (event.type) {
    case 'service.unavailable':
      return 'unavailable';
    case 'service.degraded':
      return 'degraded';
    case 'service.stale':
      return 'stale';
    case 'service.restored':
      return 'restored';
    default:
      return undefined;
  }
}

export function phaseOf(type: string): TimelinePhase | undefined {
  if (type === 'member.dead' || type === 'lb.markedDown' || type.endsWith('.detected')) return 'detected';
  if (type.endsWith('.decided')) return 'decided';
  if (type.endsWith('.takeover') || type === 'client.failover' || type.endsWith('.migrated')) return 'tookOver';
  if (type.endsWith('.failback')) return 'failedBack';
  return undefined;
}
