import type { SimEvent } from '../engine';

/**
 * The events the live view keeps: the last `max`, and, of the older ones, those that are causes (directly or through
 * other causes) of a kept event. A long demo stays bounded, yet "why?" on any shown event still reaches back to
 * the fault that started it, however long ago it was injected. (A cause that had already left before its
 * consequence arrived, more than `max` events earlier, cannot come back: the chain then says it ends early.)
 */
export interface KeptEvents {
  events: SimEvent[];
  /** Older events still needed as causes, by id. */
  causes: Record<number, SimEvent>;
}

export const NO_EVENTS: KeptEvents = { events: [], causes: {} };

/** `kept` plus `incoming`, trimmed to `max` recent events and the causes those still need. */
export function keepEvents(kept: KeptEvents, incoming: readonly SimEvent[], max: number): KeptEvents {
  if (incoming.length === 0) return kept;
  const all = [...kept.events, ...incoming];
  if (all.length <= max) return { events: all, causes: kept.causes };
  const cut = all.length - max;
  const events = all.slice(cut);
  const older = new Map<number, SimEvent>();
  for (const e of Object.values(kept.causes)) older.set(e.id, e);
  for (let i = 0; i < cut; i++) older.set(all[i]!.id, all[i]!);
  return { events, causes: sameOrNew(kept.causes, causesOf(events, older)) };
}

/**
 * The previous causes object when it holds the same events: the panels that read it (throttled through the events)
 * then do not re-render on every batch of a fast run just because the window moved.
 */
function sameOrNew(previous: Record<number, SimEvent>, next: Record<number, SimEvent>): Record<number, SimEvent> {
  const keys = Object.keys(next);
  if (keys.length !== Object.keys(previous).length) return next;
  return keys.every((k) => previous[Number(k)] !== undefined) ? previous : next;
}

/** The events of `older` that `events` lead back to through their causes. */
function causesOf(events: readonly SimEvent[], older: ReadonlyMap<number, SimEvent>): Record<number, SimEvent> {
  const causes: Record<number, SimEvent> = {};
  for (const e of events) {
    let id = e.cause;
    // Stop at a cause already pinned (its own causes were followed then) or one not among the older events.
    for (let parent = id === null ? undefined : older.get(id); parent !== undefined && causes[parent.id] === undefined; parent = id === null ? undefined : older.get(id)) {
      causes[parent.id] = parent;
      id = parent.cause;
    }
  }
  return causes;
}

/** Kept causes then kept events, in id order (every kept cause is older than every kept event): one timeline. */
export function withCauses(events: readonly SimEvent[], causes: Readonly<Record<number, SimEvent>>): SimEvent[] {
  const older = Object.values(causes).sort((a, b) => a.id - b.id);
  return older.length === 0 ? [...events] : [...older, ...events];
}
