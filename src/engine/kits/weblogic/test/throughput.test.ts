import { describe, expect, it } from 'vitest';
import { deploymentMs, roundTripsPerRequest, throughputSweep } from '../throughput';
import { mistakesDesign, referenceDesign, Run, withRtt } from './harness';

const at = (points: ReturnType<typeof throughputSweep>, rtt: number) => points.find((p) => Math.abs(p.rttMs - rtt) < 1e-9)!;

describe('latency → throughput (WL-15, S8)', () => {
  it('WL-15: on the reference template throughput at 20 ms RTT is 75 % ± 3 % of that at 0.5 ms, and 90 % ± 3 % at 6.5 ms', () => {
    const points = throughputSweep(referenceDesign(), 0, 40, 0.5);
    expect(at(points, 20).relative).toBeGreaterThanOrEqual(0.72);
    expect(at(points, 20).relative).toBeLessThanOrEqual(0.78);
    expect(at(points, 6.5).relative).toBeGreaterThanOrEqual(0.87);
    expect(at(points, 6.5).relative).toBeLessThanOrEqual(0.93);
    expect(at(points, 0.5).relative).toBeCloseTo(1, 6);
  });

  it('WL-15: the sweep covers 0–40 ms and throughput only falls as RTT grows', () => {
    const points = throughputSweep(referenceDesign());
    expect(points[0]!.rttMs).toBe(0);
    expect(points.at(-1)!.rttMs).toBe(40);
    for (let i = 1; i < points.length; i++) expect(points[i]!.throughput).toBeLessThanOrEqual(points[i - 1]!.throughput);
  });

  it('WL-15: round trips come from the design: site 2 pays the remote database, site 1 nothing', () => {
    const m = new Run().model;
    expect(roundTripsPerRequest(m, 'MS1').total).toBe(0);
    expect(roundTripsPerRequest(m, 'MS3')).toMatchObject({ db: 5, session: 0, store: 0, coherence: 0 });
  });

  it('WL-15: the common-mistakes design crosses more per request and so loses more throughput at the same RTT', () => {
    const good = at(throughputSweep(referenceDesign()), 20).relative;
    const bad = at(throughputSweep(withRtt(mistakesDesign(), 5)), 20).relative;
    expect(bad).toBeLessThan(good - 0.05);
    const m = new Run(mistakesDesign()).model;
    const trips = roundTripsPerRequest(m, 'MS1');
    expect(trips.session).toBeGreaterThan(0);
    expect(trips.coherence).toBe(0.5);
  });

  it('S8: raising the RTT from 5 to 20 ms takes throughput from ≈ 92 % to ≈ 75 %', () => {
    const points = throughputSweep(referenceDesign());
    expect(at(points, 5).relative).toBeGreaterThan(0.89);
    expect(at(points, 5).relative).toBeLessThan(0.95);
    expect(at(points, 20).relative).toBeLessThan(0.78);
  });

  it('WL-16: deploying takes longer as the inter-site RTT grows', () => {
    const d = (rtt: number) => deploymentMs(new Run(withRtt(referenceDesign(), rtt)).model);
    expect(d(1)).toBeLessThan(d(10));
    expect(d(10)).toBeLessThan(d(20));
    expect(d(20) - d(10)).toBe(15_000);
  });
});
