import { describe, expect, it } from 'vitest';
import { buildDesign } from '../testing/designs';
import type { Kit } from '../kits/kit';
import type { World } from './world';
import { Simulation } from './simulation';
import { sampleRecords } from './samples';

const design = () => buildDesign({ sites: ['dc1'], links: [], nodes: [{ id: 'A', kind: 'mailServer', siteId: 'dc1' }] });

function gaugeKit(install: (world: World) => void): Kit {
  return { id: 'gauges', nodeKinds: [], relationKinds: [], clusterKinds: [], eventMeta: {}, install, check: () => [] };
}

describe('metric samples as columns', () => {
  it('one column per gauge key in registration order, one row per simulated second', () => {
    const sim = new Simulation(design(), {
      kits: [gaugeKit((world) => {
        world.gauge('b', () => world.kernel.now / 1000);
        world.gauge('a', () => 7);
      })],
    });
    sim.runUntil(2500);
    const { samples } = sim.drainFrame();
    expect(samples.keys).toEqual(['b', 'a']);
    expect(samples.rows).toEqual([{ t: 0, values: [0, 7] }, { t: 1000, values: [1, 7] }, { t: 2000, values: [2, 7] }]);
    expect(JSON.stringify(sampleRecords(samples, 1))).toBe('[{"t":1000,"values":{"b":1,"a":7}},{"t":2000,"values":{"b":2,"a":7}}]');
    expect(sim.drainFrame().samples.rows).toEqual([]);
  });

  it('a key registered twice keeps its first place and its last gauge, and every gauge is still read', () => {
    const reads: string[] = [];
    const read = (name: string, value: number) => () => (reads.push(name), value);
    const sim = new Simulation(design(), {
      kits: [gaugeKit((world) => {
        world.gauge('x', read('x1', 1));
        world.gauge('y', read('y', 2));
        world.gauge('x', read('x2', 3));
      })],
    });
    sim.runUntil(0);
    const { samples } = sim.drainFrame();
    expect(samples.keys).toEqual(['x', 'y']);
    expect(sampleRecords(samples)).toEqual([{ t: 0, values: { x: 3, y: 2 } }]);
    expect(reads).toEqual(['x1', 'y', 'x2']);
  });

  it('a gauge registered after the first sample is an error, not a silently missing column', () => {
    const sim = new Simulation(design(), {
      kits: [gaugeKit((world) => world.kernel.after(1500, () => world.gauge('late', () => 1), null))],
    });
    expect(() => sim.runUntil(2000)).toThrow(/gauges changed after the first sample/);
  });
});
