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

export function App() {
  const { t } = useTranslation();
  const workerError = useAppStore((s) => s.workerError);
  useEffect(() => connectSimulation(), []);
  return (
    <ReactFlowProvider>
      <div className="app">
        <header className="app-header">
          <h1>
            <Activity size={20} aria-hidden="true" className="logo" /> {t('app.title')}
          </h1>
          <span className="tagline muted">{t('app.tagline')}</span>
          <SimControls />
          <LanguageSwitch />
        </header>
        {workerError && (
          <div role="alert" className="alert">
            {t('worker.crashed', { reason: workerError })}
          </div>
        )}
        <main className="workspace">
          <Canvas />
          <aside className="side">
            <Inspector />
            <SyncLagCharts />
            <EventList />
          </aside>
        </main>
      </div>
    </ReactFlowProvider>
  );
}
