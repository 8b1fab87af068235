import { create } from 'zustand';
import type { Clip } from './model/clipboard';
import type { DesignIssue } from '../../engine';

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

/** Editor UI state that is not part of the document: selection, clipboard, open dialog, messages. */
export interface EditorState {
  /** Selected sites and servers (node ids of the canvas) and edges (relation and link ids). */
  selectedNodes: string[];
  selectedEdges: string[];
  clipboard: Clip | null;
  /** How many times the clipboard was pasted (each paste lands a step further, like in every drawing tool). */
  pasteCount: number;
  dialog: Dialog;
  snapToGrid: boolean;
  showMinimap: boolean;
  toasts: Toast[];
  /** Problems of the last refused import, shown until dismissed. */
  importProblems: { file: string; issues: DesignIssue[] } | null;
}

let toastSeq = 0;
const MINIMAP_KEY = 'failover-lab.minimap';

/** The overview map is off until asked for (it covers part of a small canvas); the choice is remembered. */
function minimapWanted(): boolean {
  try {
    return typeof localStorage !== 'undefined' && localStorage.getItem(MINIMAP_KEY) === 'on';
  } catch {
    return false;
  }
}

export function setMinimap(on: boolean): void {
  useEditor.setState({ showMinimap: on });
  try {
    localStorage.setItem(MINIMAP_KEY, on ? 'on' : 'off');
  } catch {
    // Storage blocked: the choice lasts for this page only.
  }
}

export const useEditor = create<EditorState>()(() => ({
  selectedNodes: [],
  selectedEdges: [],
  clipboard: null,
  pasteCount: 0,
  dialog: null,
  snapToGrid: true,
  showMinimap: minimapWanted(),
  toasts: [],
  importProblems: null,
}));

export function select(nodes: string[], edges: string[] = []): void {
  useEditor.setState({ selectedNodes: nodes, selectedEdges: edges });
}

export function openDialog(dialog: Dialog): void {
  useEditor.setState({ dialog });
}

/** Shows a short message; it goes away by itself (errors stay longer). */
export function toast(message: Omit<Toast, 'id'>): void {
  const id = ++toastSeq;
  useEditor.setState((s) => ({ toasts: [...s.toasts.slice(-3), { ...message, id }] }));
  setTimeout(() => dismissToast(id), message.action ? 10_000 : message.tone === 'error' ? 8_000 : 4_000);
}

export function dismissToast(id: number): void {
  useEditor.setState((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
}
