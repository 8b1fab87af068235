import { registerSW } from 'virtual:pwa-register';
import { useOffline } from './offlineStore';

/**
 * Registers the service worker that keeps every file of the app in the browser (vite-plugin-pwa, Workbox
 * precaching), so that the app opens and runs offline once it has been opened online. Production builds only:
 * the dev server serves files as they change.
 */
export function registerOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const updateSW = registerSW({
    // Already cached (a later visit) or just cached (the first one): both mean the app works offline now.
    onRegisteredSW: (_url, registration) => {
      if (registration?.active) useOffline.getState().setReady();
    },
    onOfflineReady: () => useOffline.getState().setReady(),
    onNeedRefresh: () => useOffline.getState().setUpdate(() => void updateSW(true)),
  });
}
