import { simulation } from '../state/simulation';
import { clickerTakes } from './presenter';
import type { Command } from './types';

/**
 * The commands that drive the simulation itself (not a fault), anywhere in the app. Space and "." are also a
 * clicker's keys: on a black screen or while a story plays they go there first (see presenter.ts).
 */
export const SIM_COMMANDS: readonly Command[] = [
  {
    id: 'sim.playPause',
    labelKey: 'live.cmd.playPause',
    keys: ['Space'],
    context: 'global',
    run: (s) => clickerTakes(s, 'next') || simulation.togglePlay(),
  },
  { id: 'sim.step', labelKey: 'live.cmd.step', keys: ['.'], context: 'global', run: (s) => clickerTakes(s, 'next') || simulation.step() },
  { id: 'sim.reset', labelKey: 'branches.cmd.reset', keys: ['Shift+R'], context: 'global', run: () => simulation.reset() },
];
