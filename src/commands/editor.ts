import { flowInstance } from '../ui/editor/flowRef';
import * as act from '../ui/editor/actions';
import { openFocusedMenu } from '../ui/editor/focusedMenu';
import { openDialog, select, setMinimap } from '../state/editorView';
import { useAppStore } from '../state/store';
import type { Command } from './types';

/** The design editor's commands: edit, arrange, view, help. */
const fit = () => void flowInstance()?.fitView({ padding: 0.15, duration: 200 });

export const EDITOR_COMMANDS: readonly Command[] = [
  { id: 'undo', labelKey: 'editor.cmd.undo', keys: ['Mod+Z'], context: 'editor', edits: true, run: act.undo },
  { id: 'redo', labelKey: 'editor.cmd.redo', keys: ['Mod+Shift+Z', 'Mod+Y'], context: 'editor', edits: true, run: act.redo },
  { id: 'copy', labelKey: 'editor.cmd.copy', keys: ['Mod+C'], context: 'editor', run: () => void act.copySelection() },
  { id: 'cut', labelKey: 'editor.cmd.cut', keys: ['Mod+X'], context: 'editor', edits: true, run: act.cutSelection },
  { id: 'paste', labelKey: 'editor.cmd.paste', keys: ['Mod+V'], context: 'editor', edits: true, run: act.paste },
  { id: 'duplicate', labelKey: 'editor.cmd.duplicate', keys: ['Mod+D'], context: 'editor', edits: true, run: act.duplicateSelection },
  { id: 'delete', labelKey: 'editor.cmd.delete', keys: ['Delete', 'Backspace'], context: 'editor', edits: true, run: act.deleteSelection },
  { id: 'selectAll', labelKey: 'editor.cmd.selectAll', keys: ['Mod+A'], context: 'editor', run: act.selectAll },
  { id: 'deselect', labelKey: 'editor.cmd.deselect', keys: ['Escape'], context: 'editor', run: () => select([]) },
  { id: 'alignLeft', labelKey: 'editor.cmd.alignLeft', keys: ['Alt+A'], context: 'editor', edits: true, run: () => act.align('left') },
  { id: 'alignCenterX', labelKey: 'editor.cmd.alignCenterX', keys: ['Alt+H'], context: 'editor', edits: true, run: () => act.align('centerX') },
  { id: 'alignRight', labelKey: 'editor.cmd.alignRight', keys: ['Alt+D'], context: 'editor', edits: true, run: () => act.align('right') },
  { id: 'alignTop', labelKey: 'editor.cmd.alignTop', keys: ['Alt+W'], context: 'editor', edits: true, run: () => act.align('top') },
  { id: 'alignCenterY', labelKey: 'editor.cmd.alignCenterY', keys: ['Alt+V'], context: 'editor', edits: true, run: () => act.align('centerY') },
  { id: 'alignBottom', labelKey: 'editor.cmd.alignBottom', keys: ['Alt+S'], context: 'editor', edits: true, run: () => act.align('bottom') },
  { id: 'distributeX', labelKey: 'editor.cmd.distributeX', keys: ['Alt+Shift+H'], context: 'editor', edits: true, run: () => act.align('distributeX') },
  { id: 'distributeY', labelKey: 'editor.cmd.distributeY', keys: ['Alt+Shift+V'], context: 'editor', edits: true, run: () => act.align('distributeY') },
  { id: 'autoLayout', labelKey: 'editor.cmd.autoLayout', keys: ['Shift+L'], context: 'editor', edits: true, run: () => void act.runAutoLayout() },
  { id: 'zoomToFit', labelKey: 'editor.cmd.zoomToFit', keys: ['Shift+1'], context: 'editor', run: fit },
  { id: 'toggleSnap', labelKey: 'editor.cmd.toggleSnap', keys: ['Shift+G'], context: 'editor', run: (s) => useAppStore.setState({ snapToGrid: !s.snapToGrid }) },
  { id: 'toggleMinimap', labelKey: 'editor.cmd.toggleMinimap', keys: ['Shift+M'], context: 'editor', run: (s) => setMinimap(!s.showMinimap) },
  { id: 'contextMenu', labelKey: 'editor.cmd.contextMenu', keys: ['Shift+F10', 'ContextMenu'], context: 'editor', run: () => void openFocusedMenu() },
  { id: 'help', labelKey: 'editor.cmd.help', keys: ['?'], context: 'editor', run: () => openDialog('help') },
];
