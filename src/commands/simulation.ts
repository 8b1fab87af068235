import { resetRun, sendToSimulation } from '../ui/sim/simBridge';
import type { Command } from './types';

/** The commands that drive the simulation itself (not a fault), anywhere in the app. */
export const SIM_COMMANDS: readonly Command[] = [
  {
    id: 'sim.playPause',
    labelKey: 'live.cmd.playPause',
    keys: ['Space'],
    context: 'global',
    run: (s) => sendToSimulation({ type: s.playing ? 'pause' : 'play' }),
  },
  { id: 'sim.step', labelKey: 'live.cmd.step', keys: ['.'], context: 'global', run: () => sendToSimulation({ type: 'step' }) },
  { id: 'sim.reset', labelKey: 'live.cmd.reset', keys: ['Shift+R'], context: 'global', run: () => resetRun() },
];
