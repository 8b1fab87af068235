import type { DisruptionKind } from '../design/schema';
import type { Fault } from '../faults/catalogue';

/** One single failure a design can suffer, with what repairs it (issue 14.2). */
export interface FailureCase {
  /** Stable key from the fault alone: the same failure in two designs has the same id (compare, caches). */
  id: string;
  fault: Fault;
  /** More faults at the same moment: a pair of failures (pairFailures); absent for a single failure. */
  also?: Fault[];
  /** Faults that undo it once the repair is due; empty: a planned change that stays (a DB switchover). */
  repairs: Fault[];
  disruption: DisruptionKind;
  /** What it takes down (node, site or link ids): the availability credits its downtime to them. */
  components: string[];
}

/** "crashProcess:OT1/ontime", "partition:dc1|dc2": the fault's kind and what it is about. */
export function failureId(fault: Fault): string {
  switch (fault.kind) {
    case 'partition':
      return `partition:${fault.from.join('+')}|${fault.to.join('+')}${fault.oneWay ? '>' : ''}`;
    case 'stopProcess':
    case 'crashProcess':
    case 'startProcess':
      return `${fault.kind}:${fault.target}/${fault.process}`;
    case 'maintenance':
      return `maintenance:${fault.target}${fault.process === undefined ? '' : `/${fault.process}`}`;
    default:
      return `${fault.kind}:${'target' in fault ? (fault.target ?? '') : ''}`;
  }
}
