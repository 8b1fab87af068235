import type { AppState } from '../state/store';
import type { FaultContext, FaultOption } from './faults';

/**
 * Where a command applies, which is also where its keys must be unique (see `chordConflicts`):
 * - `global`: anywhere (the simulation's play, step, reset);
 * - `editor`: the design editor, not while a dialog is open (help's own key excepted);
 * - `node`, `site`, `link`: the selected server, site or link between sites (the fault target). A key pressed on a
 *   selected node also reaches its site's commands, so `node` and `site` keys share one space; a link's do not.
 * - `presenter`: presenter mode only (the clicker's keys, Escape to leave). The editor's keys rest meanwhile, so the
 *   two share no space: Escape leaves presenter mode there and deselects in the editor.
 */
export type CommandContext = 'global' | 'editor' | 'node' | 'site' | 'link' | 'presenter';

/**
 * Every user action, one shape (Excalidraw's actions): the keyboard dispatcher, the menus, the toolbars and the
 * help dialog all read these entries, so a shortcut shown is the one that works.
 */
export interface Command {
  id: string;
  /** i18n key of the label. */
  labelKey: string;
  /** Chords in the one notation of keys.ts: `Mod+Shift+Z`, `Alt+A`, `Shift+R`, `Space`, `S`, `[`, `?`. */
  keys: readonly string[];
  context: CommandContext | readonly CommandContext[];
  /** Changes the design: refused while a shared design is open read-only. */
  edits?: boolean;
  /** Whether it applies now (absent: always). The keyboard skips a command that does not apply. */
  when?(state: AppState): boolean;
  run(state: AppState): void;
  /**
   * Fault commands: the concrete faults they offer on a target (one per process, per direction, per site…). Menus
   * and the fault toolbar list these; `run` injects the one the keyboard means.
   */
  options?(ctx: FaultContext): FaultOption[];
}

export function contextsOf(command: Pick<Command, 'context'>): readonly CommandContext[] {
  return typeof command.context === 'string' ? [command.context] : command.context;
}
