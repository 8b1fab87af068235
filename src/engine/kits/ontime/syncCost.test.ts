import { describe, expect, it } from 'vitest';
import { buildDesign } from '../../testing/designs';
import { Recorder } from './fixtures';

/** OT1 in site 1 syncs MS1; MS1 sits in `mailSite`; the sites are `rttMs` apart. */
function run(rttMs: number, mailSite: 'dc1' | 'dc2') {
  const design = buildDesign({
    sites: ['dc1', 'dc2'],
    links: [['dc1', 'dc2', rttMs]],
    nodes: [
      { id: 'OT1', kind: 'ontimeServer', siteId: 'dc1' },
      { id: 'MS1', kind: 'mailServer', siteId: mailSite, params: { users: 200 } },
    ],
    relations: [['watches', 'OT1', 'MS1']],
  });
  const rec = new Recorder(design).until(300_000);
  const late = rec.samples.filter((s) => s.t >= 120_000);
  return {
    durationMs: rec.gauge('syncDurationMs:MS1'),
    trafficKBps: late.reduce((sum, s) => sum + (s.values['syncTrafficKBps:dc1-dc2'] ?? 0), 0) / late.length,
    maxLagS: Math.max(...late.map((s) => s.values['syncLag:MS1'] ?? 0)),
  };
}

describe('Sync across sites', () => {
  it('OT-9: a Sync pass across the inter-site link takes longer the higher the RTT', () => {
    const durations = [1, 5, 20, 50].map((rtt) => run(rtt, 'dc2').durationMs);
    for (let i = 1; i < durations.length; i++) expect(durations[i]!).toBeGreaterThan(durations[i - 1]!);
    // 200 users × (4 round trips × 50 ms + 2 ms) ≈ 40 s per pass.
    expect(durations[3]).toBeCloseTo(200 * (4 * 50 + 2), -2);
    expect(run(0, 'dc1').durationMs).toBeLessThan(durations[0]!);
  });

  it('OT-9: Sync across the link puts its traffic on the link; Sync within a site puts none there', () => {
    const local = run(20, 'dc1');
    const remote = run(20, 'dc2');
    expect(local.trafficKBps).toBe(0);
    expect(remote.trafficKBps).toBeGreaterThan(0);
  });

  it('OT-9: the higher the RTT, the longer each pass holds the link for the same data, and the staler the mail data', () => {
    const rtts = [5, 10, 20, 50];
    const runs = rtts.map((rtt) => run(rtt, 'dc2'));
    for (let i = 1; i < runs.length; i++) {
      expect(runs[i]!.durationMs, `duration at ${rtts[i]} ms`).toBeGreaterThan(runs[i - 1]!.durationMs);
      expect(runs[i]!.maxLagS, `lag at ${rtts[i]} ms`).toBeGreaterThan(runs[i - 1]!.maxLagS);
    }
    // Every pass moves 200 users × 8 kB over the link, whatever the RTT: the rate × the pass cycle (the
    // pass, or the 5 s Sync interval when the pass is shorter) stays at that volume.
    for (const [i, r] of runs.entries()) {
      const cycleS = Math.max(r.durationMs, 5000) / 1000;
      expect(r.trafficKBps * cycleS, `kB per pass at ${rtts[i]} ms`).toBeGreaterThan(200 * 8 * 0.95);
      expect(r.trafficKBps * cycleS, `kB per pass at ${rtts[i]} ms`).toBeLessThan(200 * 8 * 1.05);
    }
  });

  it('OT-9: on a slow link the passes outgrow the Sync interval and the data of the mail server goes staler', () => {
    const fast = run(1, 'dc2');
    const slow = run(50, 'dc2');
    expect(fast.maxLagS).toBeLessThanOrEqual(6);
    expect(slow.maxLagS).toBeGreaterThan(30);
  });
});
