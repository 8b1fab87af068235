import { describe, expect, it } from 'vitest';
import { sampleRecords, Simulation } from '../../engine';
import { templateById } from '../../templates';
import { advanceWithScript } from '../../worker/script';
import { DEMOS } from '../faults/demos';
import { MAX_OVERLAY_MS, overlaySamples } from '../../worker/overlay';

describe('a branch overlaid on the charts (issue 15 §4)', () => {
  const design = templateById('ontime-minimal')!.design;
  const script = DEMOS.find((d) => d.scenario === 'S1')!.script;

  it('is the series that branch showed live: the same design, seed and script, stepped the same way', () => {
    const live = new Simulation(design, { seed: 3 });
    advanceWithScript(live, script, 0, 90_000);
    const shown = sampleRecords(live.drainFrame().samples);
    const overlay = overlaySamples(design, 3, script, 90_000);
    expect(overlay.length).toBeGreaterThan(10);
    expect(overlay.length).toBeLessThanOrEqual(600);
    // Downsampled, but every point it keeps is one the live run had.
    const byTime = new Map(shown.map((s) => [s.t, s.values]));
    for (const s of overlay) expect(s.values).toEqual(byTime.get(s.t));
    expect(overlay[overlay.length - 1]!.t).toBe(shown[shown.length - 1]!.t);
  });

  it('another script gives another series, and the run is bounded', () => {
    const other = overlaySamples(design, 3, [], 90_000);
    expect(other).not.toEqual(overlaySamples(design, 3, script, 90_000));
    expect(overlaySamples(design, 3, [], MAX_OVERLAY_MS * 10).at(-1)!.t).toBeLessThanOrEqual(MAX_OVERLAY_MS);
  });
});
