import type { TimedFault } from '../../engine';

/**
 * Branches, not silent forks (issue 15 §4). A branch is a fault script and the point where it left its parent: a
 * fault injected in the past starts a new branch from that time, and the branch it left keeps its whole script (its
 * future) and how far it had been run. The worker only ever runs the active branch: the run is a deterministic
 * re-run from the seed and that script, so nothing else of a branch needs keeping.
 */
export interface Branch {
  /** 1 is the main line; others count up in the order they were made ("Branch 2"). */
  id: number;
  /** The branch this one left; null for the main line. */
  parentId: number | null;
  /** When it left its parent (simulated ms); 0 for the main line. */
  forkMs: number;
  /** Its faults. For the active branch this is a snapshot: the live script in the sim slice is the truth. */
  script: TimedFault[];
  /** How far it had been run (simulated ms): its length on the time axis. */
  horizonMs: number;
}

export interface BranchState {
  branches: Branch[];
  activeBranchId: number;
}

export const MAIN_BRANCH_ID = 1;

/** One main line with this script: a fresh document, "Clear faults", a new scenario. */
export function mainOnly(script: TimedFault[] = [], horizonMs = 0): BranchState {
  return { branches: [{ id: MAIN_BRANCH_ID, parentId: null, forkMs: 0, script, horizonMs }], activeBranchId: MAIN_BRANCH_ID };
}

/** The live run: what the active branch is now (its script and horizon come from the worker's frames). */
export interface LiveRun {
  script: TimedFault[];
  timeMs: number;
  horizonMs: number;
}

/** The branches with the active one brought up to date with the live run (what to show, store or switch from). */
export function withLive(state: BranchState, live: Pick<LiveRun, 'script' | 'horizonMs'>): Branch[] {
  return state.branches.map((b) => (b.id === state.activeBranchId ? { ...b, script: live.script, horizonMs: live.horizonMs } : b));
}

/**
 * Whether injecting now would change a future already seen or scripted: the cursor is in the past, or the script
 * holds faults still to come (a scenario's later steps). Then the injection starts a branch instead of dropping them.
 */
export function injectForks(live: LiveRun): boolean {
  return live.timeMs < live.horizonMs || live.script.some((e) => e.atMs > live.timeMs);
}

/**
 * A new branch from now: the parent keeps its whole script and horizon; the child starts with the parent's faults
 * up to now (the worker then appends the injected one, exactly as it records any injection).
 */
export function fork(state: BranchState, live: LiveRun): BranchState {
  const branches = withLive(state, live);
  const id = Math.max(...branches.map((b) => b.id)) + 1;
  const child: Branch = { id, parentId: state.activeBranchId, forkMs: live.timeMs, script: live.script.filter((e) => e.atMs <= live.timeMs), horizonMs: live.timeMs };
  return { branches: [...branches, child], activeBranchId: id };
}

/** Makes another branch active (the live run's state is kept in the one it leaves); undefined if there is no such branch. */
export function activate(state: BranchState, live: Pick<LiveRun, 'script' | 'horizonMs'>, id: number): { state: BranchState; target: Branch } | undefined {
  const branches = withLive(state, live);
  const target = branches.find((b) => b.id === id);
  return target ? { state: { branches, activeBranchId: id }, target } : undefined;
}

/** A stored or shared branch list that makes sense: ids unique, the active one present, parents known. */
export function isBranchState(value: unknown): value is BranchState {
  if (typeof value !== 'object' || value === null) return false;
  const { branches, activeBranchId } = value as Partial<BranchState>;
  if (!Array.isArray(branches) || branches.length === 0) return false;
  const ids = new Set<unknown>();
  for (const b of branches as unknown[]) {
    if (typeof b !== 'object' || b === null) return false;
    const { id, parentId, forkMs, script, horizonMs } = b as Partial<Branch>;
    if (!Number.isInteger(id) || ids.has(id) || !Array.isArray(script)) return false;
    if (typeof forkMs !== 'number' || typeof horizonMs !== 'number' || !(parentId === null || ids.has(parentId))) return false;
    ids.add(id);
  }
  return ids.has(activeBranchId);
}
