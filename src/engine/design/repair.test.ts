import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../templates';
import { repairStoredDesign } from '../documents';
import { validateDesign } from '../documents';

const p2 = () => structuredClone(TEMPLATES.find((t) => t.id === 'ontime-p2-load-sharing')!.design);

describe('repairing a stored design that breaks a rule added after it was saved', () => {
  it('a valid design comes back as it is, with nothing repaired', () => {
    const design = p2();
    expect(repairStoredDesign(design)).toEqual({ design: validateDesign(design).ok && design, repairs: [] });
  });

  it('clamps numbers into range, rounds counts, drops unknown parameters, forbidden relations and unknown clusters', () => {
    const design = p2();
    const ot = design.nodes.findIndex((n) => n.kind === 'ontimeServer');
    design.nodes[ot]!.params = { takeoverAfterMs: 10_000_000, noSuchSetting: 1 };
    const from = design.nodes[ot]!.id;
    design.relations.push({ id: 'bad-rel', kind: 'dataGuard', from, to: from });
    design.clusters.push({ id: 'bad-cluster', kind: 'noSuchCluster', name: 'x', members: [] });
    const repaired = repairStoredDesign(design);
    expect(repaired).toBeDefined();
    expect(repaired!.design.nodes[ot]!.params).toEqual({ takeoverAfterMs: 600_000 });
    expect(repaired!.design.relations.map((r) => r.id)).not.toContain('bad-rel');
    expect(repaired!.design.clusters.map((c) => c.id)).not.toContain('bad-cluster');
    expect(repaired!.repairs.length).toBeGreaterThanOrEqual(4);
    expect(validateDesign(repaired!.design).ok).toBe(true);
    // The caller's value is not touched.
    expect(design.nodes[ot]!.params.takeoverAfterMs).toBe(10_000_000);
  });

  it('leaves a design with other problems refused (an unknown site is not guessed)', () => {
    const design = p2();
    design.nodes[0]!.siteId = 'dc3';
    design.nodes[1]!.params = { noSuchSetting: 1 };
    expect(repairStoredDesign(design)).toBeUndefined();
  });
});
