import { useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { scaleLinear } from 'd3-scale';
import { useTranslation } from 'react-i18next';
import { margins, nearestRow, stepPath, yScale, type PlotRow } from './geometry';
import { useBoxSize } from './useBoxSize';

export interface PlotLine {
  key: string;
  name: string;
  color: string;
  /** Drawn against the right-hand axis (e.g. an error rate beside a throughput). */
  right?: boolean;
}

export interface PlotMark {
  t: number;
  label: string;
}

interface Props {
  title: string;
  rows: readonly PlotRow[];
  lines: readonly PlotLine[];
  /** Another branch's rows, drawn dashed with the same lines. */
  overlay?: { label: string; rows: readonly PlotRow[] } | null;
  domain: readonly [number, number];
  ticks: readonly number[];
  marks: readonly PlotMark[];
  formatTime: (t: number) => string;
}

const valueFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

function valuesAt(row: PlotRow, lines: readonly PlotLine[]): string {
  return lines.map((l) => `${l.name} ${row[l.key] === undefined ? '–' : valueFormat.format(row[l.key]!)}`).join(', ');
}

/**
 * The live dock's line chart: step lines over simulated time, fault marks, a legend and a cursor that reads the
 * values (pointer or arrow keys). Drawn as a handful of SVG paths: the dock redraws several charts twice a second
 * while a run plays, and a general chart library rebuilt its whole state on each redraw, the costliest script of a
 * running 1,000-node view (issue 18).
 */
export function LinePlot({ title, rows, lines, overlay, domain, ticks, marks, formatTime }: Props) {
  const { t } = useTranslation();
  const boxRef = useRef<HTMLDivElement>(null);
  const { width, height } = useBoxSize(boxRef);
  const hintId = useId();
  const [cursor, setCursor] = useState<{ index: number; byKey: boolean } | null>(null);
  const hasRight = lines.some((l) => l.right);
  const m = margins(hasRight);
  const plotW = Math.max(0, width - m.left - m.right);
  const plotH = Math.max(0, height - m.top - m.bottom);
  const geometry = useMemo(() => {
    const x = scaleLinear().domain(domain).range([m.left, m.left + plotW]);
    const all = overlay ? [...rows, ...overlay.rows] : rows;
    const yLeft = yScale(all, lines.filter((l) => !l.right).map((l) => l.key), [m.top + plotH, m.top]);
    const yRight = yScale(all, lines.filter((l) => l.right).map((l) => l.key), [m.top + plotH, m.top]);
    const path = (source: readonly PlotRow[], l: PlotLine) => stepPath(source, l.key, x, l.right ? yRight : yLeft);
    return {
      x,
      yLeft,
      yRight,
      paths: lines.map((l) => ({ line: l, d: path(rows, l), overlay: overlay ? path(overlay.rows, l) : '' })),
    };
  }, [domain, rows, overlay, lines, m.left, m.top, plotW, plotH]);
  const { x, yLeft, yRight, paths } = geometry;
  const at = cursor && cursor.index < rows.length ? rows[cursor.index]! : null;
  const latest = rows[rows.length - 1];
  const summary = latest ? t('live.chart.plotLatest', { title, time: formatTime(latest.t), values: valuesAt(latest, lines) }) : t('live.chart.plotEmpty', { title });

  const onPointer = (e: PointerEvent<SVGSVGElement>) => {
    const left = e.currentTarget.getBoundingClientRect().left;
    const index = nearestRow(rows, x.invert(e.clientX - left));
    setCursor(index < 0 ? null : { index, byKey: false });
  };
  const onKey = (e: KeyboardEvent<SVGSVGElement>) => {
    const last = rows.length - 1;
    const from = cursor?.index ?? last;
    const next = { ArrowLeft: from - 1, ArrowRight: from + 1, Home: 0, End: last }[e.key];
    if (e.key === 'Escape') setCursor(null);
    if (next === undefined || last < 0) return;
    e.preventDefault();
    setCursor({ index: Math.min(last, Math.max(0, next)), byKey: true });
  };

  const yTicks = yLeft.ticks(4);
  const rightTicks = hasRight ? yRight.ticks(4) : [];
  const leftFormat = yLeft.tickFormat(4);
  const rightFormat = yRight.tickFormat(4);
  return (
    <div className="chart-plot">
      <div ref={boxRef} className="plot-box">
        {width > 0 && height > 0 && (
          <svg
            className="plot"
            width={width}
            height={height}
            role="img"
            aria-label={summary}
            aria-describedby={hintId}
            tabIndex={0}
            onPointerMove={onPointer}
            onPointerLeave={() => setCursor(null)}
            onKeyDown={onKey}
            onBlur={() => setCursor(null)}
          >
            <g className="plot-grid">
              {yTicks.map((v) => (
                <line key={`y${v}`} x1={m.left} x2={m.left + plotW} y1={yLeft(v)} y2={yLeft(v)} />
              ))}
              {ticks.map((v) => (
                <line key={`x${v}`} x1={x(v)} x2={x(v)} y1={m.top} y2={m.top + plotH} />
              ))}
            </g>
            <g className="plot-ticks">
              {yTicks.map((v) => (
                <text key={`y${v}`} x={m.left - 4} y={yLeft(v)} textAnchor="end" dominantBaseline="middle">
                  {leftFormat(v)}
                </text>
              ))}
              {rightTicks.map((v) => (
                <text key={`r${v}`} x={m.left + plotW + 4} y={yRight(v)} dominantBaseline="middle">
                  {rightFormat(v)}
                </text>
              ))}
              {ticks.map((v) => (
                <text key={`x${v}`} x={x(v)} y={height - 3} textAnchor="middle">
                  {formatTime(v)}
                </text>
              ))}
            </g>
            {marks.map((mark, i) => (
              <g key={i} className="chart-fault">
                <title>{mark.label}</title>
                <line x1={x(mark.t)} x2={x(mark.t)} y1={m.top} y2={m.top + plotH} />
                <text x={x(mark.t)} y={m.top - 2} textAnchor="middle">
                  ⚡
                </text>
              </g>
            ))}
            {paths.map(({ line, d, overlay: dashed }) => (
              <g key={line.key}>
                <path className="chart-line" data-key={line.key} d={d} style={{ stroke: line.color }} />
                {dashed && <path className="chart-line overlay" data-key={line.key} d={dashed} style={{ stroke: line.color }} />}
              </g>
            ))}
            {at && <line className="plot-cursor" x1={x(at.t)} x2={x(at.t)} y1={m.top} y2={m.top + plotH} />}
          </svg>
        )}
        {at && (
          <div className={`plot-tip${x(at.t) > width / 2 ? ' left' : ''}`} style={{ left: x(at.t) }} aria-hidden="true">
            <strong>{formatTime(at.t)}</strong>
            {lines.map((l) => (
              <span key={l.key} style={{ color: l.color }}>
                {l.name}: {at[l.key] === undefined ? '–' : valueFormat.format(at[l.key]!)}
              </span>
            ))}
          </div>
        )}
      </div>
      <ul className="chart-legend">
        {lines.map((l) => (
          <li key={l.key}>
            <span className="swatch" style={{ background: l.color }} aria-hidden="true" />
            {l.name}
          </li>
        ))}
        {overlay && <li className="muted">┄ {overlay.label}</li>}
      </ul>
      <span id={hintId} className="sr-only">
        {t('live.chart.plotKeys')}
      </span>
      <span className="sr-only" aria-live="polite">
        {at && cursor?.byKey ? `${formatTime(at.t)}: ${valuesAt(at, lines)}` : ''}
      </span>
    </div>
  );
}
