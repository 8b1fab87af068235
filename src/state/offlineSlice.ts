import type { StateCreator } from 'zustand';
import type { PersistTable } from './persist';

/**
 * Whether the app can open and run without a network (its files are in the browser's cache, kept by a service
 * worker), and whether a newer version is waiting. A presales demo on a plane depends on the first; the second is
 * never applied on its own: reloading in the middle of a demo is the user's call.
 */
export interface OfflineSlice {
  offlineReady: boolean;
  /** Set when a newer version is installed and waiting: calling it reloads into that version. */
  offlineUpdate: (() => void) | null;
  setOfflineReady(): void;
  setOfflineUpdate(update: () => void): void;
}

export const createOfflineSlice: StateCreator<OfflineSlice, [], [], OfflineSlice> = (set) => ({
  offlineReady: false,
  offlineUpdate: null,
  setOfflineReady: () => set({ offlineReady: true }),
  setOfflineUpdate: (update) => set({ offlineUpdate: update }),
});

/** The service worker tells this page afresh on every load: nothing is kept. */
export const offlinePersistence: PersistTable<OfflineSlice> = {};
