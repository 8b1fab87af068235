import type { StateCreator } from 'zustand';
import type { AvailabilityResult, Comparison, DesignDoc, SweepMatrix } from '../engine';
import type { PoolProgress } from '../worker/analysisPool';
import type { PersistTable } from './persist';

export type AnalysisKind = 'sweep' | 'availability' | 'compare';

/** The analysis panel's state (issue 14): the run in progress and the last result of each analysis. */
export interface AnalysisState {
  running: { kind: AnalysisKind; progress: PoolProgress | null; workers: number } | null;
  /** Each result with the design it was computed for: another design on screen marks it as out of date. */
  sweep: { matrix: SweepMatrix; pairs: boolean; cached: boolean; design: DesignDoc } | null;
  availability: { result: AvailabilityResult; cached: boolean; design: DesignDoc } | null;
  compare: { comparison: Comparison; cached: boolean; design: DesignDoc; other: DesignDoc } | null;
  /** The last run ended without a result: cancelled, or an error (its message). */
  stopped: { kind: AnalysisKind; reason: 'cancelled' | 'failed'; message?: string } | null;
  /** The failure replayed on the canvas (its id), to mark its row. */
  replaying: string | null;
}

/**
 * One field of the store holds it all, so a progress update changes one reference: the canvas's selectors (which
 * read other fields) see nothing new and do not re-render.
 */
export interface AnalysisSlice {
  analysis: AnalysisState;
  setAnalysis(patch: Partial<AnalysisState> | ((now: AnalysisState) => Partial<AnalysisState>)): void;
}

export const createAnalysisSlice: StateCreator<AnalysisSlice, [], [], AnalysisSlice> = (set) => ({
  analysis: { running: null, sweep: null, availability: null, compare: null, stopped: null, replaying: null },
  setAnalysis: (patch) => set((s) => ({ analysis: { ...s.analysis, ...(typeof patch === 'function' ? patch(s.analysis) : patch) } })),
});

/** Results are recomputed on demand (and cached by the worker pool): nothing is kept across reloads. */
export const analysisPersistence: PersistTable<AnalysisSlice> = {};
