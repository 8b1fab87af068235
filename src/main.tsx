import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from './i18n';
import { App } from './ui/shell/App';
import './ui/styles.css';
import { registerOffline } from './ui/offline/registerOffline';
import { installRenderFaultHook } from './ui/shell/renderFault';
import { readLastDesignEarly } from './state/persistence/session';

readLastDesignEarly();
initI18n();
registerOffline();
installRenderFaultHook();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
