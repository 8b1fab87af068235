import { describe, expect, it, vi } from 'vitest';
import { runScenario } from '../../../sim/run';
import { Simulation } from '../../../sim/simulation';
import { brokenCause } from '../../../invariants/causes';
import { buildDesign } from '../../../testing/designs';
import { weblogicModelOf } from '../model';
import { referenceDesign } from './harness';

vi.setConfig({ testTimeout: 60_000 });

/** Issue 19.5: valid designs in which a server cannot get its lease at start used to stop at t = 0. */
describe('WL-10: a server without its lease at start does not run its singleton services', () => {
  it('WL-10: the MAA template without inter-site links runs: site 2 gets no lease, its JMS/JTA migrate to site 1 once the lease expired', () => {
    const design = referenceDesign();
    design.links = [];
    const sim = new Simulation(design, { checkInvariants: true });
    sim.runUntil(600_000);
    const model = weblogicModelOf(sim.state)!;
    expect(model.leasing.held('MS3')).toBe(false);
    for (const id of ['jms:MS3', 'jta:MS3', 'jms:MS4', 'jta:MS4']) {
      const host = model.services.services.find((s) => s.id === id)!.host;
      expect(host === 'MS1' || host === 'MS2', `${id} on ${host}`).toBe(true);
    }
    expect(brokenCause(sim.drainFrame().events)).toBeNull();
  });

  it('WL-10: a lone managed server with no database to lease from: its services never start and cannot migrate (nobody to migrate to)', () => {
    const design = buildDesign({ name: 'one server', sites: ['s1'], nodes: [{ id: 'MS1', kind: 'wlsServer', siteId: 's1' }] });
    const result = runScenario(design, { untilMs: 600_000, checkInvariants: true });
    expect(brokenCause(result.events)).toBeNull();
    const stranded = result.events.filter((e) => e.type === 'wl.serviceStranded').map((e) => (e.type === 'wl.serviceStranded' ? e.service : ''));
    expect(stranded.sort()).toEqual(['jms:MS1', 'jta:MS1']);
  });
});
