import { describe, expect, it } from 'vitest';
import { keepUnchanged, sameElement } from './stableNodes';

const node = (id: string, x: number, selected = false, name = id) => ({ id, type: 'server', position: { x, y: 0 }, data: { name, kind: 'mailServer' }, selected });

describe('the canvas hands React Flow the same object for a node that did not change (issue 18)', () => {
  it('keeps equal nodes, replaces changed ones, and keeps the whole list when nothing changed', () => {
    const before = [node('a', 0), node('b', 10), node('c', 20)];
    const rebuilt = [node('a', 0), node('b', 10, true), node('c', 20)];
    const after = keepUnchanged(before, rebuilt);
    expect(after[0]).toBe(before[0]);
    expect(after[1]).toBe(rebuilt[1]);
    expect(after[2]).toBe(before[2]);
    expect(keepUnchanged(after, [node('a', 0), node('b', 10, true), node('c', 20)])).toBe(after);
  });

  it('sees a change in the position, the data or a field that appears', () => {
    expect(sameElement(node('a', 0), node('a', 1))).toBe(false);
    expect(sameElement(node('a', 0), node('a', 0, false, 'renamed'))).toBe(false);
    expect(sameElement(node('a', 0), { ...node('a', 0), measured: { width: 10, height: 10 } })).toBe(false);
    expect(sameElement({ ...node('a', 0), measured: { width: 10, height: 10 } }, { ...node('a', 0), measured: { width: 10, height: 10 } })).toBe(true);
  });

  it('follows a new order or a removed node', () => {
    const before = [node('a', 0), node('b', 10)];
    const swapped = keepUnchanged(before, [node('b', 10), node('a', 0)]);
    expect(swapped).not.toBe(before);
    expect(swapped.map((n) => n.id)).toEqual(['b', 'a']);
    expect(swapped[0]).toBe(before[1]);
    expect(keepUnchanged(before, [node('a', 0)])).toEqual([before[0]]);
  });
});
