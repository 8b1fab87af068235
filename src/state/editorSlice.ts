import type { StateCreator } from 'zustand';
import type { Clip } from '../ui/editor/model/clipboard';
import type { DesignIssue } from '../engine';
import { onOff, type PersistTable } from './persist';

export type Dialog = 'gallery' | 'designs' | 'help' | 'share' | null;

export interface Toast {
  id: number;
  /** i18n key and parameters of the message. */
  key: string;
  params?: Record<string, string | number>;
  tone: 'info' | 'error';
  /** An "Undo" (or similar) button on the toast. */
  action?: { labelKey: string; run: () => void };
}

export interface ContextMenuState {
  /** The node, site or link whose menu is open. */
  nodeId: string;
  x: number;
  y: number;
}

/** The editor's view of the document, not part of it: clipboard, open dialog, canvas aids, messages, menus. */
export interface EditorSlice {
  clipboard: Clip | null;
  /** How many times the clipboard was pasted (each paste lands a step further, like in every drawing tool). */
  pasteCount: number;
  dialog: Dialog;
  snapToGrid: boolean;
  /** The overview map is off until asked for (it covers part of a small canvas); the choice is remembered. */
  showMinimap: boolean;
  toasts: Toast[];
  /** Problems of the last refused import, shown until dismissed. */
  importProblems: { file: string; issues: DesignIssue[] } | null;
  contextMenu: ContextMenuState | null;
  openDialog(dialog: Dialog): void;
  setMinimap(on: boolean): void;
  openContextMenu(menu: ContextMenuState | null): void;
}

export const createEditorSlice: StateCreator<EditorSlice, [], [], EditorSlice> = (set) => ({
  clipboard: null,
  pasteCount: 0,
  dialog: null,
  snapToGrid: true,
  showMinimap: false,
  toasts: [],
  importProblems: null,
  contextMenu: null,
  openDialog: (dialog) => set({ dialog }),
  setMinimap: (on) => set({ showMinimap: on }),
  openContextMenu: (menu) => set({ contextMenu: menu }),
});

export const editorPersistence: PersistTable<EditorSlice> = {
  showMinimap: onOff('failover-lab.minimap'),
};
