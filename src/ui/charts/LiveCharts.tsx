import { useCallback, useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MetricSample, TimedFault } from '../../engine';
import type { AppState } from '../../state/store';
import { useAppStore } from '../../state/store';
import { gaugeKeys } from '../../state/sampleViews';
import { describeFault, nameLookup } from '../timeline/describeEvent';
import { chartGroups } from './groups';
import { MetricChart } from './MetricChart';
import { SweepChart } from './SweepChart';
import { useThrottledStore } from './useThrottled';
import { useBranchOverlay } from '../branches/useBranchOverlay';

/** The newest sample has every gauge of the run: looking at one is enough. */
function keysPresent(samples: readonly MetricSample[]): Set<string> {
  return new Set(gaugeKeys(samples[samples.length - 1]));
}

const selectSamples = (s: AppState) => s.samples;
/** Charts redraw twice a second: a redraw is the costliest thing on the page, and a trend reads as well at 2 Hz. */
const CHART_REFRESH_MS = 500;

/** The charts of every metric the running design reports, each with the fault markers, plus the RTT sweep. */
export function LiveCharts() {
  const { t } = useTranslation();
  const samples = useThrottledStore(selectSamples, CHART_REFRESH_MS);
  // Deferred: an injection's answer paints the node first, the charts' fault marker follows (issue 18).
  const script = useDeferredValue(useAppStore((s) => s.script));
  const design = useAppStore((s) => s.design);
  const name = useMemo(() => nameLookup(design), [design]);
  const faultLabel = useCallback((e: TimedFault) => describeFault(t, e.fault, name), [t, name]);
  const keys = keysPresent(samples);
  const keyList = [...keys].sort().join('|');
  const overlay = useBranchOverlay();
  const groups = useMemo(() => chartGroups(new Set(keyList.split('|')), t, name), [keyList, t, name]);
  return (
    <section className="panel charts dock" aria-label={t('panel.charts')}>
      {samples.length === 0 && <p className="muted">{t('live.chart.empty')}</p>}
      {groups.map((g) => (
        <MetricChart key={g.id} title={g.title} unit={g.unit} rightUnit={g.rightUnit} lines={g.lines} samples={samples} faults={script} faultLabel={faultLabel} overlay={overlay} />
      ))}
      <SweepChart />
    </section>
  );
}
