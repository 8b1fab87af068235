import { describe, expect, it } from 'vitest';
import { buildDesign } from '../../testing/designs';
import { Recorder } from './fixtures';

/** OT1 syncs MS1 and MS2, a Domino cluster; OT2 is its OnTime cluster peer. */
function design(mailParams: Record<string, number> = {}) {
  return buildDesign({
    sites: ['dc1'],
    nodes: [
      { id: 'OT1', kind: 'ontimeServer', siteId: 'dc1' },
      { id: 'OT2', kind: 'ontimeServer', siteId: 'dc1' },
      { id: 'MS1', kind: 'mailServer', siteId: 'dc1', params: mailParams },
      { id: 'MS2', kind: 'mailServer', siteId: 'dc1' },
    ],
    relations: [
      ['watches', 'OT1', 'MS1'],
      ['watches', 'OT1', 'MS2'],
    ],
    clusters: [
      { id: 'ontime0', kind: 'ontime', members: ['OT1', 'OT2'] },
      { id: 'mail1', kind: 'mail', members: ['MS1', 'MS2'] },
    ],
  });
}

describe('mail DB access (Domino clustering)', () => {
  it('OT-7: in normal operation OnTime reads and writes every mail DB at its home server only', () => {
    const rec = new Recorder(design()).until(300_000);
    expect(rec.relation('maildb:MS1')).toMatchObject({ from: 'OT1', to: 'MS1', active: true });
    expect(rec.relation('maildb:MS2')).toMatchObject({ from: 'OT1', to: 'MS2', active: true });
    expect(rec.events.filter((e) => e.type.startsWith('maildb.'))).toEqual([]);
    expect(rec.gauge('syncLag:MS1')).toBeLessThanOrEqual(5);
  });

  it('OT-6: after the configured attempts fail, OnTime switches to the replica on the cluster mate', () => {
    const rec = new Recorder(design()).until(20_000);
    const fault = rec.inject({ kind: 'crashHost', target: 'MS1' });
    rec.until(90_000);
    const attempts = rec.all('maildb.unreachable', { mailServer: 'MS1' });
    expect(attempts.map((e) => (e.type === 'maildb.unreachable' ? e.attempt : 0))).toEqual([1, 2, 3]);
    const failover = rec.first('maildb.takeover', { mailServer: 'MS1' })!;
    expect(failover).toMatchObject({ from: 'MS1', to: 'MS2', by: 'OT1' });
    // Each attempt waits for the 5 s connect timeout of a dead host, then 5 s before the next: ≈ 25–30 s in all.
    expect(failover.t - fault.t).toBeGreaterThanOrEqual(3 * 5000);
    expect(failover.t - fault.t).toBeLessThanOrEqual(3 * 5000 + 3 * 5000 + 5000);
    expect(failover.t).toBeGreaterThan(attempts[2]!.t - 1);
    expect(rec.chain(failover)).toEqual(['maildb.takeover', 'maildb.unreachable', 'process.state', 'host.state', 'fault.injected']);
    expect(rec.relation('maildb:MS1')).toMatchObject({ from: 'OT1', to: 'MS2', active: true });
    // Sync goes on against the replica: the lag falls back.
    expect(rec.gauge('syncLag:MS1')).toBeLessThanOrEqual(6);
  });

  it('OT-6: the number of attempts and their delay are parameters', () => {
    const rec = new Recorder(design({ mailDbAttempts: 5, mailDbRetryDelayMs: 1000 })).until(20_000);
    rec.inject({ kind: 'crashHost', target: 'MS1' });
    rec.until(90_000);
    expect(rec.all('maildb.unreachable', { mailServer: 'MS1' })).toHaveLength(5);
    expect(rec.first('maildb.takeover', { mailServer: 'MS1' })).toBeDefined();
  });

  it('OT-6: with no replica (Domino failover broken) OnTime cannot reach the mail DBs either, until home returns', () => {
    const rec = new Recorder(design({ replicaCount: 0 })).until(20_000);
    rec.inject({ kind: 'crashHost', target: 'MS1' });
    rec.until(120_000);
    expect(rec.first('maildb.takeover')).toBeUndefined();
    expect(rec.first('maildb.broken', { mailServer: 'MS1', home: 'MS1' })).toBeDefined();
    expect(rec.gauge('syncLag:MS1')).toBeGreaterThan(90);
    const view = rec.state().nodes['MS1'];
    expect(rec.relation('maildb:MS1')).toMatchObject({ to: 'MS1', active: false });
    expect(view?.status).toBe('failed');
    rec.inject({ kind: 'recoverHost', target: 'MS1' });
    rec.until(200_000);
    expect(rec.first('maildb.restored', { mailServer: 'MS1', home: 'MS1' })).toBeDefined();
    expect(rec.gauge('syncLag:MS1')).toBeLessThanOrEqual(6);
  });

  it('OT-6: a mail server that had no replica to fail over to reports no mail DB failback, only its mail DBs reachable again', () => {
    const rec = new Recorder(design({ replicaCount: 0 })).until(20_000);
    rec.inject({ kind: 'crashHost', target: 'MS1' });
    rec.until(120_000);
    const recovered = rec.inject({ kind: 'recoverHost', target: 'MS1' });
    rec.until(300_000);
    expect(rec.all('maildb.failback')).toEqual([]);
    const restored = rec.first('maildb.restored', { mailServer: 'MS1' })!;
    expect(restored).toMatchObject({ home: 'MS1', by: 'OT1' });
    expect(rec.chain(restored)).toContain('fault.injected');
    expect(restored.t).toBeGreaterThan(recovered.t);
  });

  it('OT-6: when the home server is back, OnTime returns to it at the next cluster probe', () => {
    const rec = new Recorder(design()).until(20_000);
    rec.inject({ kind: 'crashHost', target: 'MS1' });
    rec.until(100_000);
    const recovered = rec.inject({ kind: 'recoverHost', target: 'MS1' });
    rec.until(300_000);
    const back = rec.first('maildb.failback', { mailServer: 'MS1' })!;
    expect(back).toMatchObject({ from: 'MS2', to: 'MS1' });
    // Domino boots in 30 s; the cluster probe runs once a minute.
    expect(back.t - recovered.t).toBeGreaterThanOrEqual(30_000);
    expect(back.t - recovered.t).toBeLessThanOrEqual(30_000 + 60_000);
    expect(rec.relation('maildb:MS1')).toMatchObject({ to: 'MS1', active: true });
    expect(rec.state().nodes['MS2']?.notes.some((n) => n.key === 'note.mailDbReplica')).toBe(false);
  });

  it('OT-6: while on a replica the mail server says so, under the node', () => {
    const rec = new Recorder(design()).until(20_000);
    rec.inject({ kind: 'stopProcess', target: 'MS1', process: 'domino' });
    rec.until(70_000);
    expect(rec.state().nodes['MS1']?.notes).toContainEqual({ key: 'note.mailDbReplica', params: { server: 'MS2' } });
  });
});
