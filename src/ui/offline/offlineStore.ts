import { create } from 'zustand';

/**
 * Whether the app can open and run without a network (its files are in the browser's cache, kept by a service
 * worker), and whether a newer version is waiting. A presales demo on a plane depends on the first; the second is
 * never applied on its own: reloading in the middle of a demo is the user's call.
 */
export interface OfflineState {
  ready: boolean;
  /** Set when a newer version is installed and waiting: calling it reloads into that version. */
  update: (() => void) | null;
  setReady(): void;
  setUpdate(update: () => void): void;
}

export const useOffline = create<OfflineState>((set) => ({
  ready: false,
  update: null,
  setReady: () => set({ ready: true }),
  setUpdate: (update) => set({ update }),
}));
