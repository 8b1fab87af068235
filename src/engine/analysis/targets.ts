import type { Fault } from '../faults/catalogue';
import type { DisruptionKind, RecoveryTarget } from '../design/schema';
import type { Recovery } from './recovery';

/** The kind of disruption a fault is, for choosing a recovery target (undefined: a repair, not a disruption). */
export function disruptionOf(fault: Fault): DisruptionKind | undefined {
  switch (fault.kind) {
    case 'stopProcess':
    case 'crashProcess':
      return 'process';
    case 'crashHost':
      return 'server';
    case 'siteDown':
      return 'site';
    case 'partition':
    case 'linkDown':
    case 'setRtt':
      return 'network';
    case 'maintenance':
    case 'dbSwitchover':
    case 'zdtRollout':
    case 'deploy':
    case 'changeRestUrl':
      return 'maintenance';
    default:
      return undefined;
  }
}

/** The most specific target for a service and disruption: service + kind, service, "*" + kind, "*". */
export function targetFor(targets: readonly RecoveryTarget[] | undefined, service: string, disruption: DisruptionKind | undefined): RecoveryTarget | undefined {
  const list = targets ?? [];
  const find = (s: string, d: DisruptionKind | undefined) => list.find((t) => t.service === s && t.disruption === d);
  return (disruption && find(service, disruption)) ?? find(service, undefined) ?? (disruption && find('*', disruption)) ?? find('*', undefined);
}

/** Why a recovery missed its target: too slow, never back, back but impaired again, too much data lost. */
export type Miss = 'slow' | 'notRestored' | 'relapsed' | 'dataLoss';

export interface Verdict {
  pass: boolean;
  misses: Miss[];
  /** The recovery time achieved (failure → restored for good); null = not restored by the end of the run. */
  recoveredMs: number | null;
  dataLostMs: number;
  target: RecoveryTarget;
}

/**
 * The pass rule of disaster-recovery tools (issue 14): a recovery passes only if the service is restored within
 * the RTO AND stays restored until the run ends, and no more than the RPO of data is lost.
 */
export function evaluateRecovery(target: RecoveryTarget, recovery: Recovery, dataLostMs: number): Verdict {
  const misses: Miss[] = [];
  if (recovery.firstRestoredMs === null) misses.push('notRestored');
  else if (recovery.firstRestoredMs > target.rtoMs) misses.push('slow');
  if (recovery.relapsed) misses.push('relapsed');
  if (dataLostMs > target.rpoMs) misses.push('dataLoss');
  return { pass: misses.length === 0, misses, recoveredMs: recovery.recoveredMs, dataLostMs, target };
}
