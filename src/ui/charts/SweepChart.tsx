import { memo, useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceDot, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { SUPPORTED_RTT_MS } from '../../engine';
import { useAppStore } from '../../state/store';
import { simulation } from '../../state/simulation';

/** WL-3: the stretched topology is supported up to this inter-site RTT. */

/** Linear interpolation of the sweep at `rttMs` (the current RTT's point sits on the curve). */
function interpolate(points: { rttMs: number; pct: number }[], rttMs: number): number | undefined {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (rttMs >= a.rttMs && rttMs <= b.rttMs) return a.pct + ((b.pct - a.pct) * (rttMs - a.rttMs)) / (b.rttMs - a.rttMs || 1);
  }
  return points.length > 0 && rttMs <= points[0]!.rttMs ? points[0]!.pct : undefined;
}

/**
 * Whole-system throughput against inter-site RTT, in % of the lowest-RTT run: each point a separate
 * headless run of the current design in the worker. The current RTT is a point, 10 ms a line (WL-3, WL-15).
 */
export const SweepChart = memo(function SweepChart() {
  const { t } = useTranslation();
  const sweep = useAppStore((s) => s.sweep);
  const running = useAppStore((s) => s.sweepRunning);
  // A number, not the clock: the chart re-renders when the RTT changes, not on every frame.
  // The round trip of the design's first link now (the sweep varies every link alike), from the engine's frames.
  const rtt = useAppStore((s) => (s.design.links[0] ? (s.net.links[s.design.links[0].id]?.rttMs ?? s.design.links[0].rttMs) : undefined));
  const data = useMemo(() => {
    const base = sweep?.points[0]?.throughput ?? 0;
    return (sweep?.points ?? []).map((p) => ({ rttMs: p.rttMs, pct: base > 0 ? Math.round((p.throughput / base) * 1000) / 10 : 0 }));
  }, [sweep]);
  const here = rtt !== undefined ? interpolate(data, rtt) : undefined;
  const title = t('live.chart.sweep');
  return (
    <figure className="chart" aria-label={title}>
      <figcaption>
        {title} <span className="muted">({t('live.chart.sweepUnit')})</span>{' '}
        <button type="button" onClick={() => simulation.requestSweep()} disabled={running} aria-busy={running}>
          {running ? t('live.chart.sweepRunning') : sweep ? t('live.chart.sweepAgain') : t('live.chart.sweepRun')}
        </button>
      </figcaption>
      {sweep && !sweep.metric && <p className="muted">{t('live.chart.noThroughput')}</p>}
      {rtt !== undefined && rtt > SUPPORTED_RTT_MS && (
        <p role="alert" className="warning one-line" title={t('live.chart.outsideSupported', { rtt, limit: SUPPORTED_RTT_MS })}>
          {t('live.chart.outsideSupported', { rtt, limit: SUPPORTED_RTT_MS })}
        </p>
      )}
      {sweep?.metric && (
        <div className="chart-plot">
          <ResponsiveContainer width="100%" height="100%" minHeight={60}>
            <LineChart data={data} margin={{ top: 10, right: 12, bottom: 0, left: -12 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />
              <XAxis dataKey="rttMs" type="number" domain={[0, 'dataMax']} unit=" ms" fontSize={11} />
              <YAxis domain={[0, 100]} unit="%" fontSize={11} width={48} />
              <Tooltip isAnimationActive={false} formatter={(v) => `${String(v)} %`} labelFormatter={(v) => `${String(v)} ms`} />
              <ReferenceLine x={SUPPORTED_RTT_MS} stroke="var(--warn)" strokeDasharray="5 3" label={{ value: t('live.chart.limit'), position: 'insideTopRight', fontSize: 11 }} />
              <Line type="monotone" dataKey="pct" name={title} stroke="var(--accent)" strokeWidth={2} dot={{ r: 2 }} isAnimationActive={false} />
              {rtt !== undefined && here !== undefined && (
                <ReferenceDot x={rtt} y={here} r={6} fill="var(--info)" stroke="white" label={{ value: t('live.chart.now', { rtt }), position: 'top', fontSize: 11 }} />
              )}
            </LineChart>
          </ResponsiveContainer>
        </div>
      )}
    </figure>
  );
});
