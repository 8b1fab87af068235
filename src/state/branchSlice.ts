import type { StateCreator } from 'zustand';
import { mainOnly, type BranchState } from './branches/model';
import type { PersistTable } from './persist';

/** What the last Step did: from where to where, and the last event it reached (said in a live region). */
export interface StepNote {
  fromMs: number;
  toMs: number;
  eventId: number | null;
}

/**
 * The timeline as the user moves along it (issue 15 §4): its branches (branches/model.ts), the branch whose charts
 * are drawn over the live ones, and what the last Step did.
 */
export interface BranchSlice extends BranchState {
  /** Another branch drawn dashed in the charts; null: none. */
  overlayBranchId: number | null;
  stepNote: StepNote | null;
  /** The share link's fault script was refused: why (JSON paths); the design opened without it. */
  linkScriptIssues: string[] | null;
  setBranchState(state: BranchState): void;
  setOverlayBranch(id: number | null): void;
  setStepNote(note: StepNote | null): void;
}

export const createBranchSlice: StateCreator<BranchSlice, [], [], BranchSlice> = (set) => ({
  ...mainOnly(),
  overlayBranchId: null,
  stepNote: null,
  linkScriptIssues: null,
  // Only the two fields: a caller may hand in a richer object (a stored record carries its design's checksum).
  setBranchState: ({ branches, activeBranchId }) =>
    set((s) => ({ branches, activeBranchId, overlayBranchId: branches.some((b) => b.id === s.overlayBranchId && b.id !== activeBranchId) ? s.overlayBranchId : null })),
  setOverlayBranch: (id) => set({ overlayBranchId: id }),
  setStepNote: (note) => set({ stepNote: note }),
});

/**
 * Branches belong to the open document, not to the browser: persistence/faultMemory.ts stores them per document
 * (localStorage, keyed by the document's id and checked against its design), so no field is stored on its own here.
 */
export const branchPersistence: PersistTable<BranchSlice> = {};
