import type { SampleBlock, SimEvent } from '../engine';

/** Excel reads a CSV file as UTF-8 (and so shows Japanese) only when it starts with a byte order mark. */
export const BOM = '\uFEFF';

/** One field, quoted when RFC 4180 says it must be (comma, quote, line break); quotes doubled. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV file: BOM, header, rows, each line ended by CRLF (RFC 4180). */
export function csvText(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return BOM + [header, ...rows].map((r) => r.map(csvField).join(',') + '\r\n').join('');
}

/**
 * The event log: time (ms and seconds), id, type, subject, the sentence in the chosen language, and the id of the
 * event that caused it. `header` holds the column titles in that language.
 */
export function eventsCsv(events: readonly SimEvent[], sentence: (e: SimEvent) => string, header: readonly string[]): string {
  return csvText(header, events.map((e) => [e.t, (e.t / 1000).toFixed(3), e.id, e.type, e.subject, sentence(e), e.cause ?? '']));
}

/** Every metric sample: time in ms, then one column per gauge (its engine key, e.g. "syncLag:MS1"). */
export function metricsCsv(samples: SampleBlock, timeHeader: string): string {
  return csvText([timeHeader, ...samples.keys], samples.rows.map((r) => [r.t, ...r.values.map((v) => Number(v.toPrecision(12)))]));
}
