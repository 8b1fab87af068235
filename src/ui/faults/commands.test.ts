import { describe, expect, it } from 'vitest';
import type { NodeView } from '../../engine';
import { templateById } from '../../templates';
import { faultOptions, optionForShortcut, targetOf, FAULT_COMMANDS } from './commands';

const design = templateById('ontime-minimal')!.design;
const running: NodeView = { status: 'running', notes: [], hostUp: true };
const ctx = (id: string, view?: NodeView) => ({ design, nodeViews: view ? { [id]: view } : {}, target: targetOf(design, id) });

describe('the fault command registry', () => {
  it('offers stop, crash and a server crash on a running OnTime server', () => {
    // An OnTime server is a Domino server running the OnTime task: both processes can be stopped or crashed.
    expect(faultOptions(ctx('OT1', running)).map((o) => o.fault)).toEqual([
      { kind: 'stopProcess', target: 'OT1', process: 'domino' },
      { kind: 'stopProcess', target: 'OT1', process: 'ontime' },
      { kind: 'crashProcess', target: 'OT1', process: 'domino' },
      { kind: 'crashProcess', target: 'OT1', process: 'ontime' },
      { kind: 'crashHost', target: 'OT1' },
    ]);
  });

  it('offers a restart once the task is down, and only recovery once the host is down', () => {
    const taskDown = faultOptions(ctx('OT1', { status: 'failed', notes: [], hostUp: true })).map((o) => o.fault.kind);
    expect(taskDown).toEqual(['startProcess', 'startProcess', 'crashHost']);
    const hostDown = faultOptions(ctx('OT1', { status: 'failed', notes: [], hostUp: false })).map((o) => o.fault.kind);
    expect(hostDown).toEqual(['recoverHost']);
  });

  it('maps a keyboard shortcut to the same option the menu shows', () => {
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
