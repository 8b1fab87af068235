import type { SimEvent } from '../events';
import type { Fault } from '../faults/catalogue';
import type { Lane } from './contract';
import { buildLanes, type Finding, type LaneReport } from './lanes';
import { eventImpacts, rootFinder, serviceRestoredAfter, type ImpactInterval } from './report';
import { stillDownIndex } from './stillDown';

/** What the live view shows of one fault: the report's lanes, findings and headline, from the events alone. */
export interface FaultLanes {
  eventId: number;
  atMs: number;
  fault: Fault;
  lanes: LaneReport[];
  findings: Finding[];
  /** As the report's (impacts from 'service.*' events only: the live view has no whole run of samples). */
  serviceRestoredMs: number | null;
  /** Per lane, when the fault that caused its first failback (the recovery) was injected. */
  recoveredAtMs: Partial<Record<Lane, number>>;
}

/**
 * The run report's per-fault lanes for a list of events (the live view's kept events and the causes they need):
 * the same crediting as buildReport (cause chain to a fault, a failback also to the takeover it undoes), so the
 * takeover view and the CLI tell the same story.
 */
export function faultLanes(events: readonly SimEvent[]): FaultLanes[] {
  const rootFault = rootFinder(events);
  const faults = events.filter((e) => e.type === 'fault.injected');
  const atOf = new Map(faults.map((f) => [f.id, f.t]));
  const lanes = buildLanes(events, { rootFault, faultAt: (id) => atOf.get(id) });
  const impacts = new Map<number, ImpactInterval[]>();
  for (const [interval, cause] of eventImpacts(events)) {
    const faultId = (cause !== null ? rootFault(cause) : undefined) ?? [...faults].reverse().find((f) => f.t <= interval.fromMs)?.id;
    if (faultId !== undefined) impacts.set(faultId, [...(impacts.get(faultId) ?? []), interval]);
  }
  const stillDown = stillDownIndex(events);
  return faults.map((f) => {
    const own = lanes.lanes.get(f.id) ?? [];
    const recoveredAtMs: Partial<Record<Lane, number>> = {};
    for (const lane of own) {
      const back = lane.steps.find((s) => s.phase === 'failedBack');
      const recovery = back === undefined ? undefined : atOf.get(rootFault(back.eventId) ?? -1);
      if (recovery !== undefined) recoveredAtMs[lane.lane] = recovery;
    }
    const report = { atMs: f.t, impacts: impacts.get(f.id) ?? [], lanes: own };
    return { eventId: f.id, atMs: f.t, fault: f.fault, lanes: own, findings: lanes.findings.get(f.id) ?? [], serviceRestoredMs: serviceRestoredAfter(report, stillDown), recoveredAtMs };
  });
}
