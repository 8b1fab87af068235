import { describe, expect, it } from 'vitest';
import type { SimEvent } from '../engine';
import { causeChain } from '../ui/timeline/causes';
import { foldFrames, initialSimState, MAX_EVENTS } from './simSlice';
import { keepEvents, NO_EVENTS } from './keptEvents';

const ev = (id: number, cause: number | null = null): SimEvent => ({ type: 'host.state', subject: 'h', up: true, id, t: id, cause }) as SimEvent;
/** Filler events with no cause, ids from..to-1. */
const filler = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => ev(from + i));

describe('the events the live view keeps', () => {
  it('keeps everything while under the limit', () => {
    const kept = keepEvents(NO_EVENTS, [ev(1), ev(2, 1)], 5);
    expect(kept.events.map((e) => e.id)).toEqual([1, 2]);
    expect(kept.causes).toEqual({});
  });

  it('keeps the last events, plus the older ones a kept event leads back to through its causes', () => {
    // 1 (a fault) → 2 (detected) → … 100 fillers … → 200 (took over, caused by 2)
    const kept = keepEvents(NO_EVENTS, [ev(1), ev(2, 1), ev(3), ...filler(4, 200), ev(200, 2)], 10);
    expect(kept.events.map((e) => e.id)).toEqual([191, 192, 193, 194, 195, 196, 197, 198, 199, 200]);
    expect(Object.keys(kept.causes).map(Number)).toEqual([1, 2]);
    const byId = new Map([...Object.values(kept.causes), ...kept.events].map((e) => [e.id, e]));
    expect(causeChain(kept.events.at(-1)!, byId)).toEqual({ chain: [ev(2, 1), ev(1)], complete: true });
  });

  it('lets an old cause go once no kept event needs it (memory stays bounded)', () => {
    const first = keepEvents(NO_EVENTS, [ev(1), ...filler(2, 20), ev(20, 1)], 5);
    expect(Object.keys(first.causes)).toEqual(['1']);
    const later = keepEvents(first, filler(21, 40), 5);
    expect(later.causes).toEqual({});
  });

  it('keeps the same causes object while the same causes are kept (a fast run does not re-render the panels for it)', () => {
    const first = keepEvents(NO_EVENTS, [ev(1), ...filler(2, 20), ev(20, 1)], 5);
    const next = keepEvents(first, filler(21, 23), 5);
    expect(next.events).not.toBe(first.events);
    expect(next.causes).toBe(first.causes);
  });

  it('follows causes across batches: a cause kept earlier stays while a new event still needs it', () => {
    const first = keepEvents(NO_EVENTS, [ev(1), ev(2, 1), ...filler(3, 10)], 3);
    expect(first.causes).toEqual({});
    const withChild = keepEvents(NO_EVENTS, [ev(1), ev(2, 1), ...filler(3, 10), ev(10, 2)], 3);
    const later = keepEvents(withChild, [...filler(11, 12), ev(12, 10)], 3);
    expect(Object.keys(later.causes).map(Number)).toEqual([1, 2]);
  });

  it('the live view keeps MAX_EVENTS events and the causes behind them; a reset frame starts afresh', () => {
    const wrap = (events: SimEvent[], reset = false) => ({ frame: { t: 0, events, nodes: {}, relations: [], samples: { keys: [], rows: [] } }, playing: true, speed: 1 as const, reset, horizonMs: 0, loadId: 0 });
    // A fault (1) and what it caused (3) arrive together; a thousand other events later, 1 has left the window.
    const s = foldFrames(initialSimState, [wrap([ev(1), ev(2), ev(3, 1)]), wrap(filler(4, MAX_EVENTS + 2)), wrap([ev(MAX_EVENTS + 2)])]);
    expect(s.events).toHaveLength(MAX_EVENTS);
    expect(s.events[0]!.id).toBe(3);
    expect(Object.keys(s.eventCauses)).toEqual(['1']);
    expect(foldFrames(s, [wrap([], true)]).eventCauses).toEqual({});
  });
});
