import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MetricSample } from '../../engine';
import { useAppStore } from '../../state/store';
import { scriptFor, simulationKey } from '../../state/simulation';
import { runHeadless } from '../../state/headless';
import { branchName } from './branchNames';

export interface ChartOverlay {
  /** "Branch 2 (from 00:00:25) (dashed)": said in the legend next to each dashed line. */
  label: string;
  samples: MetricSample[];
}

/** The series re-run for one choice of branch (and what its run was built from). */
interface Overlaid {
  branchId: number;
  key: string;
  seed: number;
  samples: MetricSample[];
}

/**
 * The branch picked for overlay, re-run headless in a worker once per choice (and per change of what the run is
 * built from: see worker/overlay.ts). Until the worker answers, the charts show no overlay; an answer for a choice
 * the user has since left is dropped.
 */
export function useBranchOverlay(): ChartOverlay | null {
  const { t } = useTranslation();
  const branch = useAppStore((s) => s.branches.find((b) => b.id === s.overlayBranchId && b.id !== s.activeBranchId));
  const design = useAppStore((s) => s.design);
  const seed = useAppStore((s) => s.seed);
  const key = simulationKey(design);
  const [overlaid, setOverlaid] = useState<Overlaid | null>(null);
  useEffect(() => {
    if (!branch) return;
    let current = true;
    const request = { kind: 'overlay', design, seed, script: scriptFor(design, branch.script), untilMs: branch.horizonMs } as const;
    runHeadless(request).then(
      ({ samples }) => current && setOverlaid({ branchId: branch.id, key, seed, samples }),
      // No overlay rather than a broken chart: the live run goes on either way.
      () => current && setOverlaid(null),
    );
    return () => {
      current = false;
    };
    // The design's layout and names do not change the run: only what simulationKey covers.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [branch, key, seed]);
  const samples = branch && overlaid && overlaid.branchId === branch.id && overlaid.key === key && overlaid.seed === seed ? overlaid.samples : null;
  return useMemo(() => (branch && samples ? { label: t('branches.overlayLegend', { name: branchName(t, branch) }), samples } : null), [branch, samples, t]);
}
