import type { TFunction } from 'i18next';
import type { ChartLine } from './MetricChart';

const PALETTE = ['var(--accent)', 'var(--info)', '#7c3aed', '#db2777', '#ea580c', '#0891b2'];

/** What an outage cost and what was saved (WebLogic: WL-1 sessions, WL-5/WL-8 transactions), in this order. */
const LOSS_LINES: ReadonlyArray<readonly [key: 'sessionsLost' | 'sessionsAtRisk' | 'txFailed' | 'txRecovered', color: string]> = [
  ['sessionsLost', PALETTE[3]!],
  ['sessionsAtRisk', '#f59e0b'],
  ['txFailed', PALETTE[4]!],
  ['txRecovered', '#16a34a'],
];

/**
 * At most this many sync-lag lines (the first mail servers by id): a large design has hundreds, and a line each
 * would be thousands of SVG points and a legend taller than the canvas.
 */
export const MAX_LAG_LINES = 8;

export interface ChartGroup {
  id: string;
  title: string;
  unit: string;
  rightUnit?: string;
  lines: ChartLine[];
}

/** The charts to draw for the metrics a run reports (`keys`: the gauges of its newest sample). */
export function chartGroups(keys: ReadonlySet<string>, t: TFunction, name: (id: string) => string): ChartGroup[] {
  const has = (k: string) => keys.has(k);
  const allLag = [...keys].filter((k) => k.startsWith('syncLag:')).sort();
  const lag = allLag.slice(0, MAX_LAG_LINES);
  const mail = lag.map((k) => name(k.slice('syncLag:'.length))).join(', ');
  const more = allLag.length - lag.length;
  const out: ChartGroup[] = [];
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
      title: more > 0 ? t('chart.syncLagMore', { mail, count: more }) : t('chart.syncLag', { mail }),
      unit: t('chart.seconds'),
      lines: lag.map((k, i) => ({ key: k, name: name(k.slice('syncLag:'.length)), color: PALETTE[i % PALETTE.length]! })),
    });
  const losses = LOSS_LINES.filter(([key]) => has(key)).map(([key, color]) => ({ key, name: t(`live.chart.${key}`), color }));
  if (losses.length > 0) out.push({ id: 'losses', title: t('live.chart.losses'), unit: t('live.chart.count'), lines: losses });
  return out;
}
