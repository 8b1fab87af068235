import { describe, expect, it, vi } from 'vitest';
import type { DesignDoc } from '../../../design/schema';
import { rttSweep, type RttSweepPoint } from '../../../sim/sweep';
import { Simulation } from '../../../sim/simulation';
import { deploymentMs, roundTripsPerRequest } from '../throughput';
import { mistakesDesign, referenceDesign, Run, withRtt } from './harness';

// Scenario runs simulate minutes of a whole topology: give them room on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

/** A sweep's steady state is reached on the first workload tick: short runs measure the same throughput. */
const SWEEP_RUN_MS = 20_000;

/** Each point's throughput relative to the first point's (the LAN-like 0.5 ms). */
function relativeCurve(design: DesignDoc, rttsMs: readonly number[]): Array<RttSweepPoint & { relative: number }> {
  const { points } = rttSweep(design, design.seed, [0.5, ...rttsMs], SWEEP_RUN_MS);
  const base = points[0]!.throughput;
  return points.slice(1).map((p) => ({ ...p, relative: p.throughput / base }));
}

const at = (points: ReturnType<typeof relativeCurve>, rtt: number) => points.find((p) => Math.abs(p.rttMs - rtt) < 1e-9)!;

/** Mean whole-system throughput of a plain run of `design` with every link set to `rttMs` by faults at t = 0. */
function simulatedThroughput(design: DesignDoc, rttMs: number): number {
  const sim = new Simulation(design, { seed: design.seed });
  for (const link of design.links) sim.inject({ kind: 'setRtt', target: link.id, rttMs });
  sim.runUntil(SWEEP_RUN_MS);
  const { keys, rows } = sim.drainFrame().samples;
  const measured = rows.filter((r) => r.t >= SWEEP_RUN_MS / 2).map((r) => r.values[keys.indexOf('throughput')]!);
  return measured.reduce((a, b) => a + b, 0) / measured.length;
}

/** The reference design with the global load balancer resolving only to `otd`: every user enters there. */
function usersEnterAt(otd: string): DesignDoc {
  const design = referenceDesign();
  return { ...design, relations: design.relations.filter((r) => r.kind !== 'resolvesTo' || r.to === otd) };
}

describe('latency → throughput (WL-15, S8)', () => {
  it('WL-15: on the reference template throughput at 20 ms RTT is 75 % ± 3 % of that at 0.5 ms, and 90 % ± 3 % at 6.5 ms', () => {
    const points = relativeCurve(referenceDesign(), [6.5, 20]);
    expect(at(points, 20).relative).toBeGreaterThanOrEqual(0.72);
    expect(at(points, 20).relative).toBeLessThanOrEqual(0.78);
    expect(at(points, 6.5).relative).toBeGreaterThanOrEqual(0.87);
    expect(at(points, 6.5).relative).toBeLessThanOrEqual(0.93);
  });

  it('WL-15: throughput only falls as RTT grows, out to 40 ms', () => {
    const points = relativeCurve(referenceDesign(), [0, 5, 10, 15, 20, 30, 40]);
    for (let i = 1; i < points.length; i++) expect(points[i]!.throughput).toBeLessThanOrEqual(points[i - 1]!.throughput);
  });

  it('WL-15: a sweep point at x and a simulation of the same design with every inter-site link at x agree on throughput', () => {
    for (const design of [referenceDesign(), withRtt(mistakesDesign(), 5)]) {
      const { points } = rttSweep(design, design.seed, [2, 12], SWEEP_RUN_MS);
      for (const p of points) expect(p.throughput).toBeCloseTo(simulatedThroughput(design, p.rttMs), 0);
    }
  });

  it('WL-15: the reference template stays on DOMAIN.md\'s calibrated curve 1/(1 + RTT/60) within 1 point up to 20 ms', () => {
    const rtts = [1, 5, 10, 20];
    const points = relativeCurve(referenceDesign(), rtts);
    for (const rtt of rtts) expect(Math.abs(at(points, rtt).relative - 1 / (1 + rtt / 60))).toBeLessThanOrEqual(0.01);
  });

  it('WL-15: the sweep follows where users enter: next to the database only the SYNC commit crosses, across the link the database calls too', () => {
    const nearDb = at(relativeCurve(usersEnterAt('OTD1'), [20]), 20).relative;
    const farFromDb = at(relativeCurve(usersEnterAt('OTD2'), [20]), 20).relative;
    // R = 100 ms + trips × RTT, relative to the 0.5 ms point: one trip (the commit) near the database, 2.5 (1.5
    // calls + the commit) across.
    const relative = (trips: number) => (100 + trips * 0.5) / (100 + trips * 20);
    expect(nearDb).toBeCloseTo(relative(1), 3);
    expect(farFromDb).toBeCloseTo(relative(2.5), 3);
  });

  it('WL-15: round trips come from the design: both sites wait for the SYNC standby at commit, site 2 also pays the remote database', () => {
    const m = new Run().model;
    expect(roundTripsPerRequest(m, 'MS1')).toMatchObject({ db: 0, commit: 1, session: 0, store: 0, coherence: 0, total: 1 });
    expect(roundTripsPerRequest(m, 'MS3')).toMatchObject({ db: 1.5, commit: 1, session: 0, store: 0, coherence: 0, total: 2.5 });
  });

  it('WL-15: ASYNC redo (MaxPerformance) commits without waiting for the standby, so the site next to the database loses nothing', () => {
    const design = usersEnterAt('OTD1');
    const asyncRedo = { ...design, nodes: design.nodes.map((n) => (n.kind === 'oracleDb' ? { ...n, params: { ...n.params, protectionMode: 'maxPerformance' } } : n)) };
    expect(roundTripsPerRequest(new Run(asyncRedo).model, 'MS1').commit).toBe(0);
    expect(at(relativeCurve(asyncRedo, [20]), 20).relative).toBeGreaterThan(0.99);
  });

  it('WL-15: a standby that is down is not waited for: the commit trip goes with it', () => {
    const run = new Run();
    run.inject({ kind: 'crashHost', target: 'DB2' });
    run.until(5_000);
    expect(roundTripsPerRequest(run.model, 'MS1').commit).toBe(0);
  });

  it('WL-15: the common-mistakes design crosses more per request and so loses more throughput at the same RTT', () => {
    const good = at(relativeCurve(referenceDesign(), [20]), 20).relative;
    const bad = at(relativeCurve(withRtt(mistakesDesign(), 5), [20]), 20).relative;
    expect(bad).toBeLessThan(good - 0.05);
    const m = new Run(mistakesDesign()).model;
    const trips = roundTripsPerRequest(m, 'MS1');
    expect(trips.session).toBeGreaterThan(0);
    expect(trips.coherence).toBe(0.5);
  });

  it('S8: raising the RTT from 5 to 20 ms takes throughput from ≈ 92 % to ≈ 75 %', () => {
    const points = relativeCurve(referenceDesign(), [5, 20]);
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
