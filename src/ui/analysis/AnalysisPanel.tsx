import { formatDuration } from '../../engine';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { cancelAnalysis } from './analysisRunner';
import { useAnalysis } from './analysisStore';
import { AvailabilityView } from './AvailabilityView';
import { CompareView } from './CompareView';
import { SweepView } from './SweepView';
import { TargetsEditor } from './TargetsEditor';
import './analysis.css';
import { tabAfterKey } from '../tabKeys';

const SECTIONS = ['sweep', 'availability', 'compare', 'targets'] as const;
type Section = (typeof SECTIONS)[number];

const VIEWS: Record<Section, () => React.ReactNode> = {
  sweep: () => <SweepView />,
  availability: () => <AvailabilityView />,
  compare: () => <CompareView />,
  targets: () => <TargetsEditor />,
};

/** The run in progress: how far, the time left, Cancel. The live view runs on meanwhile. */
function RunProgress() {
  const { t } = useTranslation();
  const running = useAnalysis((s) => s.running);
  const stopped = useAnalysis((s) => s.stopped);
  if (!running) {
    if (!stopped) return null;
    return (
      <p role="status" className={stopped.reason === 'failed' ? 'analysis-error' : 'muted'}>
        {stopped.reason === 'cancelled' ? t('analysis.run.cancelled') : t('analysis.run.failed', { reason: stopped.message ?? '' })}
      </p>
    );
  }
  const p = running.progress;
  const left = p && p.remainingMs !== null && p.done < p.total ? t('analysis.run.left', { time: formatDuration(Math.max(1000, Math.round(p.remainingMs / 1000) * 1000)) }) : '';
  return (
    <div className="analysis-progress" role="status">
      <progress aria-label={t('analysis.run.progress')} max={p?.total ?? 1} value={p?.done ?? 0} />
      <span>
        {t(`analysis.section.${running.kind}`)}: {p ? t('analysis.run.done', { done: p.done, total: p.total }) : t('analysis.run.starting')} {left} ·{' '}
        {t('analysis.run.workers', { n: running.workers })}
      </span>
      <button type="button" onClick={cancelAnalysis}>
        {t('analysis.run.cancel')}
      </button>
    </div>
  );
}

/** "Is my design good enough?" (issue 14): sweep, availability, comparison and the recovery targets they check. */
export function AnalysisPanel() {
  const { t } = useTranslation();
  const [section, setSection] = useState<Section>('sweep');
  const refs = useRef<Partial<Record<Section, HTMLButtonElement | null>>>({});
  // ARIA tabs pattern (like the live panels): one tab in the Tab order, arrows move between them, Home/End to the ends.
  const onKey = (e: KeyboardEvent) => {
    const next = tabAfterKey(SECTIONS, section, e.key);
    if (!next) return;
    e.preventDefault();
    setSection(next);
    refs.current[next]?.focus();
  };
  return (
    <section className="panel analysis" aria-label={t('analysis.title')}>
      <div role="tablist" aria-label={t('analysis.sections')} className="tabs analysis-tabs" onKeyDown={onKey}>
        {SECTIONS.map((id) => (
          <button
            key={id}
            ref={(el) => {
              refs.current[id] = el;
            }}
            type="button"
            role="tab"
            id={`analysis-tab-${id}`}
            aria-selected={section === id}
            aria-controls={`analysis-panel-${id}`}
            tabIndex={section === id ? 0 : -1}
            onClick={() => setSection(id)}
          >
            {t(`analysis.section.${id}`)}
          </button>
        ))}
      </div>
      <RunProgress />
      <div role="tabpanel" id={`analysis-panel-${section}`} aria-labelledby={`analysis-tab-${section}`} className="analysis-body">
        {VIEWS[section]()}
      </div>
    </section>
  );
}
