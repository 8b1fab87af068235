import { useAppStore } from '../../state/store';
import { resetRun, sendToSimulation } from './simBridge';

/** A command that drives the simulation itself (not a fault): same registry shape as the fault commands. */
export interface SimCommand {
  id: string;
  labelKey: string;
  /** `KeyboardEvent.key` (with `shift` when Shift must be held). */
  shortcut: { key: string; shift?: boolean };
  run(): void;
}

export const SIM_COMMANDS: readonly SimCommand[] = [
  {
    id: 'sim.playPause',
    labelKey: 'live.cmd.playPause',
    shortcut: { key: ' ' },
    run: () => sendToSimulation({ type: useAppStore.getState().playing ? 'pause' : 'play' }),
  },
  { id: 'sim.step', labelKey: 'live.cmd.step', shortcut: { key: '.' }, run: () => sendToSimulation({ type: 'step' }) },
  { id: 'sim.reset', labelKey: 'live.cmd.reset', shortcut: { key: 'R', shift: true }, run: () => resetRun() },
];

/** The shortcut as `aria-keyshortcuts` wants it ("Space", "Shift+R"). */
export function shortcutLabel(command: SimCommand): string {
  const key = command.shortcut.key === ' ' ? 'Space' : command.shortcut.key;
  return command.shortcut.shift ? `Shift+${key}` : key;
}
