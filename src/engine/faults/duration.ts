/** Units a duration may carry, in ms. */
const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, min: 60_000, h: 3_600_000 };

/**
 * Parses a duration like "500ms", "30s", "10m", "1.5h" or a plain number of milliseconds into integer ms.
 * Returns undefined when it is not one (the caller says where).
 */
export function parseDuration(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? Math.round(value) : undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|min|m|h)?\s*$/.exec(value);
  if (!match) return undefined;
  const unit = UNITS[match[2] ?? 'ms']!;
  return Math.round(Number(match[1]) * unit);
}

/** "1h 2m 3.5s" style, for summaries. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = (ms % 60_000) / 1000;
  const parts = [h > 0 ? `${h}h` : '', m > 0 ? `${m}m` : '', s > 0 ? `${Number(s.toFixed(3))}s` : ''].filter(Boolean);
  return parts.join(' ');
}
