import { describe, expect, it } from 'vitest';
import { replay, type NodeView, type TimedFault } from '../../engine';
import { templateById } from '../../templates';
import { faultOptions, faultTargetId, optionForShortcut, targetOf, FAULT_COMMANDS } from './commands';

const design = templateById('ontime-minimal')!.design;
const running: NodeView = { status: 'running', notes: [], hostUp: true };
const ctx = (id: string, view?: NodeView) => ({ design, nodeViews: view ? { [id]: view } : {}, target: targetOf(design, id) });

describe('the fault command registry', () => {
  it('offers stop and crash of each process, a server crash and maintenance on a running OnTime server', () => {
    const faults = faultOptions(ctx('OT1', running)).map((o) => o.fault);
    expect(faults).toContainEqual({ kind: 'stopProcess', target: 'OT1', process: 'ontime' });
    expect(faults).toContainEqual({ kind: 'crashProcess', target: 'OT1', process: 'ontime' });
    expect(faults).toContainEqual({ kind: 'crashHost', target: 'OT1' });
    expect(faults).toContainEqual({ kind: 'maintenance', target: 'OT1' });
    expect(faults.map((f) => f.kind)).not.toContain('recoverHost');
  });

  it('offers a restart once the task is down, and only recovery once the host is down', () => {
    const taskDown = new Set(faultOptions(ctx('OT1', { status: 'failed', notes: [], hostUp: true })).map((o) => o.fault.kind));
    expect([...taskDown]).toEqual(['startProcess', 'crashHost']);
    const hostDown = faultOptions(ctx('OT1', { status: 'failed', notes: [], hostUp: false })).map((o) => o.fault.kind);
    expect(hostDown).toEqual(['recoverHost']);
  });

  it('maps a keyboard shortcut to the same option the menu shows, on the application process', () => {
    expect(optionForShortcut(ctx('OT1', running), 's')?.fault).toEqual({ kind: 'stopProcess', target: 'OT1', process: 'ontime' });
    expect(optionForShortcut(ctx('OT1', running), 'x')?.fault).toEqual({ kind: 'crashHost', target: 'OT1' });
    expect(optionForShortcut(ctx('OT1', { status: 'failed', notes: [], hostUp: false }), 'r')?.fault).toEqual({ kind: 'recoverHost', target: 'OT1' });
    expect(optionForShortcut(ctx('OT1', running), 'r')).toBeUndefined();
  });

  it('has unique ids and no shortcut clash between commands that can apply at the same time', () => {
    const ids = FAULT_COMMANDS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const view of [running, { status: 'failed' as const, notes: [], hostUp: true }, { status: 'failed' as const, notes: [], hostUp: false }]) {
      const keys = FAULT_COMMANDS.filter((c) => c.shortcut && c.options(ctx('OT1', view)).length > 0).map((c) => c.shortcut);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});

describe('site and link commands', () => {
  const maa = templateById('weblogic-maa')!.design;
  // The network a command sees is what the engine's frames carry: here, the frame of a run of `script` to 100 s.
  const at = (target: Parameters<typeof targetOf>[1], script: TimedFault[] = []) => ({
    design: maa,
    nodeViews: {},
    target: targetOf(maa, target),
    net: replay(maa, maa.seed, script, 100_000).drainFrame(true).net,
  });

  it('offers a partition both ways and one-way in each direction on a link, a cut and RTT steps; a heal once it is cut', () => {
    const kinds = faultOptions(at('man')).map((o) => [o.fault.kind, 'oneWay' in o.fault ? o.fault.oneWay : 'rttMs' in o.fault ? o.fault.rttMs : undefined]);
    // The MAA link starts at 5 ms: one step up is 10, one step down is 0.
    expect(kinds).toEqual([
      ['partition', undefined],
      ['partition', true],
      ['partition', true],
      ['linkDown', undefined],
      ['setRtt', 10],
      ['setRtt', 0],
    ]);
    const cut = faultOptions(at('man'))[0]!.fault;
    const after = faultOptions(at('man', [{ atMs: 10_000, fault: cut }])).map((o) => o.fault.kind);
    expect(after).toEqual(['heal', 'linkDown', 'setRtt', 'setRtt']);
    const linkCut = faultOptions(at('man', [{ atMs: 10_000, fault: { kind: 'linkDown', target: 'man' } }])).map((o) => o.fault.kind);
    expect(linkCut).toContain('linkUp');
    expect(linkCut).not.toContain('linkDown');
  });

  it('on a selected link the keys cut it (c), restore it (u), partition it one way (o) and step its RTT ([ ])', () => {
    expect(optionForShortcut(at('man'), 'o')?.fault).toEqual({ kind: 'partition', target: 'cut-man', from: ['site1'], to: ['site2'], oneWay: true });
    expect(optionForShortcut(at('man'), 'p')?.fault).toEqual({ kind: 'partition', target: 'cut-man', from: ['site1'], to: ['site2'] });
    expect(optionForShortcut(at('man'), 'c')?.fault).toEqual({ kind: 'linkDown', target: 'man' });
    expect(optionForShortcut(at('man', [{ atMs: 1_000, fault: { kind: 'linkDown', target: 'man' } }]), 'u')?.fault).toEqual({ kind: 'linkUp', target: 'man' });
    expect(optionForShortcut(at('man'), ']')?.fault).toEqual({ kind: 'setRtt', target: 'man', rttMs: 10 });
    const raised = [{ atMs: 1_000, fault: { kind: 'setRtt' as const, target: 'man', rttMs: 20 } }];
    expect(optionForShortcut(at('man', raised), '[')?.fault).toEqual({ kind: 'setRtt', target: 'man', rttMs: 15 });
  });

  it('the fault target is the picked node or site, else a single site or link selected on the canvas', () => {
    expect(faultTargetId('MS1', ['site1'], [])).toBe('MS1');
    expect(faultTargetId(null, ['site1'], [])).toBe('site1');
    expect(faultTargetId(null, [], ['man'])).toBe('man');
    expect(faultTargetId(null, ['MS1', 'MS2'], [])).toBeNull();
    expect(targetOf(maa, faultTargetId(null, [], ['man']))).toEqual({ type: 'link', id: 'man' });
  });

  it('takes a site down and up again, and the shortcut on a node acts on its site', () => {
    // A WebLogic site also offers its planned maintenance (a switchover, S6).
    expect(faultOptions(at('site1')).map((o) => o.fault.kind)).toEqual(['siteDown', 'partition', 'maintenance']);
    const down = [{ atMs: 1_000, fault: { kind: 'siteDown' as const, target: 'site1' } }];
    expect(faultOptions(at('site1', down)).map((o) => o.fault.kind)).toEqual(['siteUp', 'partition', 'maintenance']);
    expect(optionForShortcut({ ...at('MS1'), nodeViews: { MS1: running } }, 'd')?.fault).toEqual({ kind: 'siteDown', target: 'site1' });
  });
});

describe('WebLogic operator actions in the fault menus', () => {
  const wl = templateById('weblogic-maa')!.design;
  const wlCtx = (id: string, view: NodeView) => ({ design: wl, nodeViews: { [id]: view }, target: targetOf(wl, id) });

  it('WL-6: "Restart Administration Server in Site 2" is offered while the Admin Server is down, not while it runs', () => {
    const down = faultOptions(wlCtx('ADMIN', { status: 'failed', notes: [], hostUp: false })).find((o) => o.fault.kind === 'restartAdminServer');
    expect(down).toMatchObject({ fault: { kind: 'restartAdminServer', target: 'ADMIN', site: 'site2' }, labelKey: 'netcmd.restartAdminServer', params: { site: 'Site 2' } });
    expect(faultOptions(wlCtx('ADMIN', running)).map((o) => o.fault.kind)).not.toContain('restartAdminServer');
  });

  it('WL-13: reinstating a database is offered only on an old primary waiting for it', () => {
    const waiting: NodeView = { status: 'degraded', notes: [{ key: 'wl.note.dbReinstateRequired' }], hostUp: true };
    expect(faultOptions(wlCtx('DB1', waiting)).map((o) => o.fault)).toContainEqual({ kind: 'reinstateDatabase', target: 'DB1' });
    const standby: NodeView = { status: 'standby', notes: [{ key: 'wl.note.dbStandby' }], hostUp: true };
    expect(faultOptions(wlCtx('DB2', standby)).map((o) => o.fault.kind)).not.toContain('reinstateDatabase');
  });

  it('a fault a target cannot take is not offered on it: no database switchover, reinstatement or Admin Server restart on an OnTime server', () => {
    const kinds = faultOptions(ctx('OT1', { status: 'failed', notes: [{ key: 'wl.note.dbReinstateRequired' }], hostUp: false })).map((o) => o.fault.kind);
    for (const kind of ['dbSwitchover', 'reinstateDatabase', 'restartAdminServer', 'zdtRollout', 'deploy']) expect(kinds).not.toContain(kind);
  });
});
