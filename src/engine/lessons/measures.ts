import type { SimEvent } from '../events';
import type { DesignDoc } from '../design/schema';
import { rttSweep } from '../sim/sweep';
import type { Measure } from './schema';

/**
 * The measures a lesson question can ask for: small named extractors over an engine run (its events) or over the
 * throughput-vs-RTT sweep. Each returns the expected answer, or null when the run does not show it (the lesson
 * does not fit this design or variant: the lesson tests catch that for the built-in ones).
 */

/** The slice of a run a question looks at: from the step's fault (`sinceMs`) to the step's end (`untilMs`). */
export interface MeasureWindow {
  events: readonly SimEvent[];
  sinceMs: number;
  untilMs: number;
}

export type MeasuredValue = string | number;

/** Options of the sweep measure: the same duration as the app's sweep, so the class sees the value on its chart. */
export const SWEEP_DURATION_MS = 120_000;

function matches(event: SimEvent, type: string, where: Readonly<Record<string, string>> | undefined): boolean {
  if (event.type !== type) return false;
  const fields = event as unknown as Record<string, unknown>;
  return Object.entries(where ?? {}).every(([key, value]) => String(fields[key]) === value);
}

/** The first event of `type` matching `where` in the window. */
export function firstEvent(span: MeasureWindow, type: string, where?: Readonly<Record<string, string>>): SimEvent | undefined {
  return span.events.find((e) => e.t >= span.sinceMs && e.t <= span.untilMs && matches(e, type, where));
}

/** A field of the first matching event (e.g. `to` of the first 'sync.takeover' of MS1: the server that took over). */
export function eventField(span: MeasureWindow, type: string, field: string, where?: Readonly<Record<string, string>>): string | null {
  const event = firstEvent(span, type, where);
  const value = event === undefined ? undefined : (event as unknown as Record<string, unknown>)[field];
  return value === undefined || value === null ? null : String(value);
}

/** Seconds from the step's fault to the first matching event. */
export function secondsUntil(span: MeasureWindow, type: string, where?: Readonly<Record<string, string>>): number | null {
  const event = firstEvent(span, type, where);
  return event === undefined ? null : (event.t - span.sinceMs) / 1000;
}

/** "yes" if a matching event happens in the window. */
export function happened(span: MeasureWindow, type: string, where?: Readonly<Record<string, string>>): 'yes' | 'no' {
  return firstEvent(span, type, where) === undefined ? 'no' : 'yes';
}

/** Throughput at `rttMs` as a percentage of the throughput at `baselineRttMs` (one decimal), from the RTT sweep (WL-15). */
export function throughputPercent(design: DesignDoc, seed: number, rttMs: number, baselineRttMs: number): number | null {
  const sweep = rttSweep(design, seed, [baselineRttMs, rttMs], SWEEP_DURATION_MS);
  const [base, at] = sweep.points;
  if (!sweep.metric || !base || !at || base.throughput <= 0) return null;
  return Math.round((at.throughput / base.throughput) * 1000) / 10;
}

/** A measure of the file (placeholders already filled) on a run. */
export function measure(m: Measure, span: MeasureWindow, design: DesignDoc, seed: number): MeasuredValue | null {
  switch (m.measure) {
    case 'eventField':
      return eventField(span, m.event, m.field, m.where);
    case 'secondsUntil':
      return secondsUntil(span, m.event, m.where);
    case 'happened':
      return happened(span, m.event, m.where);
    case 'throughputPercent':
      return throughputPercent(design, seed, Number(m.rttMs), m.baselineRttMs);
  }
}
