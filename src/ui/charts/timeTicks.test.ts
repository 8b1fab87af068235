import { describe, expect, it } from 'vitest';
import { timeTicks } from './MetricChart';

describe('chart time ticks (handed to Recharts so it need not measure labels)', () => {
  it('are at most four, on whole seconds, inside the domain and evenly spaced', () => {
    for (const [first, last] of [
      [0, 1000],
      [1234, 61_000],
      [3_600_000, 3_660_500],
      [0, 10 * 3_600_000],
    ] as const) {
      const ticks = timeTicks(first, last);
      expect(ticks.length, `${first}..${last}`).toBeGreaterThan(0);
      expect(ticks.length).toBeLessThanOrEqual(4);
      for (const t of ticks) {
        expect(t % 1000).toBe(0);
        expect(t).toBeGreaterThanOrEqual(first);
        expect(t).toBeLessThanOrEqual(last);
      }
      const steps = new Set(ticks.slice(1).map((t, i) => t - ticks[i]!));
      expect(steps.size).toBeLessThanOrEqual(1);
    }
  });
});
