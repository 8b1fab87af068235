import { describe, expect, it } from 'vitest';
import { validateDesign } from '../documents';
import type { DesignDoc } from '../design/schema';
import { availability, componentsOf, YEAR_MS, HOUR_MS } from './availability';
import { kOfN, parallel, series, steadyState } from './analytic';
import { AnalysisCancelled } from './progress';
import { LINK_RELIABILITY, SITE_RELIABILITY } from '../kits/reliability';

/** Clients → one load balancer → one OnTime server: no redundancy anywhere. */
function chain(): DesignDoc {
  const result = validateDesign({
    schemaVersion: 3,
    name: 'no redundancy',
    seed: 7,
    sites: [{ id: 'dc1', name: 'dc1' }],
    links: [],
    nodes: [
      { id: 'CL', kind: 'clients', name: 'CL', siteId: 'dc1', position: { x: 0, y: 0 } },
      { id: 'LB', kind: 'loadBalancer', name: 'LB', siteId: 'dc1', position: { x: 100, y: 0 }, params: { mtbfHours: 2000, mttrHours: 6 } },
      { id: 'OT1', kind: 'ontimeServer', name: 'OT1', siteId: 'dc1', position: { x: 200, y: 0 }, params: { mtbfHours: 3000, mttrHours: 4 } },
    ],
    relations: [
      { id: 'r1', kind: 'routes', from: 'LB', to: 'OT1' },
      { id: 'r2', kind: 'restUrl', from: 'CL', to: 'LB' },
    ],
    clusters: [],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.design;
}

/** The clients in an office, the load balancer and the server in a data centre, one WAN link between them. */
function twoSites(o: { site?: { mtbfHours: number; mttrHours: number }; link?: { mtbfHours: number; mttrHours: number } }): DesignDoc {
  const result = validateDesign({
    schemaVersion: 3,
    name: 'two sites',
    seed: 7,
    sites: [
      { id: 'office', name: 'office' },
      { id: 'dc1', name: 'dc1', ...o.site },
    ],
    links: [{ id: 'wan', a: 'office', b: 'dc1', rttMs: 5, ...o.link }],
    nodes: [
      { id: 'CL', kind: 'clients', name: 'CL', siteId: 'office', position: { x: 0, y: 0 } },
      { id: 'LB', kind: 'loadBalancer', name: 'LB', siteId: 'dc1', position: { x: 100, y: 0 }, params: { mtbfHours: 2000, mttrHours: 6 } },
      { id: 'OT1', kind: 'ontimeServer', name: 'OT1', siteId: 'dc1', position: { x: 200, y: 0 }, params: { mtbfHours: 3000, mttrHours: 4 } },
    ],
    relations: [
      { id: 'r1', kind: 'routes', from: 'LB', to: 'OT1' },
      { id: 'r2', kind: 'restUrl', from: 'CL', to: 'LB' },
    ],
    clusters: [],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.design;
}

describe('availability (issue 14.3)', () => {
  it('DOMAIN §4 maths: series multiplies, parallel is 1 − Π(1 − A), k-of-n is binomial', () => {
    expect(steadyState({ mtbfHours: 999, mttrHours: 1 })).toBeCloseTo(0.999, 12);
    expect(series([0.99, 0.9])).toBeCloseTo(0.891, 12);
    expect(parallel([0.9, 0.9])).toBeCloseTo(0.99, 12);
    expect(kOfN(1, 2, 0.9)).toBeCloseTo(parallel([0.9, 0.9]), 12);
    expect(kOfN(3, 3, 0.9)).toBeCloseTo(0.729, 12);
    expect(kOfN(2, 3, 0.9)).toBeCloseTo(0.972, 12);
  });

  it('the components are the nodes with processes, with their MTBF/MTTR or the kind\'s estimates', () => {
    expect(componentsOf(chain())).toEqual([
      { id: 'LB', element: 'node', kind: 'loadBalancer', mtbfHours: 2000, mttrHours: 6, estimated: { mtbfHours: false, mttrHours: false } },
      { id: 'OT1', element: 'node', kind: 'ontimeServer', mtbfHours: 3000, mttrHours: 4, estimated: { mtbfHours: false, mttrHours: false } },
      // The site holds nodes: its power or cooling can fail too, with the labelled estimate (Uptime Tier III).
      { id: 'dc1', element: 'site', kind: 'site', mtbfHours: SITE_RELIABILITY.mtbfHours, mttrHours: SITE_RELIABILITY.mttrHours, estimated: { mtbfHours: true, mttrHours: true } },
    ]);
  });

  it('without redundancy the simulated availability is close to the analytic series value; the interval holds the estimate', () => {
    const result = availability(chain(), { years: 150 });
    const cl = result.services.find((s) => s.service === 'CL')!;
    const analytic = (2000 / 2006) * (3000 / 3004) * steadyState(SITE_RELIABILITY);
    expect(cl.analytic).toBeCloseTo(analytic, 10);
    // The engine adds what the formula leaves out (the health checks before the LB routes again, the boot), a little.
    const ratio = (1 - cl.availability) / (1 - analytic);
    expect(ratio).toBeGreaterThan(0.85);
    expect(ratio).toBeLessThan(1.25);
    expect(cl.ci95[0]).toBeLessThanOrEqual(cl.availability);
    expect(cl.ci95[1]).toBeGreaterThanOrEqual(cl.availability);
    expect(cl.ci95[1] - cl.ci95[0]).toBeGreaterThan(0);
    expect(cl.nines).toBeCloseTo(-Math.log10(1 - cl.availability), 12);
    expect(cl.downtimeHoursPerYear).toBeCloseTo(((1 - cl.availability) * YEAR_MS) / HOUR_MS, 9);
    // About 8760/2000 + 8760/3000 ≈ 7.3 outages a year.
    expect(cl.outagesPerYear).toBeGreaterThan(6);
    expect(cl.outagesPerYear).toBeLessThan(8.5);
    // Identical single failures come from the cache: far fewer engine runs than failures.
    expect(result.engineRuns).toBeLessThan(result.failures / 10);
    expect(result.criticality.reduce((s, c) => s + c.share, 0)).toBeCloseTo(1, 9);
    // The LB fails more often and takes longer to repair: it is the most critical component.
    expect(result.criticality[0]!.component).toBe('LB');
  }, 120_000);

  it('a site fails with its MTBF/MTTR (siteDown … siteUp): its outages count, it is a component of the criticality and of the analytic series', () => {
    const design = twoSites({ site: { mtbfHours: 500, mttrHours: 10 } });
    const components = componentsOf(design);
    expect(components.find((c) => c.id === 'dc1')).toEqual({ id: 'dc1', element: 'site', kind: 'site', mtbfHours: 500, mttrHours: 10, estimated: { mtbfHours: false, mttrHours: false } });
    // The link keeps the estimate, labelled so.
    expect(components.find((c) => c.id === 'wan')).toMatchObject({ element: 'link', mtbfHours: LINK_RELIABILITY.mtbfHours, estimated: { mtbfHours: true, mttrHours: true } });
    const result = availability(design, { years: 10 });
    const cl = result.services.find((s) => s.service === 'CL')!;
    // About 17.5 site outages a year of 10 h each: ~175 h down, far more than the servers' (the site dominates).
    expect(cl.downtimeHoursPerYear).toBeGreaterThan(120);
    expect(result.criticality[0]!.component).toBe('dc1');
    expect(result.criticality[0]!.share).toBeGreaterThan(0.7);
    // The engine found every component in series with the service (the office's site too: without it no client
    // asks), the site and the link included: the analytic estimate is DOMAIN §4's product of all five.
    const inSeries = [{ mtbfHours: 500, mttrHours: 10 }, { mtbfHours: 2000, mttrHours: 6 }, { mtbfHours: 3000, mttrHours: 4 }, LINK_RELIABILITY, SITE_RELIABILITY];
    expect(cl.analytic).toBeCloseTo(series(inSeries.map(steadyState)), 12);
    expect(cl.why).toContain('analysis.why.agree');
  }, 120_000);

  it('a link with a tiny MTBF (linkDown … linkUp) shows in the criticality and in the analytic estimate', () => {
    const design = twoSites({ link: { mtbfHours: 20, mttrHours: 2 } });
    const result = availability(design, { years: 5 });
    const cl = result.services.find((s) => s.service === 'CL')!;
    expect(result.criticality[0]!.component).toBe('wan');
    expect(result.criticality[0]!.downtimeHours).toBeGreaterThan(0);
    // ~438 cuts a year of ~2 h: the link alone keeps CL down ~9 % of the time.
    expect(cl.availability).toBeLessThan(0.95);
    expect(cl.analytic).toBeLessThanOrEqual(20 / 22 + 1e-12);
  }, 120_000);

  it('is deterministic: the same seed gives the same result, another seed another draw', () => {
    const a = availability(chain(), { years: 20 });
    const b = availability(chain(), { years: 20 });
    expect(a).toEqual(b);
    const c = availability(chain(), { years: 20, seed: 8 });
    expect(c.services[0]!.availability).not.toBe(a.services[0]!.availability);
  }, 120_000);

  it('reports progress per episode and stops when cancelled', () => {
    const seen: Array<[number, number]> = [];
    availability(chain(), { years: 2, onProgress: (done, total) => seen.push([done, total]) });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.at(-1)![0]).toBe(seen.at(-1)![1]);
    let calls = 0;
    expect(() => availability(chain(), { years: 50, isCancelled: () => ++calls > 3 })).toThrow(AnalysisCancelled);
  }, 120_000);
});
