import { describe, expect, it } from 'vitest';
import { COMMANDS } from './registry';
import { shortcutRows } from './shortcutRows';

describe('the help lists the shortcuts from the one registry', () => {
  it('lists every fault command that has a key, with that key, in registry order', () => {
    const rows = shortcutRows(COMMANDS, 'faults', false);
    const withKeys = COMMANDS.filter((c) => c.options && c.keys.length > 0);
    expect(rows.length).toBeGreaterThanOrEqual(10);
    expect(rows.map((r) => `${r.id}=${r.keys.join()}`)).toEqual(withKeys.map((c) => `${c.id}=${c.keys.join()}`));
    for (const key of ['S', 'Shift+S', 'K', 'R', 'X', 'Shift+X', 'M', 'W', 'D', 'U', 'P', 'H']) expect(rows.some((r) => r.keys.includes(key)), key).toBe(true);
  });

  it('lists the simulation keys as the keyboard names them, and the editor keys for this platform', () => {
    expect(shortcutRows(COMMANDS, 'simulation', false).map((r) => r.keys[0])).toEqual(['Space', '.', 'Shift+R', 'F', 'PageDown', 'PageUp', 'B', 'Escape']);
    const undo = shortcutRows(COMMANDS, 'editor', false).find((r) => r.id === 'undo');
    expect(undo?.keys).toEqual(['Ctrl+Z']);
    expect(shortcutRows(COMMANDS, 'editor', true).find((r) => r.id === 'undo')?.keys).toEqual(['⌘Z']);
  });
});
