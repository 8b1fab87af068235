/** Units a duration may carry, in ms. */
const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, min: 60_000, h: 3_600_000 };

/**
 * The longest simulated time anything may name (a script step, a run's length): one year (8760h). Longer than
 * any parameter's range (the longest, OnTime's token lifetime, is 30 days), short enough that a run ends: an
 * hour of simulated time takes about a second on a laptop, so a year is minutes, where 99999999h never ended.
 */
export const MAX_DURATION_MS = 365 * 24 * 3_600_000;

/** The bound as people read it, for error messages. */
export const MAX_DURATION_TEXT = '1 year (8760h)';

/** What a duration may look like, with its bound: the one wording of every "not a duration" error. */
export const DURATION_HINT = `expected a time like 30000 (ms), "30s", "10m" or "1h", at most ${MAX_DURATION_TEXT}`;

/**
 * Parses a duration like "500ms", "30s", "10m", "1.5h" or a plain number of milliseconds into integer ms.
 * Returns undefined when it is not one, is not finite ("1" and 400 zeros) or is beyond MAX_DURATION_MS (the
 * caller says where).
 */
export function parseDuration(value: string | number): number | undefined {
  const ms = typeof value === 'number' ? value : textMs(value);
  if (ms === undefined || !Number.isFinite(ms) || ms < 0) return undefined;
  const whole = Math.round(ms);
  return whole <= MAX_DURATION_MS ? whole : undefined;
}

function textMs(value: string): number | undefined {
  // Bounded digits: a number of thousands of digits is not a time, and the regex must not scan it for long.
  const match = /^\s*(\d{1,20}(?:\.\d{1,9})?)\s*(ms|s|min|m|h)?\s*$/.exec(value);
  if (!match) return undefined;
  return Number(match[1]) * UNITS[match[2] ?? 'ms']!;
}

/** "1h 2m 3.5s" style, for summaries. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  if (ms < 1000) return `${ms} ms`;
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = (ms % 60_000) / 1000;
  const parts = [h > 0 ? `${h}h` : '', m > 0 ? `${m}m` : '', s > 0 ? `${Number(s.toFixed(3))}s` : ''].filter(Boolean);
  return parts.join(' ');
}
