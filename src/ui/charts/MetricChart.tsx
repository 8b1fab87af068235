import { memo, useMemo, useRef } from 'react';
import { downsample, type MetricSample, type TimedFault } from '../../engine';
import { formatSimTime } from '../format';
import { useOnScreen } from './useOnScreen';
import { LinePlot } from './plot/LinePlot';
import type { PlotRow } from './plot/geometry';

/** At most this many points per line: the store keeps 600 samples, a chart draws a stride of them. */
export const MAX_POINTS = 200;

export interface ChartLine {
  key: string;
  name: string;
  color: string;
  /** Right-hand axis (e.g. an error rate next to a throughput). */
  right?: boolean;
  scale?: number;
}


/** Tick spacings a clock reads at a glance: 1, 2, 5, 10, 15, 30 s; 1, 2, 5, 10, 15, 30 min; 1 h. */
const NICE_STEPS_MS = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600].map((s) => s * 1000);

/**
 * Evenly spaced ticks on whole seconds (at most `count`): handing Recharts its ticks with interval 0 spares it
 * measuring every tick label in the DOM on each redraw to pick which ones fit (its default, and most of a chart's cost).
 */
export function timeTicks(first: number, last: number, count = 4): number[] {
  const span = last - first;
  if (span <= 0) return [first];
  const wanted = span / (count - 1);
  const step = NICE_STEPS_MS.find((s) => s >= wanted) ?? Math.ceil(wanted / 3_600_000) * 3_600_000;
  const ticks: number[] = [];
  for (let t = Math.ceil(first / step) * step; t <= last; t += step) ticks.push(t);
  return ticks;
}

/** A sample as a chart row: each line's value, scaled (e.g. a rate as a percentage). */
function toRow(s: MetricSample, lines: readonly ChartLine[]): PlotRow {
  const row: Record<string, number | undefined> = { t: s.t };
  for (const l of lines) row[l.key] = s.values[l.key] === undefined ? undefined : s.values[l.key]! * (l.scale ?? 1);
  return row as PlotRow;
}

/** An overlaid branch's rows inside this chart's window, scaled like the live lines. */
function overlayRows(samples: readonly MetricSample[], lines: readonly ChartLine[], first: number, last: number): PlotRow[] {
  return samples.filter((s) => s.t >= first && s.t <= last).map((s) => toRow(s, lines));
}

const formatTick = (v: number) => formatSimTime(v);

interface Props {
  title: string;
  unit: string;
  rightUnit?: string;
  lines: readonly ChartLine[];
  samples: readonly MetricSample[];
  faults: readonly TimedFault[];
  faultLabel: (entry: TimedFault) => string;
  /** Another branch's series, drawn dashed over the window (issue 15 §4). */
  overlay?: { label: string; samples: readonly MetricSample[] } | null;
}

/** A live line chart over simulated time with a marker per injected fault; the data is bounded and downsampled. */
export const MetricChart = memo(function MetricChart({ title, unit, rightUnit, lines, samples: latest, faults, faultLabel, overlay }: Props) {
  // Scrolled out of the dock, the chart keeps what it drew: no redraw nobody sees (issue 18); back in view, it catches up.
  const ref = useRef<HTMLElement>(null);
  const onScreen = useOnScreen(ref);
  const drawn = useRef(latest);
  if (onScreen) drawn.current = latest;
  const samples = drawn.current;
  const data = useMemo(() => downsample(samples, MAX_POINTS).map((s) => toRow(s, lines)), [samples, lines]);
  const first = samples[0]?.t ?? 0;
  const last = samples[samples.length - 1]?.t ?? 0;
  const overlayData = useMemo(() => (overlay ? overlayRows(overlay.samples, lines, first, last) : null), [overlay, lines, first, last]);
  const end = Math.max(last, first + 1000);
  const ticks = useMemo(() => timeTicks(first, end), [first, end]);
  const domain = useMemo(() => [first, end] as const, [first, end]);
  const marks = useMemo(() => faults.filter((f) => f.atMs >= first && f.atMs <= last).map((f) => ({ t: f.atMs, label: faultLabel(f) })), [faults, first, last, faultLabel]);
  const overlayPlot = useMemo(() => (overlay && overlayData ? { label: overlay.label, rows: overlayData } : null), [overlay, overlayData]);
  const unitText = `${unit}${rightUnit ? ` / ${rightUnit}` : ''}`;
  return (
    <figure ref={ref} className="chart" aria-label={title}>
      <figcaption className="clamped" title={`${title} (${unitText})`}>
        {title} <span className="muted">({unitText})</span>
      </figcaption>
      {/* The plot takes what the caption leaves of the dock (a two-line caption in Japanese): see live.css. */}
      <LinePlot title={title} rows={data} lines={lines} overlay={overlayPlot} domain={domain} ticks={ticks} marks={marks} formatTime={formatTick} />
    </figure>
  );
});
