import { describe, expect, it } from 'vitest';
import type { NodeChange } from '@xyflow/react';
import { keyboardMoves, withLocal } from './useNodeChanges';
import { designToNodes, type FlowNode } from './flow';
import { templateById } from '../../templates';

describe('which position changes are arrow-key nudges to commit', () => {
  const nudge: NodeChange = { id: 'OT1', type: 'position', position: { x: 25, y: 40 }, dragging: false };
  it('a finished move outside a mouse drag is committed', () => {
    expect(keyboardMoves([nudge], false)).toEqual([{ id: 'OT1', position: { x: 25, y: 40 } }]);
  });
  it('the end of a mouse drag is left to the drag stop, a move under way and a resize are not commits', () => {
    expect(keyboardMoves([nudge], true)).toEqual([]);
    expect(keyboardMoves([{ ...nudge, dragging: true }], false)).toEqual([]);
    expect(keyboardMoves([{ id: 'S1', type: 'position', position: { x: 0, y: 0 } }], false)).toEqual([]);
    expect(keyboardMoves([{ id: 'S1', type: 'select', selected: true }], false)).toEqual([]);
  });
});

describe('cluster outlines while their members are dragged', () => {
  it('a member dragged out of its frame is let go (the outline does not stretch after it), and the outline is back to the design once the gesture is over', () => {
    const design = templateById('ontime-minimal')!.design;
    const cluster = design.clusters[0]!;
    const member = design.nodes.find((n) => n.id === cluster.members[0])!;
    const nodes = designToNodes(design);
    const outline = (list: FlowNode[]) => list.find((n) => n.id === `cluster:${cluster.id}`)!;
    const far = { x: member.position.x - 600, y: member.position.y + 400 };
    const during = withLocal(nodes, { measured: {}, moving: { [member.id]: far }, sized: {}, base: design }, design);
    // The drop would take the member out of the cluster: the preview draws the frame round the members that stay.
    expect(outline(during).width!).toBeLessThan(outline(nodes).width!);
    expect(outline(during).height!).toBeLessThanOrEqual(outline(nodes).height!);
    // A stale overlay (the design changed: the drag was committed or undone) draws the design as it is.
    const after = withLocal(nodes, { measured: {}, moving: { [member.id]: far }, sized: {}, base: null }, design);
    expect(outline(after)).toBe(outline(nodes));
  });
});
