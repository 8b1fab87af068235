import { registerSW } from 'virtual:pwa-register';
import { useAppStore } from '../../state/store';

/** Where the service worker can run: a production build in a browser that has service workers. */
function canRegister(): boolean {
  return import.meta.env.PROD && typeof navigator !== 'undefined' && 'serviceWorker' in navigator;
}

/**
 * Registers the service worker that keeps every file of the app in the browser (vite-plugin-pwa, Workbox
 * precaching), so that the app opens and runs offline once it has been opened online. Production builds only:
 * the dev server serves files as they change. `register` is the plugin's; a test hands in its own.
 */
export function registerOffline(register: typeof registerSW = registerSW, enabled = canRegister()): void {
  if (!enabled) return;
  const updateSW = register({
    // Already cached (a later visit) or just cached (the first one): both mean the app works offline now.
    onRegisteredSW: (_url, registration) => {
      if (registration?.active) useAppStore.getState().setOfflineReady();
    },
    onOfflineReady: () => useAppStore.getState().setOfflineReady(),
    // Never applied on its own: the button calls it (reloading mid-demo is the user's call).
    onNeedRefresh: () => useAppStore.getState().setOfflineUpdate(() => void updateSW(true)),
  });
}
