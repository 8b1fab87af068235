import { describe, expect, it } from 'vitest';
import { World } from '../../sim/world';
import { applyFault } from '../../faults/apply';
import { buildDesign } from '../../testing/designs';
import { onTimeRuntimeOf, ontimeKit } from './kit';


function world(params: Record<string, number> = {}) {
  const design = buildDesign({
    sites: ['dc1'],
    nodes: [
      { id: 'OT1', kind: 'ontimeServer', siteId: 'dc1', params: params },
      { id: 'OT2', kind: 'ontimeServer', siteId: 'dc1', params: params },
      { id: 'WEB', kind: 'webOnlyServer', siteId: 'dc1' },
    ],
    clusters: [{ id: 'ontime0', kind: 'ontime', members: ['OT1', 'OT2'] }],
  });
  const w = new World(design, 1);
  ontimeKit.install(w);
  return { w, rt: onTimeRuntimeOf(w)! };
}

describe('ConfigDB', () => {
  it('OT-11: a change on one replica reaches the other at its next scheduled replication (every minute), not before', () => {
    const { w, rt } = world();
    w.kernel.runUntil(10_000);
    const version = rt.configDb.change('OT1', 'ServerSetting')!;
    expect(rt.configDb.version.get('OT2')).toBe(0);
    w.kernel.runUntil(59_000);
    expect(rt.configDb.version.get('OT2')).toBe(0);
    expect(rt.configDb.lagSeconds('OT2')).toBe(49);
    w.kernel.runUntil(61_000);
    expect(rt.configDb.version.get('OT2')).toBe(version);
    expect(rt.configDb.lagSeconds('OT2')).toBe(0);
    const events = w.kernel.drainEvents();
    const changed = events.find((e) => e.type === 'configdb.changed')!;
    const replicated = events.find((e) => e.type === 'configdb.replicated')!;
    expect(replicated).toMatchObject({ from: 'OT1', to: 'OT2', version });
    // "Why did OT2's ConfigDB change?" Because of the edit on OT1.
    expect(replicated.cause).toBe(changed.id);
  });

  it('OT-11: the replication interval is a parameter, and a replica that was down catches up when back', () => {
    const { w, rt } = world({ configReplicationMs: 10_000 });
    w.kernel.withCause(null, () => applyFault(w, { kind: 'crashHost', target: 'OT2' }));
    w.kernel.runUntil(5_000);
    rt.configDb.change('OT1', 'UserSetting');
    w.kernel.runUntil(45_000);
    expect(rt.configDb.version.get('OT2')).toBe(0);
    applyFault(w, { kind: 'recoverHost', target: 'OT2' });
    w.kernel.runUntil(100_000);
    expect(rt.configDb.version.get('OT2')).toBe(1);
  });

  it('OT-8: a client reads from the ConfigDB of the server it is connected to, even while that replica is behind', () => {
    const { w, rt } = world();
    w.kernel.runUntil(1000);
    rt.configDb.change('OT1', 'ServerSetting');
    expect(rt.configDb.read('OT1')).toBe(1);
    expect(rt.configDb.read('OT2')).toBe(0);
    w.kernel.runUntil(70_000);
    expect(rt.configDb.read('OT2')).toBe(1);
    applyFault(w, { kind: 'crashHost', target: 'OT2' });
    expect(rt.configDb.read('OT2')).toBeUndefined();
  });

  it('OT-3: a WebOnly server runs no OnTime task and holds no ConfigDB, yet is a live Domino server', () => {
    const { w, rt } = world();
    expect(w.process('WEB', 'ontime')).toBeUndefined();
    expect(w.process('WEB', 'domino')?.isRunning).toBe(true);
    expect(rt.configDb.version.has('WEB')).toBe(false);
    expect(rt.ctx.topo.restServers).toContain('WEB');
    expect(rt.ctx.topo.taskServers).not.toContain('WEB');
    const view = w.drainViews(true).nodes['WEB'];
    expect(view).toMatchObject({ status: 'running', notes: [{ key: 'note.restOnly' }] });
  });

  it('shows the ConfigDB replication between OnTime servers as a live relation', () => {
    const { w } = world();
    expect(w.drainViews(true).relations.find((r) => r.id === 'configdb:OT1~OT2')).toMatchObject({ kind: 'configReplication', active: true });
    applyFault(w, { kind: 'crashHost', target: 'OT2' });
    expect(w.drainViews().relations.find((r) => r.id === 'configdb:OT1~OT2')).toMatchObject({ active: false });
  });
});
