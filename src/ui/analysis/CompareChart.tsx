import { type Comparison } from '../../engine';
import { useId, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';

/** The chart shows the worst failures only: the table under it lists every one (it is the chart's text alternative). */
export const CHART_FAILURES = 12;

/**
 * A vs B per failure (issue 14.4): the worst impact of each design as grouped bars, worst failures first.
 * The figure has an accessible name, and a description that points to the table holding every value.
 */
export function CompareChart({ c }: { c: Comparison }) {
  const { t } = useTranslation();
  const descId = useId();
  const data = useMemo(
    () =>
      c.failures
        .map((f) => ({ id: f.id, a: (f.a?.worstImpactMs ?? 0) / 1000, b: (f.b?.worstImpactMs ?? 0) / 1000 }))
        .filter((f) => f.a > 0 || f.b > 0)
        .sort((x, y) => Math.max(y.a, y.b) - Math.max(x.a, x.b) || (x.id < y.id ? -1 : 1))
        .slice(0, CHART_FAILURES),
    [c],
  );
  const title = t('analysis.compare.chart');
  if (data.length === 0) return null;
  return (
    <figure className="chart compare-chart" aria-label={title} aria-describedby={descId}>
      <figcaption>{title}</figcaption>
      <p id={descId} className="muted">
        {t('analysis.compare.chartText', { n: data.length, total: c.failures.length, a: c.names[0], b: c.names[1] })}
      </p>
      <div aria-hidden="true">
        <ResponsiveContainer width="100%" height={40 + data.length * 28}>
          <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16, top: 4, bottom: 4 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" unit=" s" />
            <YAxis type="category" dataKey="id" width={170} tick={{ fontSize: 11 }} />
            <Tooltip formatter={(v) => `${String(v)} s`} />
            <Legend />
            <Bar dataKey="a" name={`A: ${c.names[0]}`} fill="var(--accent)" isAnimationActive={false} />
            <Bar dataKey="b" name={`B: ${c.names[1]}`} fill="var(--warn)" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
