import { describe, expect, it } from 'vitest';
import type { TimedFault } from '../../engine';
import { activate, fork, injectForks, isBranchState, mainOnly, withLive } from './model';

const crash = (atMs: number, target: string): TimedFault => ({ atMs, fault: { kind: 'crashHost', target } });
const restartAt60 = [crash(20_000, 'OT1'), { atMs: 60_000, fault: { kind: 'recoverHost', target: 'OT1' } } as TimedFault];

describe('timeline branches', () => {
  it('injecting in the past or before scripted faults forks; at the live edge with nothing to come it does not', () => {
    expect(injectForks({ script: restartAt60, timeMs: 25_000, horizonMs: 90_000 })).toBe(true);
    expect(injectForks({ script: restartAt60, timeMs: 25_000, horizonMs: 25_000 })).toBe(true);
    expect(injectForks({ script: restartAt60, timeMs: 90_000, horizonMs: 90_000 })).toBe(false);
    expect(injectForks({ script: [], timeMs: 0, horizonMs: 0 })).toBe(false);
  });

  it('a fork keeps the whole old future in the branch it leaves and starts the new one with the faults up to now', () => {
    const main = mainOnly(restartAt60, 0);
    const forked = fork(main, { script: restartAt60, timeMs: 25_000, horizonMs: 90_000 });
    expect(forked.activeBranchId).toBe(2);
    const [old, child] = forked.branches;
    expect(old).toEqual({ id: 1, parentId: null, forkMs: 0, script: restartAt60, horizonMs: 90_000 });
    expect(child).toEqual({ id: 2, parentId: 1, forkMs: 25_000, script: [restartAt60[0]], horizonMs: 25_000 });
  });

  it('switching keeps the live state of the branch it leaves and gives the target its own script', () => {
    const forked = fork(mainOnly(restartAt60), { script: restartAt60, timeMs: 25_000, horizonMs: 90_000 });
    const liveChild = [restartAt60[0]!, crash(25_000, 'OT2')];
    const back = activate(forked, { script: liveChild, horizonMs: 40_000 }, 1);
    expect(back?.target.script).toEqual(restartAt60);
    expect(back?.state.activeBranchId).toBe(1);
    expect(back?.state.branches[1]).toMatchObject({ script: liveChild, horizonMs: 40_000 });
    expect(activate(forked, { script: liveChild, horizonMs: 0 }, 9)).toBeUndefined();
    expect(withLive(forked, { script: liveChild, horizonMs: 40_000 })[0]!.script).toEqual(restartAt60);
  });

  it('a branch of a branch names its parent, and ids keep counting', () => {
    let state = fork(mainOnly(restartAt60), { script: restartAt60, timeMs: 25_000, horizonMs: 90_000 });
    state = fork(state, { script: [restartAt60[0]!, crash(25_000, 'OT2')], timeMs: 22_000, horizonMs: 30_000 });
    expect(state.branches.map((b) => [b.id, b.parentId, b.forkMs])).toEqual([[1, null, 0], [2, 1, 25_000], [3, 2, 22_000]]);
    expect(state.branches[2]!.script).toEqual([restartAt60[0]]);
    expect(isBranchState(state)).toBe(true);
  });

  it('refuses a stored branch list that does not hold together', () => {
    expect(isBranchState(mainOnly())).toBe(true);
    expect(isBranchState({ branches: [], activeBranchId: 1 })).toBe(false);
    expect(isBranchState({ ...mainOnly(), activeBranchId: 2 })).toBe(false);
    expect(isBranchState({ branches: [{ id: 1, parentId: 7, forkMs: 0, script: [], horizonMs: 0 }], activeBranchId: 1 })).toBe(false);
    expect(isBranchState('x')).toBe(false);
  });
});
