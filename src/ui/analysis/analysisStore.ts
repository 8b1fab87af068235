import { type DesignDoc, analysisText, type AvailabilityResult, type Comparison, type SweepMatrix } from '../../engine';
import { create } from 'zustand';
import type { PoolProgress } from '../../worker/analysisPool';

export type AnalysisKind = 'sweep' | 'availability' | 'compare';

/**
 * The analysis panel's state (issue 14): the run in progress and the last result of each analysis. Kept apart from
 * the app store: none of it is undoable or saved, and progress updates must not wake the canvas's subscribers.
 */
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

export const useAnalysis = create<AnalysisState>()(() => ({ running: null, sweep: null, availability: null, compare: null, stopped: null, replaying: null }));

/** A result is out of date once the design on screen differs from its own in anything but layout. */
export const isStale = (resultDesign: DesignDoc, current: DesignDoc): boolean => resultDesign !== current && analysisText(resultDesign) !== analysisText(current);
