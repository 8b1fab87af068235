import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MetricSample } from '../../engine';
import { useAppStore } from '../../state/store';
import { scriptFor, simulationKey } from '../../state/simulation';
import { branchName } from './branchNames';
import { overlaySamples } from './overlay';

export interface ChartOverlay {
  /** "Branch 2 (from 00:00:25) (dashed)": said in the legend next to each dashed line. */
  label: string;
  samples: MetricSample[];
}

/** The branch picked for overlay, re-run headless once per choice (and per change of what the run is built from). */
export function useBranchOverlay(): ChartOverlay | null {
  const { t } = useTranslation();
  const branch = useAppStore((s) => s.branches.find((b) => b.id === s.overlayBranchId && b.id !== s.activeBranchId));
  const design = useAppStore((s) => s.design);
  const seed = useAppStore((s) => s.seed);
  const key = simulationKey(design);
  const samples = useMemo(
    () => (branch ? overlaySamples(design, seed, scriptFor(design, branch.script), branch.horizonMs) : null),
    // The design's layout and names do not change the run: only what simulationKey covers.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [branch, key, seed],
  );
  return useMemo(() => (branch && samples ? { label: t('branches.overlayLegend', { name: branchName(t, branch) }), samples } : null), [branch, samples, t]);
}
