import { simulation } from '../state/simulation';
import type { Command } from './types';

/** Issue 15 §4: Reset and Clear faults are two commands, and each label says what it keeps. */
export const BRANCH_COMMANDS: readonly Command[] = [
  {
    id: 'sim.clearFaults',
    labelKey: 'branches.cmd.clearFaults',
    // No key: it throws away work (every branch), so it takes a deliberate click.
    keys: [],
    context: 'global',
    when: (s) => s.script.length > 0 || s.branches.length > 1,
    run: () => simulation.clearFaults(),
  },
];
