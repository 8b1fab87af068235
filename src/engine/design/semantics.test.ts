import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { formatIssue, type DesignResult } from './validate';
import { validateDesign } from '../documents';
import { buildDesign } from '../testing/designs';
import type { DesignDoc } from './schema';

/** A valid design to break one thing at a time: an OnTime pair watching a mail server, and a Data Guard pair. */
const base: DesignDoc = buildDesign({
  sites: ['dc1', 'dc2'],
  links: [['dc1', 'dc2', 5]],
  nodes: [
    { id: 'LB', kind: 'loadBalancer', siteId: 'dc1' },
    { id: 'OT1', kind: 'ontimeServer', siteId: 'dc1', params: { takeoverAfterMs: 20_000 } },
    { id: 'OT2', kind: 'ontimeServer', siteId: 'dc2' },
    { id: 'MS1', kind: 'mailServer', siteId: 'dc1' },
    { id: 'DB1', kind: 'oracleDb', siteId: 'dc1', params: { role: 'primary' } },
    { id: 'DB2', kind: 'oracleDb', siteId: 'dc2', params: { role: 'standby' } },
    { id: 'ADM', kind: 'wlsAdmin', siteId: 'dc1', params: { leasing: 'database' } },
  ],
  relations: [
    ['routes', 'LB', 'OT1'],
    ['watches', 'OT1', 'MS1'],
    ['dataGuard', 'DB1', 'DB2'],
  ],
  clusters: [{ id: 'otc', kind: 'ontime', members: ['OT1', 'OT2'] }],
});

function issues(result: DesignResult): string[] {
  return result.ok ? [] : result.issues.map(formatIssue);
}

function withParams(index: number, params: DesignDoc['nodes'][number]['params']): DesignDoc {
  return { ...base, nodes: base.nodes.map((n, i) => (i === index ? { ...n, params } : n)) };
}

function withRelation(kind: string, from: string, to: string): DesignDoc {
  return { ...base, relations: [...base.relations, { id: 'extra', kind, from, to }] };
}

describe('design validation: parameters against their kind', () => {
  it('accepts the base design', () => {
    expect(validateDesign(base)).toMatchObject({ ok: true });
  });

  it('rejects a number out of its range, naming the path, the unit, the range and the value', () => {
    expect(issues(validateDesign(withParams(1, { takeoverAfterMs: -50_000 })))).toEqual(['nodes[1].params.takeoverAfterMs: expected ms between 1000 and 600000, got -50000']);
    expect(issues(validateDesign(withParams(1, { takeoverAfterMs: 600_001 })))).toEqual(['nodes[1].params.takeoverAfterMs: expected ms between 1000 and 600000, got 600001']);
    expect(validateDesign(withParams(1, { takeoverAfterMs: 600_000 }))).toMatchObject({ ok: true });
  });

  it('rejects text where a number is expected, and fractions of a count', () => {
    expect(issues(validateDesign(withParams(1, { takeoverAfterMs: 'soon' })))).toEqual(['nodes[1].params.takeoverAfterMs: expected ms between 1000 and 600000, got "soon"']);
    expect(issues(validateDesign(withParams(0, { failuresToMarkDown: 2.5 })))).toEqual(['nodes[0].params.failuresToMarkDown: expected a whole number between 1 and 20, got 2.5']);
  });

  it('rejects a parameter the kind does not have, listing the ones it has', () => {
    const [issue] = issues(validateDesign(withParams(3, { takeoverAfterMs: 5000 })));
    expect(issue).toMatch(/^nodes\[3\]\.params\.takeoverAfterMs: unknown parameter "takeoverAfterMs" for kind mailServer \(known: users, replicaCount, /);
  });

  it('checks choices against their options; a true/false choice also takes a JSON boolean', () => {
    expect(issues(validateDesign(withParams(6, { leasing: 'raft' })))).toEqual(['nodes[6].params.leasing: expected one of "database", "consensus", got "raft"']);
    expect(issues(validateDesign(withParams(6, { leasing: 1 })))).toEqual(['nodes[6].params.leasing: expected one of "database", "consensus", got 1']);
    const storage = { ...base, nodes: [...base.nodes, { id: 'ST', kind: 'storage', name: 'ST', position: { x: 0, y: 0 }, params: { sharedAcrossSites: true } }] };
    expect(validateDesign(storage)).toMatchObject({ ok: true });
  });

  it('rejects absurd positions', () => {
    const far = { ...base, nodes: base.nodes.map((n, i) => (i === 2 ? { ...n, position: { x: 1e300, y: 0 } } : n)) };
    expect(issues(validateDesign(far))).toEqual(['nodes[2].position.x: expected a coordinate between -1000000 and 1000000']);
  });
});

describe('design validation: relations against the relation rules (the editor uses the same ones)', () => {
  it('rejects a relation between kinds it cannot join, at both ends', () => {
    expect(issues(validateDesign(withRelation('dataGuard', 'LB', 'OT1')))).toEqual([
      'relations[3].from: a "dataGuard" relation starts at a node of kind oracleDb, got "LB" (loadBalancer)',
      'relations[3].to: a "dataGuard" relation ends at a node of kind oracleDb, got "OT1" (ontimeServer)',
    ]);
  });

  it('rejects an unknown relation kind, a relation to itself and a duplicate', () => {
    expect(issues(validateDesign(withRelation('pings', 'OT1', 'OT2')))[0]).toMatch(/^relations\[3\]\.kind: unknown relation kind "pings" \(known: routes, watches, /);
    expect(issues(validateDesign(withRelation('dataGuard', 'DB1', 'DB1')))).toContain('relations[3].to: a "dataGuard" relation joins two different nodes (both ends are "DB1")');
    expect(issues(validateDesign(withRelation('routes', 'LB', 'OT1')))).toEqual(['relations[3]: a second "routes" relation from "LB" to "OT1"']);
  });

  it('OT-10: rejects a second OnTime server watching the same mail server', () => {
    expect(issues(validateDesign(withRelation('watches', 'OT2', 'MS1')))).toEqual(['relations[3]: at most 1 "watches" relation(s) may end at "MS1" (OT-10); "OT1" already does']);
  });

  it('rejects an unknown cluster kind', () => {
    const odd = { ...base, clusters: [{ ...base.clusters[0]!, kind: 'galaxy' }] };
    expect(issues(validateDesign(odd))).toEqual(['clusters[0].kind: unknown cluster kind "galaxy" (known: ontime, mail, wlsCluster, coherence)']);
  });
});

describe('every shipped design validates', () => {
  const dirs = ['src/templates', 'src/cli/examples'];
  const files = dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.json') && !f.includes('.faults.')).map((f) => `${dir}/${f}`));

  it.each(files)('%s', (file) => {
    expect(issues(validateDesign(JSON.parse(readFileSync(file, 'utf8'))))).toEqual([]);
  });

  it('found the templates', () => {
    expect(files.length).toBeGreaterThanOrEqual(7);
  });
});
