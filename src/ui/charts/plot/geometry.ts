import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { curveStepAfter, line } from 'd3-shape';

/** One row of a chart: its time and a value per line key (undefined: the gauge had no value then). */
export type PlotRow = Readonly<Record<string, number | undefined>> & { readonly t: number };

export interface Box {
  width: number;
  height: number;
}

/** Room around the plotting area for the tick labels (left and right axes, time below, fault marks above). */
export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export function margins(hasRight: boolean): Margins {
  return { top: 12, right: hasRight ? 34 : 10, bottom: 16, left: 38 };
}

/**
 * A y scale from 0 (or the lowest value, if negative) to the highest value of `keys`, rounded to nice ticks like a
 * chart library's default domain [0, auto]; [0, 1] when there is nothing to show.
 */
export function yScale(rows: readonly PlotRow[], keys: readonly string[], range: readonly [number, number]): ScaleLinear<number, number> {
  let lo = 0;
  let hi = 0;
  for (const row of rows)
    for (const key of keys) {
      const v = row[key];
      if (v === undefined || !Number.isFinite(v)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  if (hi === lo) hi = lo + 1;
  return scaleLinear().domain([lo, hi]).nice(4).range(range);
}

/**
 * The SVG path of one line, stepping after each sample (a gauge holds its value until the next one), skipping the
 * rows without a value and joining across them. Empty when no row has one.
 */
export function stepPath(rows: readonly PlotRow[], key: string, x: (t: number) => number, y: (v: number) => number): string {
  const defined = rows.filter((r) => r[key] !== undefined && Number.isFinite(r[key]));
  const path = line<PlotRow>()
    .x((r) => x(r.t))
    .y((r) => y(r[key]!))
    .curve(curveStepAfter)(defined);
  return path ?? '';
}

/** The index of the row nearest to time `t` (rows sorted by time); -1 when there are none. */
export function nearestRow(rows: readonly PlotRow[], t: number): number {
  if (rows.length === 0) return -1;
  let lo = 0;
  let hi = rows.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid]!.t < t) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0 && t - rows[lo - 1]!.t <= rows[lo]!.t - t) return lo - 1;
  return lo;
}
