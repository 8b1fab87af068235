import { describe, expect, it } from 'vitest';
import { useAppStore } from '../state/store';
import { templateById } from '../templates';
import { chordConflicts, displayKeys, eventChord } from './keys';
import { COMMANDS, commandForChord } from './registry';
import type { Command } from './types';

const entry = (id: string, keys: string[], context: Command['context']): Command => ({ id, labelKey: id, keys, context, run: () => {} });

describe('the one command registry', () => {
  it('binds no chord twice where both commands can be active at once', () => {
    expect(chordConflicts(COMMANDS)).toEqual([]);
  });

  it('the chord check fails on a conflicting list: the old "s" on both processes, a key stolen from the simulation, a node key shadowing its site', () => {
    expect(chordConflicts([entry('stopDomino', ['S'], ['node']), entry('stopOnTime', ['S'], ['node'])])).toEqual(['S: stopDomino and stopOnTime']);
    expect(chordConflicts([entry('sim.reset', ['Shift+R'], 'global'), entry('startPlatform', ['Shift+R'], ['node'])])).toHaveLength(1);
    expect(chordConflicts([entry('a', ['D'], ['node']), entry('b', ['D'], ['site'])])).toHaveLength(1);
    // A link is never selected together with a node or a site: the same key may mean something else there.
    expect(chordConflicts([entry('isolateSite', ['P'], ['site']), entry('partition', ['P'], ['link'])])).toEqual([]);
  });

  it('has unique ids and every key in the one notation', () => {
    const ids = COMMANDS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const notation = /^(Mod\+)?(Alt\+)?(Shift\+)?([A-Z0-9]|Space|Delete|Backspace|Escape|ContextMenu|PageDown|PageUp|F\d+|[.?[\]])$/;
    for (const c of COMMANDS) for (const k of c.keys) expect(k, c.id).toMatch(notation);
  });

  it('reads key events in the same notation as the entries', () => {
    const key = (k: string, code: string, mods: Partial<KeyboardEvent> = {}) =>
      eventChord({ key: k, code, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods }, false);
    expect(key(' ', 'Space')).toBe('Space');
    expect(key('s', 'KeyS')).toBe('S');
    expect(key('S', 'KeyS', { shiftKey: true })).toBe('Shift+S');
    expect(key('z', 'KeyZ', { ctrlKey: true, shiftKey: true })).toBe('Mod+Shift+Z');
    expect(key('[', 'BracketLeft')).toBe('[');
    expect(key('?', 'Slash', { shiftKey: true })).toBe('?');
    expect(displayKeys('Mod+Shift+Z', true)).toBe('⌘⇧Z');
  });

  it('a chord runs the one command that applies: editor keys wait while a dialog is open, edits wait in a read-only design', () => {
    useAppStore.setState({ dialog: null, readOnly: false });
    expect(commandForChord('Mod+Z')?.id).toBe('undo');
    expect(commandForChord('Space')?.id).toBe('sim.playPause');
    useAppStore.setState({ readOnly: true });
    expect(commandForChord('Mod+Z')).toBeUndefined();
    useAppStore.setState({ readOnly: false, dialog: 'help' });
    expect(commandForChord('Mod+Z')).toBeUndefined();
    expect(commandForChord('?')?.id).toBe('help');
    useAppStore.setState({ dialog: null });
  });

  it('a fault key applies only when its command offers something on the selection', () => {
    useAppStore.getState().setDesign(templateById('ontime-minimal')!.design);
    useAppStore.getState().select([]);
    expect(commandForChord('S')).toBeUndefined();
    useAppStore.getState().select(['OT1']);
    expect(commandForChord('S')?.id).toBe('fault.stopProcess');
    expect(commandForChord('Shift+S')?.id).toBe('fault.stopPlatform');
    useAppStore.getState().select([]);
  });

  it('presenter mode: F toggles it anywhere; the clicker keys and Escape act only while presenting, and the editor keys rest meanwhile', () => {
    useAppStore.setState({ dialog: null, readOnly: false, presenting: false, blackScreen: false, storyClicker: null });
    expect(commandForChord('F')?.id).toBe('presenter.toggle');
    expect(commandForChord('Escape')?.id).toBe('deselect');
    expect(commandForChord('PageDown')).toBeUndefined();
    expect(commandForChord('B')).toBeUndefined();
    useAppStore.setState({ presenting: true });
    expect(commandForChord('Escape')?.id).toBe('presenter.exit');
    expect(commandForChord('PageDown')?.id).toBe('presenter.next');
    expect(commandForChord('PageUp')?.id).toBe('presenter.previous');
    expect(commandForChord('B')?.id).toBe('presenter.black');
    expect(commandForChord('Mod+Z')).toBeUndefined();
    expect(commandForChord('Space')?.id).toBe('sim.playPause');
    // A presenter key next to an editor key is no conflict (never active together); next to a global one it is.
    expect(chordConflicts([entry('presenter.exit', ['Escape'], 'presenter'), entry('deselect', ['Escape'], 'editor')])).toEqual([]);
    expect(chordConflicts([entry('presenter.next', ['Space'], 'presenter'), entry('sim.playPause', ['Space'], 'global')])).toHaveLength(1);
    useAppStore.setState({ presenting: false });
  });

  it('the clicker: on a black screen any clicker key only brings the picture back; with a story playing Space, "." and PageDown go to it', () => {
    const calls: string[] = [];
    const clicker = { next: () => calls.push('next'), previous: () => calls.push('previous') };
    useAppStore.setState({ presenting: true, blackScreen: true, storyClicker: clicker });
    const press = (chord: string) => commandForChord(chord)!.run(useAppStore.getState());
    press('PageDown');
    expect(useAppStore.getState().blackScreen).toBe(false);
    expect(calls).toEqual([]);
    press('B');
    expect(useAppStore.getState().blackScreen).toBe(true);
    press('B');
    expect(useAppStore.getState().blackScreen).toBe(false);
    press('Space');
    press('.');
    press('PageDown');
    press('PageUp');
    expect(calls).toEqual(['next', 'next', 'next', 'previous']);
    useAppStore.setState({ blackScreen: true });
    press('Escape');
    expect(useAppStore.getState()).toMatchObject({ blackScreen: false, presenting: true });
    press('Escape');
    expect(useAppStore.getState().presenting).toBe(false);
    useAppStore.setState({ storyClicker: null });
  });
});
