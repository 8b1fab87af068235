import { beforeEach, describe, expect, it } from 'vitest';
import { Runner } from '../../worker/runner';
import { templateById } from '../../templates';
import { DEMOS } from '../../ui/faults/demos';
import { openDesign, useAppStore } from '../store';
import { LiveSimulation, type StartWorker } from '../simulation';

/** The real runner in this thread, standing in for the worker: the branch flow end to end, without a browser. */
const inProcess: StartWorker = (deliver) => {
  const runner = new Runner((frame, state) => deliver([{ type: 'frame', frame, ...state, handled: 0 }]), () => 0, () => setTimeout(() => undefined, 0));
  return {
    send: (m) => {
      if (m.type === 'load') runner.load(m.design, m.seed, m.script, m.untilMs, m.horizonMs, m.loadId);
      else if (m.type === 'seek') runner.seek(m.timeMs);
      else if (m.type === 'inject') runner.inject(m.fault);
      else if (m.type === 'step') runner.step();
    },
    dispose: () => undefined,
  };
};

const s1 = DEMOS.find((d) => d.scenario === 'S1')!;
let sim: LiveSimulation;
let disconnect: () => void;
beforeEach(() => {
  openDesign(structuredClone(templateById('ontime-minimal')!.design));
  sim = new LiveSimulation(useAppStore, inProcess);
  disconnect = sim.connect();
  return () => disconnect();
});

describe('branches, not silent forks (issue 15 §4)', () => {
  it('injecting in the past starts a branch; the old future (the restart at 1:00) is still there and runs again when switched back', () => {
    sim.runScript(s1.script, false);
    sim.seek(90_000);
    sim.seek(25_000);
    sim.inject({ kind: 'crashHost', target: 'OT2' });
    let s = useAppStore.getState();
    expect(s.activeBranchId).toBe(2);
    expect(s.script.map((e) => [e.atMs, e.fault.kind])).toEqual([[20_000, 'stopProcess'], [25_000, 'crashHost']]);
    expect(s.branches[0]).toMatchObject({ id: 1, script: s1.script, horizonMs: 90_000 });
    expect(s.branches[1]).toMatchObject({ id: 2, parentId: 1, forkMs: 25_000 });

    sim.switchBranch(1);
    s = useAppStore.getState();
    expect(s.activeBranchId).toBe(1);
    expect(s.script).toEqual(s1.script);
    expect(s.timeMs).toBe(25_000);
    expect(s.horizonMs).toBe(90_000);
    // Branch 2 kept what it had become.
    expect(s.branches[1]!.script.map((e) => e.fault.kind)).toEqual(['stopProcess', 'crashHost']);
    sim.seek(90_000);
    expect(useAppStore.getState().events.some((e) => e.type === 'fault.injected' && e.fault.kind === 'startProcess')).toBe(true);
  });

  it('injecting at the live edge with nothing scripted to come appends to the branch', () => {
    sim.seek(30_000);
    sim.inject({ kind: 'crashHost', target: 'OT1' });
    const s = useAppStore.getState();
    expect(s.branches).toHaveLength(1);
    expect(s.script).toEqual([{ atMs: 30_000, fault: { kind: 'crashHost', target: 'OT1' } }]);
  });

  it('Clear faults leaves one empty main line at 0:00; removing one fault re-runs to the time on screen', () => {
    sim.runScript(s1.script, false);
    sim.seek(70_000);
    sim.removeFault(1);
    let s = useAppStore.getState();
    expect(s.script).toEqual([s1.script[0]]);
    expect(s.timeMs).toBe(70_000);
    sim.seek(10_000);
    sim.inject({ kind: 'crashHost', target: 'OT2' });
    expect(useAppStore.getState().branches).toHaveLength(2);
    sim.clearFaults();
    s = useAppStore.getState();
    expect(s.script).toEqual([]);
    expect(s.branches).toHaveLength(1);
    expect(s.timeMs).toBe(0);
  });

  it('Step says how far it went and which event it reached', () => {
    sim.runScript(s1.script, false);
    sim.seek(15_000);
    sim.step();
    const note = useAppStore.getState().stepNote!;
    expect(note.fromMs).toBe(15_000);
    expect(note.toMs).toBeGreaterThan(15_000);
    expect(note.toMs).toBeLessThanOrEqual(20_000);
    expect(note.eventId).not.toBeNull();
  });
});
