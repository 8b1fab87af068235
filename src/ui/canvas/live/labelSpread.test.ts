import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_SPREAD_LABELS, spreadLabels, type LabelBox } from './labelSpread';

function moved(boxes: readonly LabelBox[], nudges: readonly number[]): LabelBox[] {
  return boxes.map((b, i) => ({ ...b, top: b.top + nudges[i]! }));
}

function overlapping(boxes: readonly LabelBox[], gap: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  boxes.forEach((a, i) =>
    boxes.forEach((b, j) => {
      if (j <= i) return;
      const apart = a.left + a.width + gap <= b.left || b.left + b.width + gap <= a.left || a.top + a.height + gap <= b.top || b.top + b.height + gap <= a.top;
      if (!apart) out.push([i, j]);
    }),
  );
  return out;
}

describe('spreadLabels', () => {
  it('leaves labels that do not touch where they are', () => {
    const boxes = [
      { left: 0, top: 0, width: 60, height: 18 },
      { left: 100, top: 0, width: 60, height: 18 },
      { left: 0, top: 40, width: 60, height: 18 },
    ];
    expect(spreadLabels(boxes)).toEqual([0, 0, 0]);
  });

  it('moves the lower of two stacked labels just below the upper one', () => {
    const boxes = [
      { left: 10, top: 5, width: 60, height: 18 },
      { left: 0, top: 0, width: 80, height: 18 },
    ];
    // The one at top 0 is placed first and stays; the other goes to 0 + 18 + gap 2.
    expect(spreadLabels(boxes)).toEqual([15, 0]);
  });

  it('moves a label up when that is the shorter way out', () => {
    const boxes = [
      { left: 0, top: 10, width: 60, height: 30 },
      { left: 20, top: 12, width: 60, height: 10 },
    ];
    // Below the tall one would be 40 + 2 - 12 = 30 px down; above it, 10 - 2 - 22 = 14 px up.
    expect(spreadLabels(boxes)).toEqual([0, -14]);
  });

  it('gives the same nudges for the same boxes (no jumping between frames)', () => {
    const boxes = Array.from({ length: 30 }, (_, i) => ({ left: (i * 37) % 90, top: (i * 13) % 50, width: 70, height: 18 }));
    expect(spreadLabels(boxes)).toEqual(spreadLabels(boxes.map((b) => ({ ...b }))));
  });

  it('leaves no two labels overlapping, for any set of labels', () => {
    const box = fc.record({
      left: fc.integer({ min: -300, max: 300 }),
      top: fc.integer({ min: -300, max: 300 }),
      width: fc.integer({ min: 10, max: 160 }),
      height: fc.integer({ min: 10, max: 30 }),
    });
    fc.assert(
      fc.property(fc.array(box, { maxLength: 40 }), fc.integer({ min: 0, max: 6 }), (boxes, gap) => {
        const nudges = spreadLabels(boxes, { gap });
        expect(overlapping(moved(boxes, nudges), gap)).toEqual([]);
      }),
    );
  });

  it('moves a label out from under a server (an obstacle) by the shorter way, and never moves the server', () => {
    const server = { left: 0, top: 0, width: 200, height: 80 };
    expect(spreadLabels([{ left: 50, top: 10, width: 60, height: 16 }], { obstacles: [server] })).toEqual([-28]);
    expect(spreadLabels([{ left: 50, top: 60, width: 60, height: 16 }], { obstacles: [server] })).toEqual([22]);
  });

  it('leaves no label on another or on a server, for any labels and servers', () => {
    const box = (maxH: number) =>
      fc.record({ left: fc.integer({ min: -300, max: 300 }), top: fc.integer({ min: -300, max: 300 }), width: fc.integer({ min: 10, max: 160 }), height: fc.integer({ min: 10, max: maxH }) });
    fc.assert(
      fc.property(fc.array(box(30), { maxLength: 30 }), fc.array(box(120), { maxLength: 8 }), (labels, servers) => {
        const after = moved(labels, spreadLabels(labels, { obstacles: servers }));
        expect(overlapping(after, 2)).toEqual([]);
        const onServer = after.filter((l) => servers.some((s) => overlapping([l, s], 2).length > 0));
        expect(onServer).toEqual([]);
      }),
    );
  });

  it(`does nothing above ${MAX_SPREAD_LABELS} labels (the work would cost more than overlaps do)`, () => {
    const boxes = Array.from({ length: MAX_SPREAD_LABELS + 1 }, () => ({ left: 0, top: 0, width: 50, height: 18 }));
    expect(spreadLabels(boxes).every((d) => d === 0)).toBe(true);
  });
});
