import { type DesignDoc, analysisText } from '../../engine';
import type { AnalysisState } from '../../state/analysisSlice';
import { useAppStore } from '../../state/store';

export type { AnalysisKind, AnalysisState } from '../../state/analysisSlice';

/** A field of the analysis state, subscribed like any store field (the state lives in the one store's analysis slice). */
export function useAnalysis<T>(select: (analysis: AnalysisState) => T): T {
  return useAppStore((s) => select(s.analysis));
}

export const setAnalysis: AnalysisSetter = (patch) => useAppStore.getState().setAnalysis(patch);
type AnalysisSetter = (patch: Partial<AnalysisState> | ((now: AnalysisState) => Partial<AnalysisState>)) => void;

/** A result is out of date once the design on screen differs from its own in anything but layout. */
export const isStale = (resultDesign: DesignDoc, current: DesignDoc): boolean => resultDesign !== current && analysisText(resultDesign) !== analysisText(current);
