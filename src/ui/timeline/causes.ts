import { idsOf, type DesignDoc, type SimEvent } from '../../engine';

/**
 * The cause chain of an event, nearest cause first, as far back as the kept events reach. `complete` is false
 * when a cause has already left the bounded event window.
 */
export function causeChain(event: SimEvent, byId: ReadonlyMap<number, SimEvent>): { chain: SimEvent[]; complete: boolean } {
  const chain: SimEvent[] = [];
  const seen = new Set<number>([event.id]);
  let cause = event.cause;
  while (cause !== null) {
    const parent = byId.get(cause);
    if (!parent || seen.has(parent.id)) return { chain, complete: parent !== undefined };
    chain.push(parent);
    seen.add(parent.id);
    cause = parent.cause;
  }
  return { chain, complete: true };
}

/** The design nodes (and sites) an event involves: what the canvas highlights when the event is picked. */
export function involvedNodes(event: SimEvent, design: DesignDoc): string[] {
  const known = new Set([...design.nodes.map((n) => n.id), ...design.sites.map((s) => s.id)]);
  const ids = idsOf(event).filter((id) => known.has(id));
  if (event.type === 'fault.injected') {
    for (const value of Object.values(event.fault)) if (typeof value === 'string' && known.has(value) && !ids.includes(value)) ids.push(value);
  }
  return ids;
}
