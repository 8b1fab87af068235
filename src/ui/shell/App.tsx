import { lazy, Suspense, useEffect } from 'react';
import { Activity } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { ReactFlowProvider } from '@xyflow/react';
import { useAppStore } from '../../state/store';
import { Canvas } from '../canvas/Canvas';
import { FaultToolbar } from '../faults/FaultToolbar';
import { useKeyboard } from '../../commands/useKeyboard';
import { Inspector } from '../inspector/Inspector';
import { connectSimulation } from '../../state/simulation';
import { EditNotice } from '../sim/EditNotice';
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
import { PanelBoundary } from './PanelBoundary';
import { ConflictBanner } from '../files/ConflictBanner';
import { BlackScreen, PresenterStrip } from '../presenter/PresenterView';
import { PresenterButton } from '../presenter/PresenterButton';

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
  const presenting = useAppStore((s) => s.presenting);
  useEffect(() => connectSimulation(), []);
  useKeyboard();
  const ready = useEditorSession();
  return (
    <ReactFlowProvider>
      <div className={presenting ? 'app presenting' : 'app'}>
        <header className="app-header">
          <h1>
            <Activity size={20} aria-hidden="true" className="logo" /> {t('app.title')}
          </h1>
          <span className="tagline muted">{t('app.tagline')}</span>
          <PanelBoundary panel="toolbar">
            <EditorToolbar />
          </PanelBoundary>
          <PresenterButton />
          <OfflineStatus />
          <LanguageSwitch />
        </header>
        <div className="live-bar">
          <PanelBoundary panel="controls">
            <SimControls />
            <FaultToolbar />
          </PanelBoundary>
        </div>
        {workerError && (
          <div role="alert" className="alert">
            {workerError.restarted
              ? `${t('worker.crashed', { reason: workerError.silentMs === undefined ? workerError.message : t('worker.stalled', { seconds: Math.round(workerError.silentMs / 1000) }) })} ${t('live.worker.restarted')}`
              : t('live.worker.commandFailed', { reason: workerError.message })}
          </div>
        )}
        <EditNotice />
        <SharedBanner />
        <RepairedBanner />
        <ConflictBanner />
        <main className="workspace with-palette">
          <PanelBoundary panel="palette">
            <Palette />
          </PanelBoundary>
          <div className="stage">
            <PanelBoundary panel="canvas">{ready ? <Canvas /> : <p className="canvas loading">{t('editor.loading')}</p>}</PanelBoundary>
            <PresenterStrip />
            <PanelBoundary panel="timeline">
              <TimeAxis />
            </PanelBoundary>
            <PanelBoundary panel="charts">
              <Suspense fallback={<ChartsLoading />}>
                <LiveCharts />
              </Suspense>
            </PanelBoundary>
          </div>
          <aside className="side">
            <PanelBoundary panel="start">
              <StartPanel />
            </PanelBoundary>
            <PanelBoundary panel="inspector">
              <Inspector />
            </PanelBoundary>
            <PanelBoundary panel="side">
              <LivePanels />
            </PanelBoundary>
          </aside>
        </main>
        <PanelBoundary panel="overlays">
          <EditorOverlays />
        </PanelBoundary>
        <BlackScreen />
      </div>
    </ReactFlowProvider>
  );
}
