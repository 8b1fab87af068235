import type { MetricSample } from './view';

/** One metric sample in columnar form: `values[i]` is the gauge `keys[i]` of its block. */
export interface SampleRow {
  t: number;
  values: number[];
}

/**
 * Metric samples as columns: the gauge keys once, then one row of numbers per sample. A keyed object per sample
 * (hundreds of keys on a big design) is slow to build every simulated second and slow to clone to the page;
 * an array of numbers is neither. Every row of a block has one value per key, in key order.
 */
export interface SampleBlock {
  readonly keys: readonly string[];
  readonly rows: readonly SampleRow[];
}

export const EMPTY_SAMPLES: SampleBlock = { keys: [], rows: [] };

/**
 * The rows of `block` from `fromRow` on as `{ t, values: Record }` samples (the charts' form). Values are
 * assigned in key order, so each record is the very object the engine built before samples were columnar.
 */
export function sampleRecords(block: SampleBlock, fromRow = 0): MetricSample[] {
  const { keys, rows } = block;
  const out: MetricSample[] = [];
  for (let r = Math.max(0, fromRow); r < rows.length; r++) {
    const row = rows[r]!;
    const values: Record<string, number> = {};
    for (let i = 0; i < keys.length; i++) values[keys[i]!] = row.values[i]!;
    out.push({ t: row.t, values });
  }
  return out;
}

/** Both blocks' rows in one block: `b` follows `a`, both from the same simulation (same keys). */
export function concatSamples(a: SampleBlock, b: SampleBlock): SampleBlock {
  if (b.rows.length === 0) return a;
  if (a.rows.length === 0) return b;
  return { keys: b.keys, rows: [...a.rows, ...b.rows] };
}

/** Every n-th item so that at most `max` remain, always keeping the newest (a chart's points; a branch's overlay). */
export function downsample<T>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items];
  const stride = Math.ceil(items.length / max);
  const out: T[] = [];
  for (let i = (items.length - 1) % stride; i < items.length; i += stride) out.push(items[i]!);
  return out;
}
