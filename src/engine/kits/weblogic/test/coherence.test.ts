import { describe, expect, it } from 'vitest';
import { mistakesDesign, Run } from './harness';

describe('Coherence (WL-12)', () => {
  it('WL-12: federated per-site clusters keep serving under a partition and converge when the link is back', () => {
    const run = new Run().until(10_000);
    run.partition();
    run.for(30_000);
    expect(run.first('coh.federationPaused')).toBeDefined();
    expect(run.all('coh.splitBrain')).toEqual([]);
    run.heal();
    run.for(5000);
    const converged = run.all('coh.converged');
    expect(converged.length).toBe(2);
    expect(converged[0]!.backlogMs).toBeGreaterThanOrEqual(29_000);
    const frame = run.sim.drainFrame(true);
    expect(frame.relations.filter((r) => r.kind === 'federation').every((r) => r.active)).toBe(true);
  });

  it('WL-12: a Coherence cluster stretched over both sites splits its brain under a partition; on merge one side’s writes are discarded', () => {
    const run = new Run(mistakesDesign()).until(10_000);
    run.partition();
    run.for(10_000);
    const split = run.first('coh.splitBrain')!;
    expect(split.cluster).toBe('coh');
    expect(split.t - 10_000).toBeLessThanOrEqual(3000);
    run.heal();
    run.for(5000);
    expect(run.first('coh.merged')!.discardedMs).toBeGreaterThan(5000);
  });
});
