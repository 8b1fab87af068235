import { describe, expect, it } from 'vitest';
import { FAULT_COMMANDS } from '../faults/commands';
import { faultRows, keyName, simulationRows } from './shortcutRows';

describe('the help lists the simulation and fault shortcuts from their registries', () => {
  it('lists every fault command that has a key, with that key', () => {
    const withKeys = FAULT_COMMANDS.filter((c) => c.shortcut);
    expect(withKeys.length).toBeGreaterThanOrEqual(10);
    const rows = faultRows(FAULT_COMMANDS);
    expect(rows.map((r) => `${r.id}=${r.keys.join()}`)).toEqual(withKeys.map((c) => `${c.id}=${c.shortcut}`));
    for (const key of ['s', 'k', 'r', 'x', 'm', 'w', 'd', 'u', 'p', 'h']) expect(rows.some((r) => r.keys.includes(key)), key).toBe(true);
  });

  it('names Space and Shift the way the keyboard does', () => {
    const rows = simulationRows([
      { id: 'a', labelKey: 'x', shortcut: { key: ' ' } },
      { id: 'b', labelKey: 'y', shortcut: { key: 'R', shift: true } },
    ]);
    expect(rows.map((r) => r.keys[0])).toEqual(['Space', 'Shift+R']);
    expect(keyName('.')).toBe('.');
  });
});
