import { displayKeys } from './keys';
import type { Command } from './types';

export interface ShortcutRow {
  id: string;
  labelKey: string;
  /** Keys as shown on the keycaps ("Ctrl+Z", "Space", "Shift+R", "S"). */
  keys: string[];
}

export type ShortcutSection = 'editor' | 'simulation' | 'faults';

/** Which table of the help a command belongs in: by its context. */
export function sectionOf(c: Command): ShortcutSection {
  if (c.context === 'editor') return 'editor';
  // The clicker's keys drive the run (or the story): they sit with the simulation's.
  if (c.context === 'global' || c.context === 'presenter') return 'simulation';
  return 'faults';
}

/** The help's rows of one section, straight from the registry, in its order; commands without a key are left out. */
export function shortcutRows(commands: readonly Command[], section: ShortcutSection, mac?: boolean): ShortcutRow[] {
  return commands.flatMap((c) => (sectionOf(c) === section && c.keys.length > 0 ? [{ id: c.id, labelKey: c.labelKey, keys: c.keys.map((k) => displayKeys(k, mac)) }] : []));
}
