import { simulation } from '../state/simulation';
import type { Command } from './types';

/** The commands that drive the simulation itself (not a fault), anywhere in the app. */
export const SIM_COMMANDS: readonly Command[] = [
  {
    id: 'sim.playPause',
    labelKey: 'live.cmd.playPause',
    keys: ['Space'],
    context: 'global',
    run: () => simulation.togglePlay(),
  },
  { id: 'sim.step', labelKey: 'live.cmd.step', keys: ['.'], context: 'global', run: () => simulation.step() },
  { id: 'sim.reset', labelKey: 'branches.cmd.reset', keys: ['Shift+R'], context: 'global', run: () => simulation.reset() },
];
