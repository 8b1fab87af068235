import { describe, expect, it } from 'vitest';
import { sweepFailures } from '../../engine';
import { templateById } from '../../templates';
import { useAppStore } from '../../state/store';
import { computedAnalysis } from './exportReport';

describe('File → Report carries the analyses computed for the design on screen', () => {
  const design = templateById('ontime-minimal')!.design;
  const matrix = sweepFailures(design, { seed: design.seed });

  it('issue 16: a sweep computed for this design goes into the report; none computed, no analysis section', () => {
    useAppStore.getState().setAnalysis({ sweep: null, availability: null, compare: null });
    expect(computedAnalysis(design)).toBeUndefined();
    useAppStore.getState().setAnalysis({ sweep: { matrix, pairs: false, cached: false, design } });
    expect(computedAnalysis(design)).toEqual({ sweep: matrix });
  });

  it('issue 16: a result computed for another design (the design changed since) is left out', () => {
    useAppStore.getState().setAnalysis({ sweep: { matrix, pairs: false, cached: false, design } });
    const edited = { ...design, nodes: design.nodes.slice(1) };
    expect(computedAnalysis(edited)).toBeUndefined();
    // Moving a node changes no result: the sweep still describes the design.
    const moved = { ...design, nodes: design.nodes.map((n, i) => (i === 0 ? { ...n, position: { x: n.position.x + 40, y: n.position.y } } : n)) };
    expect(computedAnalysis(moved)).toEqual({ sweep: matrix });
  });
});
