import { simulation } from '../../state/simulation';

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
    run: () => simulation.togglePlay(),
  },
  { id: 'sim.step', labelKey: 'live.cmd.step', shortcut: { key: '.' }, run: () => simulation.step() },
  { id: 'sim.reset', labelKey: 'live.cmd.reset', shortcut: { key: 'R', shift: true }, run: () => simulation.reset() },
];

/** The shortcut as `aria-keyshortcuts` wants it ("Space", "Shift+R"). */
export function shortcutLabel(command: SimCommand): string {
  const key = command.shortcut.key === ' ' ? 'Space' : command.shortcut.key;
  return command.shortcut.shift ? `Shift+${key}` : key;
}
