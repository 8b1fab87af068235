import { lazy, Suspense, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChecksPanel } from '../checks/ChecksPanel';
import { ScenarioList } from '../faults/ScenarioList';
import { ScriptPanel } from '../faults/ScriptPanel';
import { StoriesPanel } from '../stories/StoriesPanel';
import { EventList } from '../timeline/EventList';
import { TakeoverTimeline } from '../timeline/TakeoverTimeline';
import { useAppStore } from '../../state/store';
import { checkDesign } from '../../engine';
import { isLessonFragment } from '../../state/persistence/lessonLink';
import './live.css';
import { tabAfterKey } from '../tabKeys';

// Issue 14's analyses load when their tab opens: the live view does not pay for them.
const AnalysisPanel = lazy(() => import('../analysis/AnalysisPanel').then((m) => ({ default: m.AnalysisPanel })));
const LessonsPanel = lazy(() => import('../lessons/LessonsPanel').then((m) => ({ default: m.LessonsPanel })));

const TABS = ['events', 'takeovers', 'checks', 'scenarios', 'stories', 'lessons', 'analysis'] as const;
type Tab = (typeof TABS)[number];

const PANELS: Record<Tab, () => ReactNode> = {
  events: () => <EventList />,
  takeovers: () => <TakeoverTimeline />,
  checks: () => <ChecksPanel />,
  scenarios: () => (
    <>
      <ScenarioList />
      <ScriptPanel />
    </>
  ),
  stories: () => <StoriesPanel />,
  analysis: () => (
    <Suspense fallback={null}>
      <AnalysisPanel />
    </Suspense>
  ),
  lessons: () => (
    <Suspense fallback={null}>
      <LessonsPanel />
    </Suspense>
  ),
};

function useFindingCount(): number {
  const design = useAppStore((s) => s.design);
  return useMemo(() => checkDesign(design).filter((f) => f.severity !== 'info').length, [design]);
}

/** The live side panels as tabs (ARIA tabs pattern: arrow keys move between tabs). Only the open one renders. */
export function LivePanels() {
  const { t } = useTranslation();
  // A lesson link opens on the Lessons tab (its panel reads the link).
  const [tab, setTab] = useState<Tab>(() => (isLessonFragment(window.location.hash) ? 'lessons' : 'events'));
  const refs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});
  const findings = useFindingCount();
  const onKey = (e: KeyboardEvent) => {
    const next = tabAfterKey(TABS, tab, e.key);
    if (!next) return;
    e.preventDefault();
    setTab(next);
    refs.current[next]?.focus();
  };
  return (
    <div className="live-panels">
      <div role="tablist" aria-label={t('live.tabs.label')} className="tabs" onKeyDown={onKey}>
        {TABS.map((id) => (
          <button
            key={id}
            ref={(el) => {
              refs.current[id] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`tabpanel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => setTab(id)}
          >
            {t(`live.tabs.${id}`)}
            {id === 'checks' && findings > 0 && <span className="badge">{findings}</span>}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`} className="tabpanel">
        {PANELS[tab]()}
      </div>
    </div>
  );
}
