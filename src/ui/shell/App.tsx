import { useEffect } from 'react';
import { Activity } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { ReactFlowProvider } from '@xyflow/react';
import { useAppStore } from '../../state/store';
import { Canvas } from '../canvas/Canvas';
import { SyncLagCharts } from '../charts/SyncLagChart';
import { Inspector } from '../inspector/Inspector';
import { connectSimulation } from '../sim/simBridge';
import { SimControls } from '../sim/SimControls';
import { EventList } from '../timeline/EventList';
import { LanguageSwitch } from './LanguageSwitch';
import { EditorToolbar } from '../editor/EditorToolbar';
import { EditorOverlays } from '../editor/Overlays';
import { useEditorSession } from '../editor/useEditorSession';
import { Palette } from '../palette/Palette';
import { StartPanel } from '../gallery/Gallery';
import { SharedBanner } from '../share/SharedBanner';

export function App() {
  const { t } = useTranslation();
  const workerError = useAppStore((s) => s.workerError);
  useEffect(() => connectSimulation(), []);
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
          <SimControls />
          <LanguageSwitch />
        </header>
        {workerError && (
          <div role="alert" className="alert">
            {t('worker.crashed', { reason: workerError })}
          </div>
        )}
        <SharedBanner />
        <main className="workspace with-palette">
          <Palette />
          {ready ? <Canvas /> : <p className="canvas loading">{t('editor.loading')}</p>}
          <aside className="side">
            <StartPanel />
            <Inspector />
            <SyncLagCharts />
            <EventList />
          </aside>
        </main>
        <EditorOverlays />
      </div>
    </ReactFlowProvider>
  );
}
