import type { SimEvent } from '../events';

/** The only events with no cause: the start of the run and each injected fault. */
function isRoot(event: SimEvent): boolean {
  return event.type === 'run.started' || event.type === 'fault.injected';
}

/**
 * The cause-chain checker (tests and fuzzing): every event but a root names an earlier event as its cause, and
 * a root names none, so "Why?" can always walk back to the fault or the run start that led to an event. Takes the
 * whole event log of a run in order; returns what is wrong with the first bad event, or null when all is well.
 */
export function brokenCause(events: readonly SimEvent[]): string | null {
  const seen = new Set<number>();
  for (const event of events) {
    const what = `#${event.id} ${event.type} (${event.subject}) at ${event.t} ms`;
    if (isRoot(event)) {
      if (event.cause !== null) return `${what} is a root but names cause #${event.cause}`;
    } else if (event.cause === null) {
      return `${what} has no cause`;
    } else if (!seen.has(event.cause)) {
      return `${what} names #${event.cause}, which is not an earlier event`;
    }
    seen.add(event.id);
  }
  return null;
}

/** Follows an event's cause chain to its root (the fault or run start): the last element is the root. */
export function causeChain(events: readonly SimEvent[], id: number): SimEvent[] {
  const byId = new Map<number, SimEvent>();
  for (const event of events) byId.set(event.id, event);
  const chain: SimEvent[] = [];
  for (let event = byId.get(id); event !== undefined; event = event.cause === null ? undefined : byId.get(event.cause)) {
    chain.push(event);
    if (chain.length > events.length) break;
  }
  return chain;
}
