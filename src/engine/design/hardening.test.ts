import { describe, expect, it } from 'vitest';
import { validateDesign } from '../documents';
import minimal from '../../templates/ontime-minimal.json';
import p2 from '../../templates/ontime-p2-two-sites.json';

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const paths = (value: unknown) => {
  const result = validateDesign(value);
  return result.ok ? [] : result.issues.map((i) => i.path);
};

describe('design validation refuses ids that name an object prototype (issue 19 §1)', () => {
  for (const reserved of ['__proto__', 'constructor', 'prototype']) {
    it(`refuses a node, site, link, relation or cluster id "${reserved}" with its JSON path`, () => {
      const cases: Array<[(d: typeof p2) => void, string]> = [
        [(d) => void (d.nodes[0]!.id = reserved), 'nodes[0].id'],
        [(d) => void (d.sites[0]!.id = reserved), 'sites[0].id'],
        [(d) => void (d.links[0]!.id = reserved), 'links[0].id'],
        [(d) => void (d.relations[0]!.id = reserved), 'relations[0].id'],
        [(d) => void (d.clusters[0]!.id = reserved), 'clusters[0].id'],
        [(d) => void (d.clusters[0]!.members[0] = reserved), 'clusters[0].members[0]'],
      ];
      for (const [mutate, path] of cases) {
        const design = copy(p2);
        mutate(design);
        const result = validateDesign(design);
        expect(result.ok, path).toBe(false);
        if (result.ok) continue;
        expect(result.issues, path).toContainEqual(expect.objectContaining({ path, code: 'id.reserved', params: { id: reserved } }));
        expect(result.issues.find((i) => i.path === path)?.message).toMatch(/reserved name/);
      }
    });
  }

  it('refuses a parameter named __proto__ (a JSON own key the schema would otherwise drop silently) or constructor', () => {
    const design = copy(minimal) as { nodes: Array<{ params: unknown }> };
    design.nodes[1]!.params = JSON.parse('{"__proto__": {"x": 1}}');
    expect(paths(design)).toEqual(['nodes[1].params.__proto__']);
    design.nodes[1]!.params = { constructor: 5 };
    expect(paths(design)).toEqual(['nodes[1].params.constructor']);
    const top = JSON.parse(`{"__proto__": {}, ${JSON.stringify(minimal).slice(1)}`);
    expect(paths(top)).toEqual(['__proto__']);
  });

  it('a deeply nested document is refused with a path, not a stack overflow', () => {
    const deep = JSON.parse(`{"schemaVersion":1,"name":"x","seed":1,"sites":${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    expect(() => validateDesign(deep)).not.toThrow();
    expect(validateDesign(deep).ok).toBe(false);
  });
});

describe('cluster members (issue 19 §6)', () => {
  it('refuses a member listed twice, with the path of the second listing', () => {
    const design = copy(minimal);
    const cluster = design.clusters.find((c) => c.members.length >= 2)!;
    const index = design.clusters.indexOf(cluster);
    cluster.members.push(cluster.members[0]!);
    const result = validateDesign(design);
    expect(result).toMatchObject({ ok: false, issues: [{ path: `clusters[${index}].members[${cluster.members.length - 1}]`, code: 'ref.duplicateMember', params: { id: cluster.members[0] } }] });
  });
});

describe('numbers JSON cannot hold exactly (issue 19 §8)', () => {
  it('refuses a number parsed to Infinity, naming it', () => {
    const text = JSON.stringify(p2).replace(/"rttMs":\s*[\d.]+/, `"rttMs": 1${'0'.repeat(400)}`);
    const result = validateDesign(JSON.parse(text));
    expect(result).toMatchObject({ ok: false, issues: [{ path: 'links[0].rttMs', params: { got: 'nonFinite' } }] });
  });
});
