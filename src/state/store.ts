import { create } from 'zustand';
import { temporal } from 'zundo';
import { analysisPersistence, createAnalysisSlice, type AnalysisSlice } from './analysisSlice';
import { branchPersistence, createBranchSlice, type BranchSlice } from './branchSlice';
import { createDesignSlice, designPersistence, type DesignSlice } from './designSlice';
import { createEditorSlice, editorPersistence, type EditorSlice } from './editorSlice';
import { createOfflineSlice, offlinePersistence, type OfflineSlice } from './offlineSlice';
import { createLessonSlice, lessonPersistence, type LessonSlice } from './lessonSlice';
import { createPresenterSlice, presenterPersistence, type PresenterSlice } from './presenterSlice';
import { readDeclared, writeDeclared, type PersistTable } from './persist';
import { createSelectionSlice, selectionPersistence, type SelectionSlice } from './selectionSlice';
import { createSessionSlice, sessionPersistence, type SessionSlice } from './sessionSlice';
import { createSimSlice, simPersistence, type SimSlice } from './simSlice';
import { createStorySlice, storyPersistence, type StorySlice } from './storySlice';

export type AppState = DesignSlice & SelectionSlice & SimSlice & EditorSlice & SessionSlice & OfflineSlice & AnalysisSlice & PresenterSlice & LessonSlice & StorySlice & BranchSlice;

/** How many design edits can be undone. */
export const UNDO_LIMIT = 200;

/** What every slice keeps, and where: the one table `persist.ts` reads at start and writes on change. */
export const PERSISTENCE: PersistTable<AppState> = {
  ...designPersistence,
  ...selectionPersistence,
  ...simPersistence,
  ...editorPersistence,
  ...sessionPersistence,
  ...offlinePersistence,
  ...analysisPersistence,
  ...presenterPersistence,
  ...lessonPersistence,
  ...storyPersistence,
  ...branchPersistence,
};

/**
 * The one store, built from slices: design (with undo), selection, live simulation view, editor view, session
 * (which document is open and how it is stored), offline, analysis, presenter, lesson, story. zundo records the design only: live frames and UI state
 * never enter the undo history, and an unchanged design records no step.
 */
export const useAppStore = create<AppState>()(
  temporal(
    (...a) => ({
      ...createDesignSlice(...a),
      ...createSelectionSlice(...a),
      ...createSimSlice(...a),
      ...createEditorSlice(...a),
      ...createSessionSlice(...a),
      ...createOfflineSlice(...a),
      ...createAnalysisSlice(...a),
      ...createPresenterSlice(...a),
      ...createLessonSlice(...a),
      ...createStorySlice(...a),
      ...createBranchSlice(...a),
      ...readDeclared(PERSISTENCE),
    }),
    { partialize: (s) => ({ design: s.design }), equality: (past, now) => past.design === now.design, limit: UNDO_LIMIT },
  ),
);

writeDeclared(useAppStore, PERSISTENCE);

/** Opens another document: it replaces the design and starts a fresh undo history. */
export function openDesign(design: DesignSlice['design']): void {
  useAppStore.getState().setDesign(design);
  useAppStore.temporal.getState().clear();
}
