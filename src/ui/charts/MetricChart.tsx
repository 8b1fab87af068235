import { memo, useMemo, useRef } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { downsample, type MetricSample, type TimedFault } from '../../engine';
import { formatSimTime } from '../format';
import { useOnScreen } from './useOnScreen';

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

/** An overlaid branch's rows inside this chart's window, scaled like the live lines. */
function overlayRows(samples: readonly MetricSample[], lines: readonly ChartLine[], first: number, last: number): Array<Record<string, number | undefined>> {
  return samples
    .filter((s) => s.t >= first && s.t <= last)
    .map((s) => {
      const row: Record<string, number | undefined> = { t: s.t };
      for (const l of lines) row[l.key] = s.values[l.key] === undefined ? undefined : s.values[l.key]! * (l.scale ?? 1);
      return row;
    });
}

const formatTick = (v: number) => formatSimTime(v);
const formatLabel = (v: unknown) => formatSimTime(Number(v));

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

/**
 * A live line chart over simulated time with a marker per injected fault. Recharts animation is off (it would
 * replay on every update) and the data is bounded and downsampled.
 */
export const MetricChart = memo(function MetricChart({ title, unit, rightUnit, lines, samples: latest, faults, faultLabel, overlay }: Props) {
  // Scrolled out of the dock, the chart keeps what it drew: no redraw nobody sees (issue 18); back in view, it catches up.
  const ref = useRef<HTMLElement>(null);
  const onScreen = useOnScreen(ref);
  const drawn = useRef(latest);
  if (onScreen) drawn.current = latest;
  const samples = drawn.current;
  const data = useMemo(
    () =>
      downsample(samples, MAX_POINTS).map((s) => {
        const row: Record<string, number | undefined> = { t: s.t };
        for (const l of lines) row[l.key] = s.values[l.key] === undefined ? undefined : s.values[l.key]! * (l.scale ?? 1);
        return row;
      }),
    [samples, lines],
  );
  const first = samples[0]?.t ?? 0;
  const last = samples[samples.length - 1]?.t ?? 0;
  const overlayData = useMemo(() => (overlay ? overlayRows(overlay.samples, lines, first, last) : null), [overlay, lines, first, last]);
  const hasRight = lines.some((l) => l.right);
  const end = Math.max(last, first + 1000);
  const ticks = useMemo(() => timeTicks(first, end), [first, end]);
  const unitText = `${unit}${rightUnit ? ` / ${rightUnit}` : ''}`;
  // The same element while the data is the same (a hidden chart, a batch without a new sample): React skips Recharts.
  const body = useMemo(
    () => (
      <div className="chart-plot">
        <ResponsiveContainer width="100%" height="100%" minHeight={60}>
          <LineChart data={data} margin={{ top: 6, right: hasRight ? 0 : 12, bottom: 0, left: -12 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />
            <XAxis dataKey="t" type="number" domain={[first, end]} ticks={ticks} interval={0} tickFormatter={formatTick} fontSize={11} />
            <YAxis yAxisId="left" fontSize={11} width={48} />
            {hasRight && <YAxis yAxisId="right" orientation="right" fontSize={11} width={40} />}
            <Tooltip labelFormatter={formatLabel} isAnimationActive={false} />
            <Legend wrapperStyle={{ fontSize: 11 }} />
            {faults
              .filter((f) => f.atMs >= first && f.atMs <= last)
              .map((f, i) => (
                <ReferenceLine key={i} yAxisId="left" x={f.atMs} stroke="var(--bad)" strokeDasharray="4 3" label={{ value: '⚡', position: 'top', fontSize: 11 }} ifOverflow="hidden">
                  <title>{faultLabel(f)}</title>
                </ReferenceLine>
              ))}
            {lines.map((l) => (
              <Line
                key={l.key}
                yAxisId={l.right ? 'right' : 'left'}
                type="stepAfter"
                dataKey={l.key}
                name={l.name}
                stroke={l.color}
                dot={false}
                strokeWidth={2}
                isAnimationActive={false}
                connectNulls
              />
            ))}
            {overlayData &&
              lines.map((l) => (
                <Line
                  key={`overlay-${l.key}`}
                  data={overlayData}
                  yAxisId={l.right ? 'right' : 'left'}
                  type="stepAfter"
                  dataKey={l.key}
                  name={`${l.name} · ${overlay!.label}`}
                  stroke={l.color}
                  strokeDasharray="5 4"
                  strokeOpacity={0.75}
                  dot={false}
                  strokeWidth={1.5}
                  isAnimationActive={false}
                  connectNulls
                />
              ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
    ),
    [data, first, last, end, ticks, hasRight, lines, faults, faultLabel, overlayData, overlay],
  );
  return (
    <figure ref={ref} className="chart" aria-label={title}>
      <figcaption className="clamped" title={`${title} (${unitText})`}>
        {title} <span className="muted">({unitText})</span>
      </figcaption>
      {/* The plot takes what the caption leaves of the dock (a two-line caption in Japanese): see live.css. */}
      {body}
    </figure>
  );
});
