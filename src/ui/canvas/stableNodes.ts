import { useMemo, useState } from 'react';

/** One level deep: positions, sizes, styles and node data are small flat objects, rebuilt with equal values. */
function shallowEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) || Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Whether two React Flow elements draw the same: every field equal, nested objects compared one level deep. */
export function sameElement(a: object, b: object): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && shallowEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * `next` with every element that equals the one of the same id in `previous` replaced by that earlier object, and
 * the earlier array itself when nothing changed. The canvas rebuilds its node list from the design on every
 * selection, drag or measurement; React Flow compares nodes by object, so without this a click re-rendered all
 * 1,000 nodes of a large design (issue 18), and a right-click before "Crash server" did the same.
 */
export function keepUnchanged<T extends { id: string }>(previous: readonly T[], next: readonly T[]): readonly T[] {
  const byId = new Map(previous.map((e) => [e.id, e]));
  let same = previous.length === next.length;
  const out = next.map((e, i) => {
    const before = byId.get(e.id);
    const kept = before !== undefined && (before === e || sameElement(before, e)) ? before : e;
    same &&= kept === previous[i];
    return kept;
  });
  return same ? previous : out;
}

/** The last list handed to React Flow, to compare the next one with. */
class ElementMemory<T extends { id: string }> {
  private last: readonly T[] = [];
  keep(next: readonly T[]): T[] {
    this.last = keepUnchanged(this.last, next);
    return this.last as T[];
  }
}

/** keepUnchanged across renders: the list React Flow gets keeps the objects of what did not change. */
export function useStableElements<T extends { id: string }>(next: readonly T[]): T[] {
  const [memory] = useState(() => new ElementMemory<T>());
  return useMemo(() => memory.keep(next), [memory, next]);
}
