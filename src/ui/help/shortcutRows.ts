import type { FaultCommand } from '../faults/commands';

export interface ShortcutRow {
  id: string;
  labelKey: string;
  /** Keys as shown on the keycaps ("Space", "Shift+R", "x"). */
  keys: string[];
}

/** A shortcut key as people read it on the keyboard. */
export function keyName(key: string, shift = false): string {
  const name = key === ' ' ? 'Space' : key;
  return shift ? `Shift+${name}` : name;
}

/** The simulation commands' shortcuts (Space, ".", Shift+R), straight from their registry. */
export function simulationRows(commands: readonly { id: string; labelKey: string; shortcut: { key: string; shift?: boolean } }[]): ShortcutRow[] {
  return commands.map((c) => ({ id: c.id, labelKey: c.labelKey, keys: [keyName(c.shortcut.key, c.shortcut.shift)] }));
}

/** Every fault command that has a key (acting on the selected node or site), in registry order, once per command. */
export function faultRows(commands: readonly FaultCommand[]): ShortcutRow[] {
  return commands.flatMap((c) => (c.shortcut ? [{ id: c.id, labelKey: c.labelKey, keys: [c.shortcut] }] : []));
}
