import { describe, expect, it } from 'vitest';
import { replay, type NodeView, type TimedFault } from '../engine';
import { templateById } from '../templates';
import { faultOptions, faultTarget, optionForKeys, targetOf, FAULT_COMMANDS, type FaultContext } from './faults';

/** What a chord injects on the context's target, as the keyboard dispatcher finds it (registry.ts). */
function optionForShortcut(ctx: FaultContext, chord: string) {
  for (const command of FAULT_COMMANDS) {
    const option = command.keys?.includes(chord) ? optionForKeys(command, ctx) : undefined;
    if (option) return option;
  }
  return undefined;
}

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

  it('maps a key to one option the menu shows: S on the application process, Shift+S on the platform under it', () => {
    expect(optionForShortcut(ctx('OT1', running), 'S')?.fault).toEqual({ kind: 'stopProcess', target: 'OT1', process: 'ontime' });
    expect(optionForShortcut(ctx('OT1', running), 'Shift+S')?.fault).toEqual({ kind: 'stopProcess', target: 'OT1', process: 'domino' });
    expect(optionForShortcut(ctx('OT1', running), 'K')?.fault).toEqual({ kind: 'crashProcess', target: 'OT1', process: 'ontime' });
    expect(optionForShortcut(ctx('OT1', running), 'Shift+K')?.fault).toEqual({ kind: 'crashProcess', target: 'OT1', process: 'domino' });
    expect(optionForShortcut(ctx('OT1', running), 'X')?.fault).toEqual({ kind: 'crashHost', target: 'OT1' });
    expect(optionForShortcut(ctx('OT1', { status: 'failed', notes: [], hostUp: false }), 'Shift+X')?.fault).toEqual({ kind: 'recoverHost', target: 'OT1' });
    expect(optionForShortcut(ctx('OT1', { status: 'failed', notes: [], hostUp: true }), 'R')?.fault).toEqual({ kind: 'startProcess', target: 'OT1', process: 'ontime' });
    expect(optionForShortcut(ctx('OT1', running), 'R')).toBeUndefined();
    // A mail server runs Domino only: it is the application, and no platform key applies.
    expect(optionForShortcut(ctx('MS1', running), 'S')?.fault).toEqual({ kind: 'stopProcess', target: 'MS1', process: 'domino' });
    expect(optionForShortcut(ctx('MS1', running), 'Shift+S')).toBeUndefined();
  });

  it('the menus still list both processes, platform first, under unchanged option ids', () => {
    const stops = faultOptions(ctx('OT1', running)).filter((o) => o.fault.kind === 'stopProcess');
    expect(stops.map((o) => o.id)).toEqual(['fault.stopProcess:domino', 'fault.stopProcess:ontime']);
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
    expect(optionForShortcut(at('man'), 'O')?.fault).toEqual({ kind: 'partition', target: 'cut-man', from: ['site1'], to: ['site2'], oneWay: true });
    expect(optionForShortcut(at('man'), 'P')?.fault).toEqual({ kind: 'partition', target: 'cut-man', from: ['site1'], to: ['site2'] });
    expect(optionForShortcut(at('man'), 'C')?.fault).toEqual({ kind: 'linkDown', target: 'man' });
    expect(optionForShortcut(at('man', [{ atMs: 1_000, fault: { kind: 'linkDown', target: 'man' } }]), 'U')?.fault).toEqual({ kind: 'linkUp', target: 'man' });
    expect(optionForShortcut(at('man'), ']')?.fault).toEqual({ kind: 'setRtt', target: 'man', rttMs: 10 });
    const raised = [{ atMs: 1_000, fault: { kind: 'setRtt' as const, target: 'man', rttMs: 20 } }];
    expect(optionForShortcut(at('man', raised), '[')?.fault).toEqual({ kind: 'setRtt', target: 'man', rttMs: 15 });
  });

  it('the fault target is the one selected node or site, else the one selected link', () => {
    expect(faultTarget(maa, { nodes: ['MS1'], edges: [] })).toEqual({ type: 'node', id: 'MS1' });
    expect(faultTarget(maa, { nodes: ['site1'], edges: ['man'] })).toEqual({ type: 'site', id: 'site1' });
    expect(faultTarget(maa, { nodes: [], edges: ['man'] })).toEqual({ type: 'link', id: 'man' });
    expect(faultTarget(maa, { nodes: ['MS1', 'MS2'], edges: [] })).toBeNull();
    expect(faultTarget(maa, { nodes: [], edges: [] })).toBeNull();
  });

  it('takes a site down and up again, and the shortcut on a node acts on its site', () => {
    // A WebLogic site also offers its planned maintenance (a switchover, S6).
    expect(faultOptions(at('site1')).map((o) => o.fault.kind)).toEqual(['siteDown', 'partition', 'maintenance']);
    const down = [{ atMs: 1_000, fault: { kind: 'siteDown' as const, target: 'site1' } }];
    expect(faultOptions(at('site1', down)).map((o) => o.fault.kind)).toEqual(['siteUp', 'partition', 'maintenance']);
    expect(optionForShortcut({ ...at('MS1'), nodeViews: { MS1: running } }, 'D')?.fault).toEqual({ kind: 'siteDown', target: 'site1' });
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
