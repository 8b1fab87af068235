import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MetricSample } from '../../engine';
import type { AppState } from '../../state/store';
import { useAppStore } from '../../state/store';
import type { ScriptEntry } from '../../worker/script';
import { describeFault, nameLookup } from '../timeline/describeEvent';
import { MetricChart, type ChartLine } from './MetricChart';
import { SweepChart } from './SweepChart';
import { useThrottledStore } from './useThrottled';

const PALETTE = ['var(--accent)', 'var(--info)', '#7c3aed', '#db2777', '#ea580c', '#0891b2'];

function keysPresent(samples: readonly MetricSample[]): Set<string> {
  const keys = new Set<string>();
  // The newest sample has every gauge of the run: looking at one is enough.
  for (const key of Object.keys(samples[samples.length - 1]?.values ?? {})) keys.add(key);
  return keys;
}

const selectSamples = (s: AppState) => s.samples;

/** The charts of every metric the running design reports, each with the fault markers, plus the RTT sweep. */
export function LiveCharts() {
  const { t } = useTranslation();
  const samples = useThrottledStore(selectSamples);
  const script = useAppStore((s) => s.script);
  const design = useAppStore((s) => s.design);
  const name = useMemo(() => nameLookup(design), [design]);
  const faultLabel = useCallback((e: ScriptEntry) => describeFault(t, e.fault, name), [t, name]);
  const keys = keysPresent(samples);
  const keyList = [...keys].sort().join('|');
  const groups = useMemo(() => {
    const has = (k: string) => keyList.split('|').includes(k);
    const lag = keyList.split('|').filter((k) => k.startsWith('syncLag:'));
    const out: { id: string; title: string; unit: string; rightUnit?: string; lines: ChartLine[] }[] = [];
    if (has('throughput') || has('errorRate'))
      out.push({
        id: 'throughput',
        title: t('live.chart.throughput'),
        unit: t('live.chart.reqPerSec'),
        rightUnit: '%',
        lines: [
          ...(has('throughput') ? [{ key: 'throughput', name: t('live.chart.throughputLine'), color: PALETTE[0]! }] : []),
          ...(has('errorRate') ? [{ key: 'errorRate', name: t('live.chart.errorRate'), color: 'var(--bad)', right: true, scale: 100 }] : []),
        ],
      });
    if (has('latencyP50Ms') || has('latencyP95Ms'))
      out.push({
        id: 'latency',
        title: t('live.chart.latency'),
        unit: 'ms',
        lines: [
          { key: 'latencyP50Ms', name: 'p50', color: PALETTE[1]! },
          { key: 'latencyP95Ms', name: 'p95', color: PALETTE[2]! },
        ],
      });
    if (lag.length > 0)
      out.push({
        id: 'syncLag',
        title: t('chart.syncLag', { mail: lag.map((k) => name(k.slice('syncLag:'.length))).join(', ') }),
        unit: t('chart.seconds'),
        lines: lag.map((k, i) => ({ key: k, name: name(k.slice('syncLag:'.length)), color: PALETTE[i % PALETTE.length]! })),
      });
    if (has('sessionsLost') || has('txFailed'))
      out.push({
        id: 'losses',
        title: t('live.chart.losses'),
        unit: t('live.chart.count'),
        lines: [
          ...(has('sessionsLost') ? [{ key: 'sessionsLost', name: t('live.chart.sessionsLost'), color: PALETTE[3]! }] : []),
          ...(has('txFailed') ? [{ key: 'txFailed', name: t('live.chart.txFailed'), color: PALETTE[4]! }] : []),
        ],
      });
    return out;
  }, [keyList, t, name]);
  return (
    <section className="panel charts dock" aria-label={t('panel.charts')}>
      {samples.length === 0 && <p className="muted">{t('live.chart.empty')}</p>}
      {groups.map((g) => (
        <MetricChart key={g.id} title={g.title} unit={g.unit} rightUnit={g.rightUnit} lines={g.lines} samples={samples} faults={script} faultLabel={faultLabel} />
      ))}
      <SweepChart />
    </section>
  );
}
