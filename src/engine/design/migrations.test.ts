import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { migrateDown, migrateUp, MIGRATIONS } from './migrations';
import { validateDesign } from '../documents';
import { SCHEMA_VERSION } from './schema';
import { designJsonSchemaText, faultScriptJsonSchemaText } from '../jsonSchema';
import minimal from '../../templates/ontime-minimal.json';

/** A file as the pre-release prototype wrote it (format v0). */
const v0 = {
  version: 0,
  name: 'Old two-site design',
  sites: [
    { id: 'dc1', name: 'Tokyo' },
    { id: 'dc2', name: 'Osaka' },
  ],
  links: [{ a: 'dc1', b: 'dc2', rtt: 8, jitter: 1 }],
  nodes: [
    { id: 'OT1', kind: 'ontimeServer', name: 'OT1', site: 'dc1', x: 10, y: 20 },
    { id: 'MS1', kind: 'mailServer', name: 'MS1', site: 'dc2', x: 30, y: 40, params: {} },
  ],
  relations: [{ id: 'w', kind: 'watches', from: 'OT1', to: 'MS1' }],
};

describe('design migrations', () => {
  it('the migrations chain ends at the current version', () => {
    expect(MIGRATIONS.at(-1)!.to).toBe(SCHEMA_VERSION);
    MIGRATIONS.forEach((m, i) => {
      expect(m.to).toBe(m.from + 1);
      if (i > 0) expect(m.from).toBe(MIGRATIONS[i - 1]!.to);
    });
  });

  it('opens a v0 file: migrated to the current version, valid, and says so', () => {
    const result = validateDesign(v0);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(0);
    expect(result.migrations?.[0]).toMatch(/^v0 → v1/);
    expect(result.migrations?.[1]).toMatch(/^v1 → v2/);
    expect(result.migrations?.[2]).toMatch(/^v2 → v3/);
    expect(result.design).toMatchObject({
      schemaVersion: 3,
      seed: 1,
      links: [{ id: 'dc1-dc2', a: 'dc1', b: 'dc2', rttMs: 8, jitterMs: 1 }],
      nodes: [{ id: 'OT1', siteId: 'dc1', position: { x: 10, y: 20 }, params: {} }, { siteId: 'dc2' }],
      clusters: [],
    });
  });

  it('down then up is the identity on a current document; up then down gives back the v0 file', () => {
    const current = validateDesign(minimal);
    if (!current.ok) throw new Error('template invalid');
    const roundTrip = migrateUp(migrateDown(current.design as unknown as Record<string, unknown>, 0));
    expect(roundTrip.ok && roundTrip.doc).toEqual(current.design);
    const up = migrateUp(v0);
    const down = up.ok ? migrateDown(up.doc, 0) : undefined;
    expect(down).toEqual({ ...v0, seed: 1, links: [{ id: 'dc1-dc2', a: 'dc1', b: 'dc2', rtt: 8, jitter: 1 }], nodes: v0.nodes.map((n) => ({ ...n, params: {} })), clusters: [] });
  });

  it('v1 → v2: a v1 file opens without targets; going down drops the targets (a v1 app would strip them silently)', () => {
    const v1 = migrateDown({ ...minimal } as Record<string, unknown>, 1);
    expect(v1.schemaVersion).toBe(1);
    const opened = validateDesign(v1);
    expect(opened).toMatchObject({ ok: true, migratedFrom: 1, design: { schemaVersion: 3 } });
    expect(opened.ok && opened.design.targets).toBeUndefined();
    const withTargets = { ...minimal, targets: [{ service: '*', rtoMs: 300_000, rpoMs: 0 }, { service: 'MS1', disruption: 'site', rtoMs: 600_000, rpoMs: 30_000 }] };
    const current = validateDesign(withTargets);
    expect(current.ok && current.design.targets).toEqual(withTargets.targets);
    const down = migrateDown(withTargets as Record<string, unknown>, 1);
    expect(down).not.toHaveProperty('targets');
    expect(migrateUp(down)).toMatchObject({ ok: true, from: 1, doc: { schemaVersion: 3 } });
  });

  it('v2 → v3: a v2 file opens without stories; going down drops the stories and the MTBF/MTTR of sites and links', () => {
    const v2 = migrateDown({ ...minimal } as Record<string, unknown>, 2);
    expect(v2.schemaVersion).toBe(2);
    expect(validateDesign(v2)).toMatchObject({ ok: true, migratedFrom: 2, design: { schemaVersion: 3 } });
    const story = { id: 's1', title: { en: 'Crash', ja: 'クラッシュ' }, steps: [{ caption: { en: 'OT1 dies', ja: 'OT1 が停止' }, faults: [{ kind: 'crashHost', target: 'OT1' }], untilMs: 30_000 }] };
    const sites = (minimal.sites as Record<string, unknown>[]).map((site) => ({ ...site, mtbfHours: 50_000, mttrHours: 4 }));
    const rich = { ...minimal, sites, stories: [story] };
    const current = validateDesign(rich);
    expect(current.ok && current.design.stories?.[0]?.steps[0]).toEqual({ ...story.steps[0], camera: [], highlight: [], waitForClick: true });
    expect(current.ok && current.design.sites[0]).toMatchObject({ mtbfHours: 50_000, mttrHours: 4 });
    const down = migrateDown(rich as Record<string, unknown>, 2);
    expect(down).not.toHaveProperty('stories');
    expect((down.sites as Record<string, unknown>[])[0]).not.toHaveProperty('mtbfHours');
    expect(validateDesign({ ...rich, stories: [{ ...story, steps: [{ ...story.steps[0], faults: [{ kind: 'meteor' }] }] }] })).toMatchObject({ ok: false, issues: [{ path: expect.stringMatching(/^stories\[0\]\.steps\[0\]\.faults\[0\]/) }] });
  });

  it('targets name a known service once per kind of disruption, with bounded objectives', () => {
    const bad = (targets: unknown[]) => validateDesign({ ...minimal, targets });
    expect(bad([{ service: 'OT9', rtoMs: 1, rpoMs: 0 }])).toMatchObject({ ok: false, issues: [{ path: 'targets[0].service', message: expect.stringMatching(/unknown service "OT9"/) }] });
    expect(bad([{ service: 'MS1', rtoMs: 1, rpoMs: 0 }, { service: 'MS1', rtoMs: 2, rpoMs: 0 }])).toMatchObject({ ok: false, issues: [{ path: 'targets[1]' }] });
    expect(bad([{ service: 'system', disruption: 'meteor', rtoMs: 1, rpoMs: 0 }])).toMatchObject({ ok: false, issues: [{ path: 'targets[0].disruption' }] });
    expect(bad([{ service: '*', rtoMs: -1, rpoMs: 0 }])).toMatchObject({ ok: false, issues: [{ path: 'targets[0].rtoMs' }] });
    expect(bad([{ service: 'system', disruption: 'server', rtoMs: 60_000, rpoMs: 0 }, { service: 'system', rtoMs: 60_000, rpoMs: 0 }]).ok).toBe(true);
  });

  it('a current file is not migrated; a file without a version or from the future is refused with the path', () => {
    const current = validateDesign(minimal);
    expect(current.ok && current.migratedFrom).toBeUndefined();
    expect(validateDesign({ name: 'x' })).toMatchObject({ ok: false, issues: [{ path: 'schemaVersion', message: expect.stringMatching(/^missing/) }] });
    expect(validateDesign({ ...minimal, schemaVersion: 99 })).toMatchObject({ ok: false, issues: [{ path: 'schemaVersion', message: expect.stringMatching(/newer/) }] });
  });

  it('a broken v0 file is reported with its own paths, not the migrated ones (issue 19 §12)', () => {
    const result = validateDesign({ ...v0, links: [{ a: 'dc1', b: 'dc2', rtt: -5, jitter: 'x' }] });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => i.path).sort()).toEqual(['links[0].jitter', 'links[0].rtt']);
    const refs = validateDesign({
      ...v0,
      links: [...v0.links, { a: 'dc2', b: 'dc1', rtt: 1 }, { id: 'x', a: 'dc1', b: 'dc9', rtt: 1 }],
      nodes: [...v0.nodes, { id: 'OT2', kind: 'ontimeServer', name: 'OT2', site: 'dc7', x: 0, y: 0 }],
    });
    expect(!refs.ok && refs.issues.map((i) => i.path).sort()).toEqual(['links[1]', 'links[2].b', 'nodes[2].site']);
    const far = validateDesign({ ...v0, nodes: [...v0.nodes, { id: 'OT2', kind: 'ontimeServer', name: 'OT2', x: 2e9, y: 0 }] });
    expect(far).toMatchObject({ ok: false, issues: [{ path: 'nodes[2].x' }] });
    const siteRef = validateDesign({ ...v0, nodes: [...v0.nodes, { id: 'OT2', kind: 'ontimeServer', name: 'OT2', site: 'dc7', x: 0, y: 0 }] });
    expect(siteRef).toMatchObject({ ok: false, issues: [{ path: 'nodes[2].site', message: 'unknown site "dc7"' }] });
    expect(validateDesign({ ...v0, version: 0.5 })).toMatchObject({ ok: false, issues: [{ path: 'schemaVersion' }] });
  });
});

describe('JSON Schema for editors', () => {
  it('schema/design.schema.json and schema/fault-script.schema.json are up to date (regenerate: npm run sim -- --write-schema)', () => {
    expect(readFileSync('schema/design.schema.json', 'utf8')).toBe(designJsonSchemaText());
    expect(readFileSync('schema/fault-script.schema.json', 'utf8')).toBe(faultScriptJsonSchemaText());
  });

  it('the design schema requires what the validator requires', () => {
    const schema = JSON.parse(designJsonSchemaText()) as { required: string[] };
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'name', 'seed', 'sites', 'links', 'nodes', 'relations', 'clusters']));
  });
});
