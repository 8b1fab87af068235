import { describe, expect, it } from 'vitest';
import { margins, nearestRow, stepPath, yScale, type PlotRow } from './geometry';

const rows: PlotRow[] = [
  { t: 0, a: 1, b: undefined },
  { t: 1000, a: 4, b: 0.5 },
  { t: 2000, a: undefined, b: 0.25 },
  { t: 3000, a: 7, b: 1 },
];

describe('live plot geometry', () => {
  it('y scale: from 0 to a nice value above the highest of its lines only', () => {
    const y = yScale(rows, ['a'], [100, 0]);
    expect(y.domain()).toEqual([0, 8]);
    expect(y(0)).toBe(100);
    expect(y(8)).toBe(0);
    expect(yScale(rows, ['b'], [100, 0]).domain()).toEqual([0, 1]);
  });

  it('y scale: [0, 1] with nothing to show, and it reaches below 0 for a negative value', () => {
    expect(yScale([], ['a'], [100, 0]).domain()).toEqual([0, 1]);
    expect(yScale([{ t: 0, a: 0 }], ['a'], [100, 0]).domain()).toEqual([0, 1]);
    expect(yScale([{ t: 0, a: -3 }, { t: 1, a: 5 }], ['a'], [100, 0]).domain()[0]).toBeLessThanOrEqual(-3);
  });

  it('a step line holds each value until the next sample and joins across a missing one', () => {
    const d = stepPath(rows, 'a', (t) => t / 100, (v) => 100 - v);
    // Three defined samples: 0→1000 at 99, then down to 96, 1000→3000 at 96 (t = 2000 skipped), then 93.
    expect(d).toBe('M0,99L10,99L10,96L30,96L30,93');
    expect(stepPath(rows, 'missing', (t) => t, (v) => v)).toBe('');
  });

  it('the nearest row to a time, ties to the earlier one', () => {
    expect(nearestRow(rows, -50)).toBe(0);
    expect(nearestRow(rows, 400)).toBe(0);
    expect(nearestRow(rows, 500)).toBe(0);
    expect(nearestRow(rows, 600)).toBe(1);
    expect(nearestRow(rows, 2900)).toBe(3);
    expect(nearestRow(rows, 9000)).toBe(3);
    expect(nearestRow([], 0)).toBe(-1);
  });

  it('leaves room for a right-hand axis only when there is one', () => {
    expect(margins(true).right).toBeGreaterThan(margins(false).right);
  });
});
