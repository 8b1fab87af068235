import { describe, expect, it } from 'vitest';
import type { NodeView } from '../sim/view';
import { buildDesign } from '../testing/designs';
import type { ActionTarget, Kit } from './kit';
import { KITS } from './registry';

/** Every option the kits' operator actions offer on a target (what the UI's fault registry lists after its own). */
function offered(design: ReturnType<typeof buildDesign>, target: ActionTarget, views: Record<string, NodeView> = {}) {
  return KITS.flatMap((kit: Kit) => kit.operatorActions ?? []).flatMap((a) => a.options(target, design, views));
}

const running: NodeView = { status: 'running', notes: [], hostUp: true };

describe('kits own their operator actions (Kit.operatorActions)', () => {
  const wl = buildDesign({
    sites: ['s1', 's2'],
    links: [['s1', 's2', 2]],
    nodes: [
      { id: 'MS1', kind: 'wlsServer', siteId: 's1' },
      { id: 'ADMIN', kind: 'wlsAdmin', siteId: 's1' },
      { id: 'DB1', kind: 'oracleDb', siteId: 's1' },
      { id: 'DB2', kind: 'oracleDb', siteId: 's2' },
    ],
    relations: [['dataGuard', 'DB1', 'DB2']],
  });

  it('WL-14: a running database offers a switchover; a failed one does not; nothing else does', () => {
    expect(offered(wl, { type: 'node', id: 'DB1' }, { DB1: running }).map((o) => o.fault)).toEqual([{ kind: 'dbSwitchover', target: 'DB1' }]);
    expect(offered(wl, { type: 'node', id: 'DB1' }, { DB1: { ...running, status: 'failed' } })).toEqual([]);
    expect(offered(wl, { type: 'node', id: 'MS1' }, { MS1: running })).toEqual([]);
  });

  it('WL-13: an old primary is offered reinstatement only while its own note says it waits for it', () => {
    const waiting = { DB1: { ...running, status: 'standby' as const, notes: [{ key: 'wl.note.dbReinstateRequired' }] } };
    expect(offered(wl, { type: 'node', id: 'DB1' }, waiting).map((o) => o.fault.kind)).toEqual(['dbSwitchover', 'reinstateDatabase']);
  });

  it('WL-6 / WL-11: the Admin Server offers ZDT patching and a deployment, and a restart in the other site while it is down', () => {
    expect(offered(wl, { type: 'node', id: 'ADMIN' }, { ADMIN: running }).map((o) => o.fault.kind)).toEqual(['zdtRollout', 'deploy']);
    const down = offered(wl, { type: 'node', id: 'ADMIN' }, { ADMIN: { ...running, status: 'failed', hostUp: false } });
    expect(down.map((o) => o.fault)).toContainEqual({ kind: 'restartAdminServer', target: 'ADMIN', site: 's2' });
  });

  it('a whole site\'s maintenance is offered where a WebLogic domain runs, not in an OnTime-only design', () => {
    expect(offered(wl, { type: 'site', id: 's1' }).map((o) => o.fault)).toEqual([{ kind: 'maintenance', target: 's1' }]);
    const ot = buildDesign({ sites: ['dc1'], nodes: [{ id: 'OT1', kind: 'ontimeServer', siteId: 'dc1' }] });
    expect(offered(ot, { type: 'site', id: 'dc1' })).toEqual([]);
  });

  it('OT-2: clients are offered every REST server and load balancer but the one their REST URL points at now', () => {
    const ot = buildDesign({
      sites: ['dc1'],
      nodes: [
        { id: 'CL', kind: 'clients', siteId: 'dc1' },
        { id: 'OT1', kind: 'ontimeServer', siteId: 'dc1' },
        { id: 'OT2', kind: 'ontimeServer', siteId: 'dc1', name: 'Second' },
      ],
      relations: [['restUrl', 'CL', 'OT1']],
      clusters: [{ id: 'otc', kind: 'ontime', members: ['OT1', 'OT2'] }],
    });
    const views = { CL: { ...running, notes: [{ key: 'note.restVia', params: { target: 'OT1', targetId: 'OT1' } }] } };
    const options = offered(ot, { type: 'node', id: 'CL' }, views);
    expect(options).toEqual([{ id: 'fault.changeRestUrl:OT2', fault: { kind: 'changeRestUrl', target: 'CL', to: 'OT2' }, labelKey: 'action.changeRestUrl', params: { node: 'Second' } }]);
    expect(offered(ot, { type: 'node', id: 'OT1' }, { OT1: running })).toEqual([]);
  });
});
