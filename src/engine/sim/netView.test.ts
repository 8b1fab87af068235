import { describe, expect, it } from 'vitest';
import { validateDesign } from '../documents';
import type { DesignDoc } from '../design/schema';
import type { Fault } from '../faults/catalogue';
import { replay, Simulation, type TimedFault } from './simulation';
import ontimeTwoSites from '../../templates/ontime-p2-two-sites.json';
import weblogicMaa from '../../templates/weblogic-maa.json';

function load(raw: unknown): DesignDoc {
  const r = validateDesign(raw);
  if (!r.ok) throw new Error('template invalid');
  return r.design;
}

/** Both kits' two-site templates: one link between two sites each. */
const CASES = [
  { kit: 'OnTime', design: load(ontimeTwoSites), link: 'wan', a: 'dc1', b: 'dc2' },
  { kit: 'WebLogic', design: load(weblogicMaa), link: 'man', a: 'site1', b: 'site2' },
];

describe.each(CASES)('the network view in frames ($kit template)', ({ design, link, a, b }) => {
  const designed = design.links.find((l) => l.id === link)!.rttMs;

  /** Injects `fault` at `atMs` and returns the network the next frame carries. */
  function after(sim: Simulation, atMs: number, fault: Fault) {
    sim.runUntil(atMs);
    sim.inject(fault);
    sim.runUntil(atMs + 1000);
    return sim.drainFrame().net;
  }

  it('the first frame carries every link up at its designed RTT; a frame without a network change carries none', () => {
    const sim = new Simulation(design);
    expect(sim.drainFrame().net).toEqual({ links: { [link]: { traffic: 'up', down: false, rttMs: designed, designRttMs: designed } }, partitions: [], downSites: [] });
    sim.runUntil(5000);
    expect(sim.drainFrame().net).toBeUndefined();
  });

  it('a cut, a partition, a slowdown and their heals each arrive in the next frame, as the engine sees them', () => {
    const sim = new Simulation(design);
    sim.drainFrame();
    expect(after(sim, 10_000, { kind: 'linkDown', target: link })?.links[link]).toMatchObject({ traffic: 'cut', down: true });
    expect(after(sim, 20_000, { kind: 'linkUp', target: link })?.links[link]).toMatchObject({ traffic: 'up', down: false });
    const oneWay = after(sim, 30_000, { kind: 'partition', target: 'cut-x', from: [a], to: [b], oneWay: true });
    expect(oneWay?.links[link]?.traffic).toBe('oneWay');
    expect(oneWay?.partitions).toEqual([{ id: 'cut-x', from: [a], to: [b], oneWay: true }]);
    // The other direction as well: nothing gets through any more.
    expect(after(sim, 35_000, { kind: 'partition', target: 'cut-y', from: [b], to: [a], oneWay: true })?.links[link]?.traffic).toBe('cut');
    expect(after(sim, 40_000, { kind: 'heal' })).toMatchObject({ links: { [link]: { traffic: 'up' } }, partitions: [] });
    expect(after(sim, 50_000, { kind: 'setRtt', target: link, rttMs: 40 })?.links[link]).toEqual({ traffic: 'up', down: false, rttMs: 40, designRttMs: designed });
    const dark = after(sim, 60_000, { kind: 'siteDown', target: b });
    expect(dark).toMatchObject({ downSites: [b], links: { [link]: { traffic: 'cut', down: false } } });
    expect(after(sim, 70_000, { kind: 'siteUp', target: b })).toMatchObject({ downSites: [], links: { [link]: { traffic: 'up' } } });
  });

  it('after a jump back in time (a re-run to that moment) the first frame carries the network as it was then', () => {
    const script: TimedFault[] = [
      { atMs: 10_000, fault: { kind: 'setRtt', target: link, rttMs: 30 } },
      { atMs: 20_000, fault: { kind: 'partition', target: 'cut-x', from: [a], to: [b] } },
      { atMs: 30_000, fault: { kind: 'heal', target: 'cut-x' } },
    ];
    const at = (ms: number) => replay(design, design.seed, script, ms).drainFrame(true).net!.links[link];
    expect(at(5_000)).toMatchObject({ traffic: 'up', rttMs: designed });
    expect(at(25_000)).toMatchObject({ traffic: 'cut', rttMs: 30 });
    expect(at(35_000)).toMatchObject({ traffic: 'up', rttMs: 30 });
  });
});
