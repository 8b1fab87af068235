import { memo, useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';
import { formatSimTime } from '../format';

/**
 * Seconds since each mail server was last synced. Recharts animation is off (it would replay on every
 * update) and the window is bounded by the store.
 */
export const SyncLagChart = memo(function SyncLagChart({ mailId, mailName }: { mailId: string; mailName: string }) {
  const { t } = useTranslation();
  const samples = useAppStore((s) => s.samples);
  const key = `syncLag:${mailId}`;
  const data = useMemo(() => samples.map((s) => ({ t: s.t, lag: s.values[key] })), [samples, key]);
  const title = t('chart.syncLag', { mail: mailName });
  return (
    <figure className="chart" aria-label={title}>
      <figcaption>
        {title} <span className="muted">({t('chart.seconds')})</span>
      </figcaption>
      <ResponsiveContainer width="100%" height={160}>
        <LineChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: -12 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />
          <XAxis dataKey="t" type="number" domain={['dataMin', 'dataMax']} tickFormatter={(v: number) => formatSimTime(v)} minTickGap={40} />
          <YAxis allowDecimals={false} />
          <Tooltip labelFormatter={(v) => formatSimTime(Number(v))} />
          <Line type="stepAfter" dataKey="lag" name={title} stroke="var(--accent)" dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
});

export function SyncLagCharts() {
  const { t } = useTranslation();
  const design = useAppStore((s) => s.design);
  const mails = useMemo(() => design.nodes.filter((n) => n.kind === 'mailServer'), [design]);
  return (
    <section className="panel charts" aria-label={t('panel.charts')}>
      <h2>{t('panel.charts')}</h2>
      {mails.map((m) => (
        <SyncLagChart key={m.id} mailId={m.id} mailName={m.name} />
      ))}
    </section>
  );
}
