/** Simulated time as HH:MM:SS (clock) or HH:MM:SS.mmm (events). */
export function formatSimTime(ms: number, withMillis = false): string {
  // Never "Infinity:NaN:NaN.NaN" (issue 19): a time that is not a number shows as unknown.
  if (!Number.isFinite(ms)) return withMillis ? '--:--:--.---' : '--:--:--';
  const total = Math.max(0, Math.floor(ms));
  const h = Math.floor(total / 3_600_000);
  const m = Math.floor((total % 3_600_000) / 60_000);
  const s = Math.floor((total % 60_000) / 1000);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const base = `${pad(h)}:${pad(m)}:${pad(s)}`;
  return withMillis ? `${base}.${pad(total % 1000, 3)}` : base;
}

/** ISO 8601 duration for <time dateTime>, e.g. PT35.123S. */
export function isoDuration(ms: number): string {
  return `PT${(Number.isFinite(ms) ? Math.max(0, ms) / 1000 : 0).toFixed(3)}S`;
}
