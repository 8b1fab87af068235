import type { SimEvent } from '../events';
import { DISRUPTING_PHASES, type Lane } from './contract';
import { placeEvents, restores, type LaneReport } from './lanes';

/** Whether a lane a fault disrupted is still down at the end of the events. */
export type StillDown = (lane: LaneReport) => boolean;

/**
 * A lane is still down when the fault's own steps did not bring it back (rtoMs null) and its last own disruption
 * (not a loss: what is lost is gone for good and users start over, e.g. they log in again) has no restoration in
 * the same lane after it, by any fault: a partition's database lane comes back with the heal, a later fault. The live view needs this: in the seconds
 * between a fault and its takeover no impact event may have been emitted yet, yet users are not served.
 */
export function stillDownIndex(events: readonly SimEvent[]): StillDown {
  const lastBack = new Map<Lane, number>();
  for (const { event, lane, phase } of placeEvents(events)) {
    if (restores({ phase, type: event.type })) lastBack.set(lane, event.t);
  }
  return (lane) => {
    if (lane.rtoMs !== null) return false;
    const own = lane.steps.filter((s) => s.credit === 'cause' && DISRUPTING_PHASES.has(s.phase) && !restores(s));
    const last = own.at(-1);
    if (last === undefined || last.phase === 'lost') return false;
    return (lastBack.get(lane.lane) ?? -Infinity) < last.t;
  };
}
