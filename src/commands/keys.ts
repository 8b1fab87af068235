import type { Command, CommandContext } from './types';

/**
 * The one key notation of the registry: modifiers `Mod` (Ctrl, or ⌘ on a Mac), `Alt`, `Shift` in that order, then
 * the key: a letter or digit in upper case (`S`, `1`), a named key (`Space`, `Delete`, `Escape`, `F10`,
 * `ContextMenu`, `PageDown`) or the printed character (`.`, `[`, `?`). The same strings serve `aria-keyshortcuts`.
 */

export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** A key event in the registry's notation; letters by their physical key so Alt combos work on a Mac. */
export function eventChord(e: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>, mac = isMac): string {
  // `?` is Shift+/ on one layout and its own key on another: named by what it prints.
  if (e.key === '?') return '?';
  const parts: string[] = [];
  if (mac ? e.metaKey : e.ctrlKey) parts.push('Mod');
  if (e.altKey) parts.push('Alt');
  if (e.shiftKey) parts.push('Shift');
  const letter = /^Key([A-Z])$/.exec(e.code)?.[1] ?? /^Digit(\d)$/.exec(e.code)?.[1];
  parts.push(letter ?? (e.key === ' ' ? 'Space' : e.key.length === 1 ? e.key.toUpperCase() : e.key));
  return parts.join('+');
}

/** How a chord reads on this platform: ⌘⇧Z on a Mac, Ctrl+Shift+Z elsewhere. */
export function displayKeys(chord: string, mac = isMac): string {
  if (!mac) return chord.replace('Mod', 'Ctrl');
  return chord.replace('Mod+', '⌘').replace('Shift+', '⇧').replace('Alt+', '⌥');
}

/** Two contexts can be active at once (a selected node also reaches its site's commands; the editor rests while presenting). */
function overlap(a: CommandContext, b: CommandContext): boolean {
  const both = new Set([a, b]);
  if (both.has('presenter') && both.has('editor')) return false;
  if (a === b || a === 'global' || b === 'global' || a === 'editor' || b === 'editor') return true;
  if (a === 'presenter' || b === 'presenter') return true;
  return both.has('node') && both.has('site');
}

/**
 * Every chord bound twice where both commands can be active at once, as readable lines (empty: none). The registry
 * test asserts this is empty, so a new binding that steals a key fails the build instead of one of them silently.
 */
export function chordConflicts(commands: readonly Pick<Command, 'id' | 'keys' | 'context'>[]): string[] {
  const contexts = (c: Pick<Command, 'context'>) => (typeof c.context === 'string' ? [c.context] : c.context);
  const out: string[] = [];
  commands.forEach((a, i) => {
    for (const b of commands.slice(i + 1)) {
      const shared = a.keys.filter((k) => b.keys.includes(k));
      const together = contexts(a).some((x) => contexts(b).some((y) => overlap(x, y)));
      for (const key of together ? shared : []) out.push(`${key}: ${a.id} and ${b.id}`);
    }
  });
  return out;
}
