import type { MetricSample, SampleBlock } from '../engine';

const ROW = Symbol('row');
type RowValues = { [ROW]: readonly number[] };

/**
 * The gauges of a key list as getters on one prototype: `values[key]` reads the row's array at the key's index.
 * The keys of a run rarely change, so the last list's prototype is kept and reused while the list is the same
 * (each frame brings its own copy of the list across postMessage, so identity is not enough).
 */
let cached: { keys: readonly string[]; proto: object } | undefined;

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function prototypeFor(keys: readonly string[]): object {
  if (cached && sameKeys(cached.keys, keys)) return cached.proto;
  const proto = Object.create(null) as object;
  keys.forEach((key, i) =>
    Object.defineProperty(proto, key, {
      enumerable: true,
      get(this: RowValues) {
        return this[ROW][i];
      },
    }),
  );
  cached = { keys, proto };
  return proto;
}

/**
 * The rows of `block` from `fromRow` on as samples whose `values` read the row's numbers on access, like a column
 * store's row views (issue 18): a keyed record per row cost a property per gauge, about 1,000 on a 1,000-node design,
 * for every row the live view kept, though the charts and the edges read a few dozen of them. The gauges are
 * enumerable with `for…in` (they live on the prototype: `Object.keys` gives none).
 */
export function sampleViews(block: SampleBlock, fromRow = 0): MetricSample[] {
  const proto = prototypeFor(block.keys);
  const out: MetricSample[] = [];
  for (let r = Math.max(0, fromRow); r < block.rows.length; r++) {
    const row = block.rows[r]!;
    const values = Object.create(proto) as RowValues;
    values[ROW] = row.values;
    out.push({ t: row.t, values: values as unknown as Record<string, number> });
  }
  return out;
}

/** The gauge keys of a sample, whether its values are a plain record or a row view. */
export function gaugeKeys(sample: MetricSample | undefined): string[] {
  const keys: string[] = [];
  if (sample) for (const key in sample.values) keys.push(key);
  return keys;
}

/** A sample as a plain record (a copy a test or an export can compare or serialise). */
export function plainSample(sample: MetricSample): MetricSample {
  return { t: sample.t, values: Object.fromEntries(gaugeKeys(sample).map((k) => [k, sample.values[k]!])) };
}
