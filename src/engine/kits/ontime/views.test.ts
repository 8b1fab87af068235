import { describe, expect, it } from 'vitest';
import { Simulation } from '../../index';
import { templateById } from '../../../templates';

describe('OnTime views', () => {
  it("draws only OnTime nodes: another kit's load balancers are not shown as dead Domino servers", () => {
    const design = templateById('weblogic-maa')!.design;
    const sim = new Simulation(design);
    sim.runUntil(5_000);
    const { nodes } = sim.drainFrame(true);
    const lbs = design.nodes.filter((n) => n.kind === 'otd' || n.kind === 'glb');
    expect(lbs.length).toBeGreaterThan(0);
    for (const lb of lbs) expect(nodes[lb.id]?.notes.map((n) => n.key) ?? []).not.toContain('note.dominoDown');
  });
});
