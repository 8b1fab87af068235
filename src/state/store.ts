import { create } from 'zustand';
import { createDesignSlice, type DesignSlice } from './designSlice';
import { createSimSlice, type SimSlice } from './simSlice';
import { createUiSlice, type UiSlice } from './uiSlice';

export type AppState = DesignSlice & SimSlice & UiSlice;

/** One store built from slices (design, live simulation view, UI state). */
export const useAppStore = create<AppState>()((...a) => ({
  ...createDesignSlice(...a),
  ...createSimSlice(...a),
  ...createUiSlice(...a),
}));
