import type { ServiceInterval } from './outcome';

/** Impacts that count as the service being down for availability: it does not answer, or its data is stale. */
export const DOWN_KINDS: ReadonlySet<string> = new Set(['unavailable', 'stale']);

/** How a service fared after a failure, in ms from the failure. */
export interface Recovery {
  /** Time impaired in any way (unavailable, degraded or stale) until `endMs`. */
  impactMs: number;
  /** Time down (unavailable or stale) until `endMs`. */
  downMs: number;
  /** Failure → the first time it was back to normal; null: never, 0: never hurt. */
  firstRestoredMs: number | null;
  /** Failure → the last time it was back to normal (the recovery time achieved); null: impaired at the end. */
  recoveredMs: number | null;
  /** Back to normal, then impaired again (e.g. by the failback): a DR test counts that as not restored. */
  relapsed: boolean;
}

function merged(intervals: readonly ServiceInterval[], endMs: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const i of [...intervals].sort((a, b) => a.fromMs - b.fromMs)) {
    const to = Math.min(i.toMs ?? endMs, endMs);
    const last = spans.at(-1);
    if (last && i.fromMs <= last[1]) last[1] = Math.max(last[1], to);
    else if (to > i.fromMs) spans.push([i.fromMs, to]);
  }
  return spans;
}

const total = (spans: ReadonlyArray<[number, number]>) => spans.reduce((sum, [a, b]) => sum + b - a, 0);

/** The recovery of one service from its impact intervals, observed until `endMs` (the end of the run). */
export function recoveryOf(intervals: readonly ServiceInterval[], endMs: number): Recovery {
  const spans = merged(intervals, endMs);
  const down = merged(intervals.filter((i) => DOWN_KINDS.has(i.kind)), endMs);
  if (spans.length === 0) return { impactMs: 0, downMs: 0, firstRestoredMs: 0, recoveredMs: 0, relapsed: false };
  const open = spans.at(-1)![1] >= endMs;
  return {
    impactMs: total(spans),
    downMs: total(down),
    firstRestoredMs: spans[0]![1] >= endMs ? null : spans[0]![1],
    recoveredMs: open ? null : spans.at(-1)![1],
    relapsed: spans.length > 1,
  };
}
