import { flowInstance } from './flowRef';
import { openDialog, select, setMinimap, useEditor } from './editorStore';
import * as act from './actions';
import { openFocusedMenu } from './focusedMenu';

/**
 * Every editor command in one registry (Excalidraw's actions pattern): the toolbar, the menus, the keyboard and
 * the help panel all use these entries, so a shortcut shown in help is the one that works.
 */
export interface Command {
  id: string;
  /** i18n key of the label (under `editor.cmd`). */
  labelKey: string;
  /** Shortcuts in a portable notation: `Mod` is Ctrl, or ⌘ on a Mac. */
  keys: string[];
  /** Changes the design (disabled in a read-only shared design). */
  edits: boolean;
  run(): void;
}

const fit = () => void flowInstance()?.fitView({ padding: 0.15, duration: 200 });

export const COMMANDS: readonly Command[] = [
  { id: 'undo', labelKey: 'editor.cmd.undo', keys: ['Mod+Z'], edits: true, run: act.undo },
  { id: 'redo', labelKey: 'editor.cmd.redo', keys: ['Mod+Shift+Z', 'Mod+Y'], edits: true, run: act.redo },
  { id: 'copy', labelKey: 'editor.cmd.copy', keys: ['Mod+C'], edits: false, run: () => void act.copySelection() },
  { id: 'cut', labelKey: 'editor.cmd.cut', keys: ['Mod+X'], edits: true, run: act.cutSelection },
  { id: 'paste', labelKey: 'editor.cmd.paste', keys: ['Mod+V'], edits: true, run: act.paste },
  { id: 'duplicate', labelKey: 'editor.cmd.duplicate', keys: ['Mod+D'], edits: true, run: act.duplicateSelection },
  { id: 'delete', labelKey: 'editor.cmd.delete', keys: ['Delete', 'Backspace'], edits: true, run: act.deleteSelection },
  { id: 'selectAll', labelKey: 'editor.cmd.selectAll', keys: ['Mod+A'], edits: false, run: act.selectAll },
  { id: 'deselect', labelKey: 'editor.cmd.deselect', keys: ['Escape'], edits: false, run: () => select([]) },
  { id: 'alignLeft', labelKey: 'editor.cmd.alignLeft', keys: ['Alt+A'], edits: true, run: () => act.align('left') },
  { id: 'alignCenterX', labelKey: 'editor.cmd.alignCenterX', keys: ['Alt+H'], edits: true, run: () => act.align('centerX') },
  { id: 'alignRight', labelKey: 'editor.cmd.alignRight', keys: ['Alt+D'], edits: true, run: () => act.align('right') },
  { id: 'alignTop', labelKey: 'editor.cmd.alignTop', keys: ['Alt+W'], edits: true, run: () => act.align('top') },
  { id: 'alignCenterY', labelKey: 'editor.cmd.alignCenterY', keys: ['Alt+V'], edits: true, run: () => act.align('centerY') },
  { id: 'alignBottom', labelKey: 'editor.cmd.alignBottom', keys: ['Alt+S'], edits: true, run: () => act.align('bottom') },
  { id: 'distributeX', labelKey: 'editor.cmd.distributeX', keys: ['Alt+Shift+H'], edits: true, run: () => act.align('distributeX') },
  { id: 'distributeY', labelKey: 'editor.cmd.distributeY', keys: ['Alt+Shift+V'], edits: true, run: () => act.align('distributeY') },
  { id: 'autoLayout', labelKey: 'editor.cmd.autoLayout', keys: ['Shift+L'], edits: true, run: () => void act.runAutoLayout() },
  { id: 'zoomToFit', labelKey: 'editor.cmd.zoomToFit', keys: ['Shift+1'], edits: false, run: fit },
  { id: 'toggleSnap', labelKey: 'editor.cmd.toggleSnap', keys: ['Shift+G'], edits: false, run: () => useEditor.setState((s) => ({ snapToGrid: !s.snapToGrid })) },
  { id: 'toggleMinimap', labelKey: 'editor.cmd.toggleMinimap', keys: ['Shift+M'], edits: false, run: () => setMinimap(!useEditor.getState().showMinimap) },
  { id: 'contextMenu', labelKey: 'editor.cmd.contextMenu', keys: ['Shift+F10', 'ContextMenu'], edits: false, run: () => void openFocusedMenu() },
  { id: 'help', labelKey: 'editor.cmd.help', keys: ['?'], edits: false, run: () => openDialog('help') },
];

export function command(id: string): Command {
  const found = COMMANDS.find((c) => c.id === id);
  if (!found) throw new Error(`unknown command ${id}`);
  return found;
}

export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** A key event in the registry's notation (`Mod+Shift+Z`); the key by its physical letter so Alt combos work on a Mac. */
export function eventChord(e: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>, mac = isMac): string {
  if (e.key === '?') return '?';
  const parts: string[] = [];
  if (mac ? e.metaKey : e.ctrlKey) parts.push('Mod');
  if (e.altKey) parts.push('Alt');
  if (e.shiftKey) parts.push('Shift');
  const letter = /^Key([A-Z])$/.exec(e.code)?.[1] ?? /^Digit(\d)$/.exec(e.code)?.[1];
  parts.push(letter ?? (e.key.length === 1 ? e.key.toUpperCase() : e.key));
  return parts.join('+');
}

export function commandForChord(chord: string): Command | undefined {
  return COMMANDS.find((c) => c.keys.includes(chord));
}

/** How a shortcut reads on this platform: ⌘⇧Z on a Mac, Ctrl+Shift+Z elsewhere. */
export function displayKeys(keys: string, mac = isMac): string {
  if (!mac) return keys.replace('Mod', 'Ctrl');
  return keys.replace('Mod+', '⌘').replace('Shift+', '⇧').replace('Alt+', '⌥');
}
