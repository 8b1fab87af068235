import { describe, expect, it } from 'vitest';
import type { DesignDoc } from '../../design/schema';
import { templateById } from '../../../templates';
import { Recorder } from './fixtures';
import { onTimeRuntimeOf } from './kit';

/** Two copies of OnTime P2 (load sharing) side by side in one site, ids suffixed -A and -B: two independent installations. */
function twoInstallations(): DesignDoc {
  const p2 = templateById('ontime-p2-load-sharing')!.design;
  const copy = (s: string) => {
    const id = (x: string) => `${x}-${s}`;
    return {
      nodes: p2.nodes.map((n) => ({ ...n, id: id(n.id), name: id(n.name), params: n.id === 'MS1' ? { ...n.params, replicaCount: 0 } : n.params })),
      relations: p2.relations.map((r) => ({ ...r, id: id(r.id), from: id(r.from), to: id(r.to) })),
      clusters: p2.clusters.map((c) => ({ ...c, id: id(c.id), members: c.members.map(id) })),
    };
  };
  const a = copy('A');
  const b = copy('B');
  return { ...p2, nodes: [...a.nodes, ...b.nodes], relations: [...a.relations, ...b.relations], clusters: [...a.clusters, ...b.clusters] };
}

describe('independent OnTime installations in one design', () => {
  it('OT-8: a client population writes only to the mail servers of its own installation', () => {
    const rec = new Recorder(twoInstallations()).until(5_000);
    const rt = onTimeRuntimeOf(rec.sim.state)!;
    // Per server answering: one read path and one write path per mail server of that installation (4, not 8).
    expect(rt.rest.paths('CL-A')).toHaveLength(2 * (1 + 4));
    expect(rt.rest.paths('CL-B')).toHaveLength(2 * (1 + 4));
  });

  it('OT-8: a broken mail DB of one installation fails only its own clients\' writes', () => {
    const rec = new Recorder(twoInstallations()).until(30_000);
    rec.inject({ kind: 'crashHost', target: 'MS1-A' });
    rec.until(120_000);
    expect(rec.gauge('errorRate:CL-A')).toBeGreaterThan(0);
    expect(rec.gauge('errorRate:CL-B')).toBe(0);
  });

  it('OT-11: a ConfigDB change in one installation replicates there and leaves the other one up to date', () => {
    const rec = new Recorder(twoInstallations()).until(10_000);
    rec.inject({ kind: 'changeRestUrl', target: 'CL-A', to: 'OT1-A' });
    rec.until(15_000);
    const rt = onTimeRuntimeOf(rec.sim.state)!;
    expect(rt.configDb.latestVersion('OT1-A')).toBe(1);
    expect(rt.configDb.latestVersion('OT1-B')).toBe(0);
    const notes = (id: string) => (rec.state().nodes[id]?.notes ?? []).map((n) => n.key);
    expect(notes('OT2-A')).toContain('note.configDbBehind');
    expect(notes('OT2-B')).not.toContain('note.configDbBehind');
    rec.until(200_000);
    expect(rt.configDb.version.get('OT2-A')).toBe(1);
    expect(rec.relation('configdb:OT1-A~OT1-B')).toBeUndefined();
    expect(rec.relation('configdb:OT1-A~OT2-A')).toMatchObject({ active: true });
  });
});
