import { describe, expect, it } from 'vitest';
import { templateById } from '../../../templates';
import { checkOnTimeDesign } from './checks';
import { buildDesign } from '../../testing/designs';
import { Recorder } from './fixtures';

const p1 = () => templateById('ontime-p1-colocated')!.design;

/** Mean of a gauge over the samples in [fromMs, toMs). */
function mean(rec: Recorder, key: string, fromMs: number, toMs: number): number {
  const xs = rec.samples.filter((s) => s.t >= fromMs && s.t < toMs).map((s) => s.values[key] ?? Number.NaN);
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

describe('REST through the load balancer', () => {
  it('OT-1: token REST is spread over every healthy server; after a crash the LB marks it down (≤ ≈90 s of errors) and the other answers all', () => {
    const rec = new Recorder(p1()).until(60_000);
    expect(mean(rec, 'restRps:OT1', 10_000, 60_000)).toBeCloseTo(mean(rec, 'restRps:OT2', 10_000, 60_000), 1);
    expect(mean(rec, 'errorRate:CL', 10_000, 60_000)).toBe(0);
    const crash = rec.inject({ kind: 'crashHost', target: 'OT1' });
    rec.until(240_000);
    const down = rec.first('lb.markedDown', { member: 'OT1', lb: 'LB' })!;
    // OTD defaults: 3 failed checks, 30 s apart, each failing after its 5 s timeout.
    expect(down.t - crash.t).toBeGreaterThanOrEqual(2 * 30_000 + 5000);
    expect(down.t - crash.t).toBeLessThanOrEqual(3 * 30_000 + 5000);
    // Until then about half of the requests (those routed to OT1) fail; afterwards none.
    expect(rec.gauge('errorRate:CL', down.t - 1000)).toBeGreaterThan(0.4);
    expect(rec.gauge('errorRate:CL')).toBe(0);
    expect(rec.gauge('restRps:OT1')).toBe(0);
    expect(rec.gauge('restRps:OT2')).toBeGreaterThan(mean(rec, 'restRps:OT2', 10_000, 60_000) * 1.8);
    const restored = rec.first('service.restored', { service: 'CL' })!;
    expect(restored.t).toBe(Math.ceil(down.t / 1000) * 1000);
    expect(rec.chain(restored)).toEqual(['service.restored', 'lb.markedDown', 'process.state', 'host.state', 'fault.injected']);
    expect(rec.relation('lbroute:LB~OT1')).toMatchObject({ active: false });
    expect(rec.state().nodes['LB']).toMatchObject({ status: 'degraded', notes: [{ key: 'note.lbMarkedDown', params: { servers: 'OT1' } }] });
  });

  it('OT-1: when the server is back the LB marks it up again and sends it its share', () => {
    const rec = new Recorder(p1()).until(30_000);
    rec.inject({ kind: 'crashHost', target: 'OT1' });
    rec.until(200_000);
    rec.inject({ kind: 'recoverHost', target: 'OT1' });
    rec.until(330_000);
    expect(rec.first('lb.markedUp', { member: 'OT1' })).toBeDefined();
    expect(rec.gauge('restRps:OT1')).toBeGreaterThan(0);
    expect(rec.gauge('errorRate:CL')).toBe(0);
  });

  it('OT-1: S1, only the OnTime task dies: Domino still answers REST, so the users see no error at all', () => {
    const rec = new Recorder(p1()).until(30_000);
    rec.inject({ kind: 'stopProcess', target: 'OT1', process: 'ontime' });
    rec.until(200_000);
    expect(Math.max(...rec.samples.map((s) => s.values['errorRate:CL'] ?? 1))).toBe(0);
    expect(rec.first('lb.markedDown')).toBeUndefined();
  });
});

/** Clients pointed straight at OT1: the layout OT-2 warns about. */
function noLb() {
  return buildDesign({
    sites: ['dc1'],
    nodes: [
      { id: 'CL', kind: 'clients', siteId: 'dc1' },
      { id: 'OT1', kind: 'ontimeServer', siteId: 'dc1' },
      { id: 'OT2', kind: 'ontimeServer', siteId: 'dc1' },
    ],
    relations: [['restUrl', 'CL', 'OT1']],
    clusters: [{ id: 'ontime0', kind: 'ontime', members: ['OT1', 'OT2'] }],
  });
}

describe('REST without a load balancer', () => {
  it('OT-2: clients talking to one named server fail when it dies, and keep failing until the REST URL is changed', () => {
    expect(checkOnTimeDesign(noLb()).map((f) => f.checkId)).toContain('ontime.noLoadBalancer');
    const rec = new Recorder(noLb()).until(30_000);
    rec.inject({ kind: 'crashHost', target: 'OT1' });
    rec.until(330_000);
    expect(rec.first('service.unavailable', { service: 'CL' })).toBeDefined();
    expect(mean(rec, 'errorRate:CL', 40_000, 330_000)).toBe(1);
    expect(rec.state().nodes['CL']).toMatchObject({ status: 'failed' });
    const change = rec.inject({ kind: 'changeRestUrl', target: 'CL', to: 'OT2' });
    rec.until(340_000);
    expect(rec.first('rest.urlChanged')).toMatchObject({ clients: 'CL', from: 'OT1', to: 'OT2', cause: change.id });
    // The new URL is saved in the ServerSetting of a live ConfigDB replica.
    expect(rec.first('configdb.changed')).toMatchObject({ subject: 'OT2', setting: 'restUrl' });
    expect(rec.gauge('errorRate:CL')).toBe(0);
    const restored = rec.first('service.restored', { service: 'CL' })!;
    expect(restored.t - change.t).toBeLessThanOrEqual(1000);
    expect(rec.relation('rest:CL')).toMatchObject({ from: 'CL', to: 'OT2', active: true });
  });

  it('OT-2: a REST URL change to something that is not a REST server is refused as unsupported', () => {
    const rec = new Recorder(noLb()).until(1000);
    rec.inject({ kind: 'changeRestUrl', target: 'CL', to: 'CL' });
    rec.until(2000);
    expect(rec.first('fault.unsupported')).toBeDefined();
    expect(rec.first('rest.urlChanged')).toBeUndefined();
  });
});

describe('WebOnly server and reads/writes', () => {
  function webOnly() {
    return buildDesign({
      sites: ['dc1'],
      nodes: [
        { id: 'CL', kind: 'clients', siteId: 'dc1' },
        { id: 'LB', kind: 'loadBalancer', siteId: 'dc1' },
        { id: 'WEB', kind: 'webOnlyServer', siteId: 'dc1' },
        { id: 'OT1', kind: 'ontimeServer', siteId: 'dc1' },
        { id: 'OT2', kind: 'ontimeServer', siteId: 'dc1' },
      ],
      relations: [
        ['restUrl', 'CL', 'LB'],
        ['routes', 'LB', 'WEB'],
      ],
      clusters: [{ id: 'ontime0', kind: 'ontime', members: ['OT1', 'OT2'] }],
    });
  }

  it('OT-3: a WebOnly server alone answers every REST request, reading the ConfigDB of a live OnTime server', () => {
    const rec = new Recorder(webOnly()).until(60_000);
    expect(rec.gauge('restRps:WEB')).toBeGreaterThan(0);
    expect(rec.gauge('errorRate:CL')).toBe(0);
    rec.inject({ kind: 'crashHost', target: 'OT1' });
    rec.until(90_000);
    expect(rec.gauge('errorRate:CL')).toBe(0);
    rec.inject({ kind: 'crashHost', target: 'OT2' });
    rec.until(120_000);
    // With no ConfigDB left to read, the WebOnly server cannot answer.
    expect(rec.gauge('errorRate:CL')).toBeGreaterThan(0.8);
  });

  it('OT-8: reads need only the connected ConfigDB, writes need the mail DB: with a broken mail DB only the writes to it fail', () => {
    const design = templateById('ontime-p2-load-sharing')!.design;
    const broken = structuredClone(design);
    for (const n of broken.nodes) if (n.id === 'MS1') n.params = { ...n.params, replicaCount: 0 };
    const rec = new Recorder(broken).until(30_000);
    rec.inject({ kind: 'crashHost', target: 'MS1' });
    rec.until(120_000);
    // 10 % writes spread over 4 mail servers: 2.5 % of the requests go to MS1's mail DBs and fail.
    expect(rec.gauge('errorRate:CL')).toBeCloseTo(0.025, 3);
    const healthy = new Recorder(design).until(30_000);
    healthy.inject({ kind: 'crashHost', target: 'MS1' });
    healthy.until(120_000);
    expect(healthy.gauge('errorRate:CL')).toBe(0);
    expect(healthy.relation('maildb:MS1')).toMatchObject({ to: 'MS2' });
  });
});
