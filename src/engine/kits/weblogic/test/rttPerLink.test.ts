import { describe, expect, it, vi } from 'vitest';
import type { DesignDoc } from '../../../design/schema';
import { Simulation } from '../../../sim/simulation';
import { templateById } from '../../../../templates';
import { referenceDesign } from './harness';

vi.setConfig({ testTimeout: 60_000 });

/** `design` with a third site whose links to the first two come first in the file (at 1 ms). */
function withThirdSiteFirst(design: DesignDoc, [a, b]: readonly [string, string]): DesignDoc {
  const third = { id: 'site3', name: 'Site 3', position: { x: 0, y: 900 }, size: { width: 300, height: 200 } };
  const links = [
    { id: 'l3a', a: 'site3', b: a, rttMs: 1, jitterMs: 0 },
    { id: 'l3b', a: 'site3', b: b, rttMs: 1, jitterMs: 0 },
  ];
  return { ...design, sites: [...design.sites, third], links: [...links, ...design.links] };
}

/** Mean of the 'throughput' gauge over [fromMs, toMs) of a run with the RTT of `link` set at 0. */
function throughputWithRtt(design: DesignDoc, link: string, rttMs: number): number {
  const sim = new Simulation(design, { seed: 7 });
  sim.inject({ kind: 'setRtt', target: link, rttMs });
  sim.runUntil(30_000);
  const { keys, rows } = sim.drainFrame().samples;
  const column = keys.indexOf('throughput');
  const measured = rows.filter((r) => r.t >= 10_000);
  return measured.reduce((s, r) => s + r.values[column]!, 0) / measured.length;
}

describe('cross-site requests pay the RTT of their own link (WL-15, OT-9)', () => {
  it('WL-15: with a third site whose links come first, raising the RTT between the two main sites lowers throughput', () => {
    const design = withThirdSiteFirst(referenceDesign(), ['site1', 'site2']);
    const near = throughputWithRtt(design, 'man', 1);
    const far = throughputWithRtt(design, 'man', 30);
    expect(far).toBeLessThan(near * 0.9);
    // The third site's links are not on any request's path: changing them changes nothing.
    expect(throughputWithRtt(design, 'l3a', 30)).toBeCloseTo(throughputWithRtt(design, 'l3a', 1), 6);
  });

  it('OT-9: with a third site whose links come first, raising the RTT between the two main sites slows OnTime down', () => {
    const design = withThirdSiteFirst(templateById('ontime-p2-two-sites')!.design, ['dc1', 'dc2']);
    const near = throughputWithRtt(design, 'wan', 1);
    const far = throughputWithRtt(design, 'wan', 300);
    expect(far).toBeLessThan(near);
  });
});
