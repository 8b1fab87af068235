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

describe('OnTime sync relations carry their lag (issue 7: sync paths with direction and lag)', () => {
  const syncAt = (sim: Simulation, mail: string) => sim.state.relationViews().get(`sync:${mail}`)!;

  it('OT-9: the lag of a sync pass shows on its edge, and grows when a stand-in syncs across the WAN', () => {
    const sim = new Simulation(templateById('ontime-p2-two-sites')!.design);
    sim.runUntil(120_000);
    const local = syncAt(sim, 'MS3');
    expect(local.from).toBe('OT2');
    expect(local.lagMs).toBeGreaterThan(0);
    sim.inject({ kind: 'crashHost', target: 'OT2' });
    sim.runUntil(400_000);
    const remote = syncAt(sim, 'MS3');
    expect(remote.from).toBe('OT1');
    expect(remote.lagMs).toBeGreaterThan(local.lagMs! * 2);
  });
});

describe('OnTime views follow the network at once (views are drawn when a frame is taken)', () => {
  it('OT-11: a cut WAN shows the ConfigDB replication between the sites cut in the frame of the cut, restored in the frame of the heal', () => {
    const sim = new Simulation(templateById('ontime-p2-two-sites')!.design);
    const edge = () => sim.drainFrame(true).relations.find((r) => r.id === 'configdb:OT1~OT2');
    sim.runUntil(30_000);
    expect(edge()?.active).toBe(true);
    sim.inject({ kind: 'linkDown', target: 'wan' });
    // Nothing OnTime reports happens at the cut itself: before, the edge stayed drawn as replicating until some
    // later OnTime change redrew it (seconds later).
    expect(edge()?.active).toBe(false);
    sim.runUntil(60_000);
    sim.inject({ kind: 'linkUp', target: 'wan' });
    expect(edge()?.active).toBe(true);
  });
});
