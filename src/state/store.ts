import { create } from 'zustand';
import { temporal } from 'zundo';
import { createDesignSlice, type DesignSlice } from './designSlice';
import { createSimSlice, type SimSlice } from './simSlice';
import { createUiSlice, type UiSlice } from './uiSlice';

export type AppState = DesignSlice & SimSlice & UiSlice;

/** How many design edits can be undone. */
export const UNDO_LIMIT = 200;

/**
 * One store built from slices (design, live simulation view, UI state). zundo records the design only: live frames
 * and UI state never enter the undo history, and an unchanged design records no step.
 */
export const useAppStore = create<AppState>()(
  temporal(
    (...a) => ({
      ...createDesignSlice(...a),
      ...createSimSlice(...a),
      ...createUiSlice(...a),
    }),
    { partialize: (s) => ({ design: s.design }), equality: (past, now) => past.design === now.design, limit: UNDO_LIMIT },
  ),
);

/** Opens another document: it replaces the design and starts a fresh undo history. */
export function openDesign(design: DesignSlice['design']): void {
  useAppStore.getState().setDesign(design);
  useAppStore.temporal.getState().clear();
}
