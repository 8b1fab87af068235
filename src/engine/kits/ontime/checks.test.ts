import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inBothLanguages } from '../../../i18n/lookup';
import { checkDesign } from '../../report/checks';
import { RELATION_KINDS } from '../catalog';
import { TEMPLATES } from '../../../templates';
import { buildDesign, type DesignSketch, type NodeSketch } from '../../testing/designs';
import { checkOnTimeDesign } from './checks';
import { validateDesign } from '../../documents';

const node = (id: string, kind: string, siteId = 'dc1'): NodeSketch => ({ id, kind, siteId });

const base: DesignSketch = {
  sites: ['dc1'],
  nodes: [node('CL', 'clients'), node('LB', 'loadBalancer'), node('OT1', 'ontimeServer'), node('OT2', 'ontimeServer'), node('MS1', 'mailServer'), node('MS2', 'mailServer')],
  relations: [
    ['restUrl', 'CL', 'LB'],
    ['routes', 'LB', 'OT1'],
    ['routes', 'LB', 'OT2'],
    ['watches', 'OT1', 'MS1'],
    ['watches', 'OT1', 'MS2'],
  ],
  clusters: [
    { id: 'otc', kind: 'ontime', members: ['OT1', 'OT2'] },
    { id: 'mc', kind: 'mail', members: ['MS1', 'MS2'] },
  ],
};

function findings(change: (d: DesignSketch) => DesignSketch) {
  return checkOnTimeDesign(buildDesign(change(structuredClone(base))));
}

const ids = (list: { checkId: string }[]) => list.map((f) => f.checkId);

describe('OnTime design checks', () => {
  it('a sound P2-like design has no finding', () => {
    expect(findings((d) => d)).toEqual([]);
  });

  it('OT-2: clients pointed at one server instead of a load balancer are warned about', () => {
    const list = findings((d) => ({ ...d, relations: d.relations!.map((r) => (r[0] === 'restUrl' ? ['restUrl', 'CL', 'OT1'] : r)) }));
    expect(list).toContainEqual(expect.objectContaining({ checkId: 'ontime.noLoadBalancer', severity: 'warning', ref: 'OT-2', nodes: ['CL', 'OT1'], messageKey: 'check.ontime.noLoadBalancer.message', fixKey: 'check.ontime.noLoadBalancer.fix' }));
  });

  it('every OnTime design check has its message and fix in English and Japanese', () => {
    const source = readFileSync(new URL('./checks.ts', import.meta.url), 'utf8');
    const checkIds = [...new Set([...source.matchAll(/finding\('([^']+)'/g)].map((m) => m[1]!))];
    expect(checkIds.length).toBeGreaterThanOrEqual(10);
    const missing = checkIds.flatMap((id) => ['message', 'fix'].map((p) => `check.${id}.${p}`)).filter((key) => !inBothLanguages(key));
    expect(missing).toEqual([]);
  });

  it('OT-2: clients with a second REST URL are told which one is used and which is not', () => {
    const list = findings((d) => ({ ...d, relations: [...d.relations!, ['restUrl', 'CL', 'OT2']] }));
    expect(list).toContainEqual(expect.objectContaining({ checkId: 'ontime.twoRestUrls', severity: 'warning', ref: 'OT-2', nodes: ['CL', 'LB', 'OT2'], params: { clients: 'CL', server: 'LB', others: 'OT2' } }));
    expect(ids(findings((d) => d))).not.toContain('ontime.twoRestUrls');
  });

  it('OT-10: a mail server watched by two OnTime servers is an error, the editor refuses a second watcher and a file with one is rejected', () => {
    const valid = buildDesign(base);
    const twice = { ...valid, relations: [...valid.relations, { id: 'r-extra', kind: 'watches', from: 'OT2', to: 'MS1' }] };
    expect(checkOnTimeDesign(twice)).toContainEqual(expect.objectContaining({ checkId: 'ontime.mailWatchedTwice', severity: 'error', ref: 'OT-10', nodes: ['MS1', 'OT1', 'OT2'] }));
    expect(RELATION_KINDS.get('watches')?.maxIncoming).toBe(1);
    expect(validateDesign(twice)).toEqual({ ok: false, issues: [{ path: 'relations[5]', message: expect.stringMatching(/at most 1 "watches".*"MS1".*OT-10.*"OT1"/), code: 'relation.maxIncoming', params: expect.objectContaining({ ref: 'OT-10', to: 'MS1' }) }] });
  });

  it('OT-4: a single OnTime server, or a cluster of one, cannot be taken over', () => {
    const alone = findings((d) => ({ ...d, clusters: [{ id: 'otc', kind: 'ontime', members: ['OT1'] }, { id: 'mc', kind: 'mail', members: ['MS1', 'MS2'] }] }));
    expect(ids(alone)).toEqual(expect.arrayContaining(['ontime.clusterOfOne', 'ontime.noTakeover']));
    expect(alone.find((f) => f.checkId === 'ontime.noTakeover')).toMatchObject({ ref: 'OT-4', nodes: ['OT1'] });
  });

  it('P2: mail servers of one Domino cluster synced by different OnTime servers are warned about', () => {
    const list = findings((d) => ({ ...d, relations: d.relations!.map((r) => (r[2] === 'MS2' ? ['watches', 'OT2', 'MS2'] : r)) }));
    expect(list).toContainEqual(expect.objectContaining({ checkId: 'ontime.splitMailCluster', ref: 'P2' }));
  });

  it('OT-9: Sync across sites is warned about, with the RTT of the link', () => {
    const list = checkOnTimeDesign(
      buildDesign({ ...base, sites: ['dc1', 'dc2'], links: [['dc1', 'dc2', 30]], nodes: base.nodes!.map((n) => (n.id === 'MS2' ? node('MS2', 'mailServer', 'dc2') : n)) }),
    );
    expect(list).toContainEqual(expect.objectContaining({ checkId: 'ontime.crossSiteSync', ref: 'OT-9', nodes: ['OT1', 'MS2'], params: { mail: 'MS2', server: 'OT1', rttMs: 30 } }));
  });

  it('OT-6: a Domino cluster of more than 6 mail servers, and a mail server without replica, are warned about', () => {
    const many = ['M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7'];
    const big = findings((d) => ({
      ...d,
      nodes: [...d.nodes!, ...many.map((id) => node(id, 'mailServer'))],
      relations: [...d.relations!, ...many.map((id) => ['watches', 'OT2', id] as [string, string, string])],
      clusters: [...d.clusters!, { id: 'big', kind: 'mail', members: many }],
    }));
    expect(big).toContainEqual(expect.objectContaining({ checkId: 'ontime.mailClusterTooBig', ref: 'OT-6', params: expect.objectContaining({ count: 7, max: 6 }) }));
    const lonely = findings((d) => ({ ...d, clusters: [{ id: 'otc', kind: 'ontime', members: ['OT1', 'OT2'] }] }));
    expect(ids(lonely).filter((id) => id === 'ontime.noMailReplica')).toHaveLength(2);
  });

  it('OT-12: clustered API/Web DBs are an error', () => {
    const list = findings((d) => ({ ...d, nodes: d.nodes!.map((n) => (n.id === 'OT2' ? { ...n, params: { apiWebDbClustered: 1 } } : n)) }));
    expect(list).toContainEqual(expect.objectContaining({ checkId: 'ontime.clusteredApiWebDb', severity: 'error', ref: 'OT-12', nodes: ['OT2'] }));
  });

  it('OT-1: a load balancer with a single target gives no REST failover', () => {
    const list = findings((d) => ({ ...d, relations: d.relations!.filter((r) => !(r[0] === 'routes' && r[2] === 'OT2')) }));
    expect(list).toContainEqual(expect.objectContaining({ checkId: 'ontime.lbSingleTarget', ref: 'OT-1', severity: 'warning' }));
  });
});

describe('OnTime templates', () => {
  const ontime = TEMPLATES.filter((t) => t.id.startsWith('ontime-p'));

  it('the reference layouts P1, P2, P3 and two-site P2 are built in, each with a "when to choose it" text', () => {
    expect(ontime.map((t) => t.id)).toEqual(['ontime-p1-colocated', 'ontime-p2-load-sharing', 'ontime-p3-fault-tolerant', 'ontime-p2-two-sites']);
    for (const t of ontime) expect(t.whenKey).toMatch(/^template\.ontime\w+\.when$/);
  });

  it('the reference layouts pass every design check', () => {
    for (const t of ontime) expect({ id: t.id, findings: checkDesign(t.design) }).toEqual({ id: t.id, findings: [] });
  });

  it('P3 attaches every mail server to the primary; P2 gives each Domino cluster one OnTime server', () => {
    const watches = (id: string) => TEMPLATES.find((t) => t.id === id)!.design.relations.filter((r) => r.kind === 'watches').map((r) => `${r.from}>${r.to}`);
    expect(watches('ontime-p3-fault-tolerant')).toEqual(['OT1>MS1', 'OT1>MS2', 'OT1>MS3', 'OT1>MS4']);
    expect(watches('ontime-p2-load-sharing')).toEqual(['OT1>MS1', 'OT1>MS2', 'OT2>MS3', 'OT2>MS4']);
  });
});
