import { describe, expect, it } from 'vitest';
import type { NodeChange } from '@xyflow/react';
import { keyboardMoves } from './useNodeChanges';

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
