import { Prng } from '../kernel/prng';
import type { LessonFile } from './schema';

export type PlaceholderValues = Readonly<Record<string, string | number>>;

/** The student's copy: which option of each variant the seed drew, and the placeholder values they give. */
export interface Variant {
  /** Index of the chosen option, per variant of the file (in order). */
  picks: number[];
  values: PlaceholderValues;
}

/** A salt so the lesson's draws do not repeat the simulation's own first draws from the same seed. */
const VARIANT_SALT = 0x1e55;

/**
 * Draws one option per variant from the student's seed with the engine's PRNG: the same seed gives the same copy
 * on every machine, another seed (most likely) another failing server or other timings.
 */
export function pickVariant(variants: LessonFile['variants'], seed: number): Variant {
  const prng = new Prng((seed ^ VARIANT_SALT) >>> 0);
  const picks = variants.map((v) => prng.nextInt(v.options.length));
  const values: Record<string, string | number> = {};
  variants.forEach((v, i) => Object.assign(values, v.options[picks[i]!]));
  return { picks, values };
}

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The placeholder names a text uses. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/** Fills `{name}` from the values; an unknown name stays as written (validation reports it). */
export function fillText(text: string, values: PlaceholderValues): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A value that is exactly one placeholder takes the placeholder's value with its type (a number stays a number). */
export function fillValue(value: unknown, values: PlaceholderValues): unknown {
  if (typeof value !== 'string') return value;
  const only = /^\{([A-Za-z][A-Za-z0-9]*)\}$/.exec(value);
  if (only && only[1]! in values) return values[only[1]!];
  return fillText(value, values);
}

/** Fills every string of a JSON-like value (objects and arrays deep). */
export function fillDeep<T>(value: T, values: PlaceholderValues): T {
  if (Array.isArray(value)) return value.map((v) => fillDeep(v, values)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillDeep(v, values)])) as T;
  }
  return fillValue(value, values) as T;
}
