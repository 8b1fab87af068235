import { lazy, Suspense, useEffect } from 'react';
import { Activity } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { ReactFlowProvider } from '@xyflow/react';
import { useAppStore } from '../../state/store';
import { Canvas } from '../canvas/Canvas';
import { FaultToolbar } from '../faults/FaultToolbar';
import { useShortcuts } from '../faults/useShortcuts';
import { Inspector } from '../inspector/Inspector';
import { connectSimulation } from '../sim/simBridge';
import { LivePanels } from '../sim/LivePanels';
import { SimControls } from '../sim/SimControls';
import { TimeAxis } from '../timeline/TimeAxis';
import { LanguageSwitch } from './LanguageSwitch';
import { OfflineStatus } from '../offline/OfflineStatus';
import { EditorToolbar } from '../editor/EditorToolbar';
import { EditorOverlays } from '../editor/Overlays';
import { useEditorSession } from '../editor/useEditorSession';
import { Palette } from '../palette/Palette';
import { StartPanel } from '../gallery/Gallery';
import { SharedBanner } from '../share/SharedBanner';
import { RepairedBanner } from '../files/RepairedBanner';
import { ConflictBanner } from '../files/ConflictBanner';

// Recharts is a third of the app's JavaScript: the charts load right after the first paint, so the gallery and the
// canvas are interactive sooner (issue 8's load budget). The placeholder keeps the dock's place meanwhile.
const LiveCharts = lazy(() => import('../charts/LiveCharts').then((m) => ({ default: m.LiveCharts })));

function ChartsLoading() {
  const { t } = useTranslation();
  return (
    <section className="panel charts dock" aria-label={t('panel.charts')} aria-busy="true">
      <p className="muted">{t('editor.loading')}</p>
    </section>
  );
}

export function App() {
  const { t } = useTranslation();
  const workerError = useAppStore((s) => s.workerError);
  useEffect(() => connectSimulation(), []);
  useShortcuts();
  const ready = useEditorSession();
  return (
    <ReactFlowProvider>
      <div className="app">
        <header className="app-header">
          <h1>
            <Activity size={20} aria-hidden="true" className="logo" /> {t('app.title')}
          </h1>
          <span className="tagline muted">{t('app.tagline')}</span>
          <EditorToolbar />
          <OfflineStatus />
          <LanguageSwitch />
        </header>
        <div className="live-bar">
          <SimControls />
          <FaultToolbar />
        </div>
        {workerError && (
          <div role="alert" className="alert">
            {workerError.restarted
              ? `${t('worker.crashed', { reason: workerError.silentMs === undefined ? workerError.message : t('worker.stalled', { seconds: Math.round(workerError.silentMs / 1000) }) })} ${t('live.worker.restarted')}`
              : t('live.worker.commandFailed', { reason: workerError.message })}
          </div>
        )}
        <SharedBanner />
        <RepairedBanner />
        <ConflictBanner />
        <main className="workspace with-palette">
          <Palette />
          <div className="stage">
            {ready ? <Canvas /> : <p className="canvas loading">{t('editor.loading')}</p>}
            <TimeAxis />
            <Suspense fallback={<ChartsLoading />}>
              <LiveCharts />
            </Suspense>
          </div>
          <aside className="side">
            <StartPanel />
            <Inspector />
            <LivePanels />
          </aside>
        </main>
        <EditorOverlays />
      </div>
    </ReactFlowProvider>
  );
}
