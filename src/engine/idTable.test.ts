import { describe, expect, it } from 'vitest';
import { idTable } from './idTable';
import { Simulation } from './sim/simulation';
import type { DesignDoc } from './design/schema';
import { foldFrames, initialSimState } from '../state/simSlice';
import p2 from '../templates/ontime-p2-two-sites.json';

/** The template with its first node, site, relation and link renamed to ids JavaScript objects answer to. */
function reservedDesign(): DesignDoc {
  const node = p2.nodes[0]!.id;
  const text = JSON.stringify(p2).replaceAll(`"${node}"`, '"__proto__"');
  return JSON.parse(text) as DesignDoc;
}

describe('id-keyed tables have no prototype (issue 19 §1)', () => {
  it('an id "__proto__", "constructor" or "prototype" reads and writes its own entry; absent ids read undefined', () => {
    const source = JSON.parse('{"__proto__": 1, "constructor": 2}') as Record<string, number>;
    const table = idTable(source, { prototype: 3 });
    expect(Object.getPrototypeOf(table)).toBeNull();
    expect(Object.keys(table).sort()).toEqual(['__proto__', 'constructor', 'prototype']);
    expect([table['__proto__'], table['constructor'], table['prototype']]).toEqual([1, 2, 3]);
    expect(idTable<number>()['constructor']).toBeUndefined();
    expect(idTable<number>()['toString']).toBeUndefined();
  });

  it('a frame from the engine and the store folding it keep a node "__proto__" as an entry, not as the prototype', () => {
    // Validation refuses the id; the engine and the store must still not be broken by it (a design built in code).
    const sim = new Simulation(reservedDesign(), { seed: 1 });
    sim.runUntil(5000);
    const frame = sim.drainFrame(true);
    expect(Object.getPrototypeOf(frame.nodes)).toBeNull();
    expect(frame.nodes['__proto__']).toMatchObject({ status: expect.any(String) });
    // postMessage gives plain objects back: the store copies them into a table without a prototype.
    const cloned = structuredClone(frame);
    const state = foldFrames(initialSimState, [{ frame: cloned, playing: true, speed: 1, reset: false, horizonMs: frame.t, loadId: 0 }]);
    expect(Object.getPrototypeOf(state.nodeViews)).toBeNull();
    expect(state.nodeViews['__proto__']).toEqual(frame.nodes['__proto__']);
    expect(state.nodeViews['constructor']).toBeUndefined();
    expect(Object.getPrototypeOf(state.relations)).toBeNull();
  });
});
