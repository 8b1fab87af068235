import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { templateById } from '../../templates';
import { chartGroups, MAX_LAG_LINES } from './groups';
import { runScenario } from '../../engine';

const t = ((key: string) => key) as unknown as TFunction;

describe('live charts: losses', () => {
  it('WL-1 / WL-8: on the WebLogic reference template the losses chart plots sessions lost and at risk, transactions failed and recovered', () => {
    const { samples } = runScenario(templateById('weblogic-maa')!.design, { untilMs: 3_000 });
    const keys = new Set(samples.keys);
    const losses = chartGroups(keys, t, (id) => id).find((g) => g.id === 'losses');
    expect(losses?.lines.map((l) => l.key)).toEqual(['sessionsLost', 'sessionsAtRisk', 'txFailed', 'txRecovered']);
  });

  it('a design that reports no losses (OnTime) gets no losses chart', () => {
    const { samples } = runScenario(templateById('ontime-p2-load-sharing')!.design, { untilMs: 3_000 });
    const groups = chartGroups(new Set(samples.keys), t, (id) => id);
    expect(groups.map((g) => g.id)).not.toContain('losses');
    expect(groups.map((g) => g.id)).toContain('syncLag');
  });
});

describe('live charts: bounded', () => {
  it('a design with many mail servers draws at most MAX_LAG_LINES sync-lag lines and says how many more there are', () => {
    const keys = new Set(Array.from({ length: 30 }, (_, i) => `syncLag:m${String(i).padStart(2, '0')}`));
    const tWith = ((key: string, p?: { count?: number }) => `${key}:${p?.count ?? ''}`) as unknown as TFunction;
    const lag = chartGroups(keys, tWith, (id) => id).find((g) => g.id === 'syncLag')!;
    expect(lag.lines).toHaveLength(MAX_LAG_LINES);
    expect(lag.lines[0]!.key).toBe('syncLag:m00');
    expect(lag.title).toBe(`chart.syncLagMore:${30 - MAX_LAG_LINES}`);
  });
});
