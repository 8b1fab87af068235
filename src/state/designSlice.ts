import type { StateCreator } from 'zustand';
import type { DesignDoc } from '../engine';
import { defaultDesign, requestedDesign } from './initialDesign';
import type { PersistTable } from './persist';

/**
 * The design on screen. Every change goes through `setDesign` or `editDesign` and becomes one undo step (the store
 * is wrapped in zundo's `temporal`, tracking `design` only); opening another document goes through `openDesign`,
 * which starts a fresh history.
 */
export interface DesignSlice {
  design: DesignDoc;
  setDesign(design: DesignDoc): void;
  /** Applies a pure edit; an edit that returns the same object changes nothing and records no undo step. */
  editDesign(edit: (design: DesignDoc) => DesignDoc): void;
}

export const createDesignSlice: StateCreator<DesignSlice, [], [], DesignSlice> = (set, get) => ({
  design: requestedDesign() ?? defaultDesign(),
  setDesign: (design) => set({ design }),
  editDesign: (edit) => {
    const next = edit(get().design);
    if (next !== get().design) set({ design: next });
  },
});

/** The document is kept in the design library (IndexedDB), with its own autosave, revisions and reload copy. */
export const designPersistence: PersistTable<DesignSlice> = { design: { in: 'library' } };
