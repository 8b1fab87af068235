import { useAppStore } from './store';
import type { Dialog, Toast } from './editorSlice';

/**
 * Plain functions over the editor-view and selection slices, for event handlers and commands that act outside React
 * (a separate module from the slices: they need the store, and the store is built from the slices).
 */

export function select(nodes: readonly string[], edges: readonly string[] = []): void {
  useAppStore.getState().select(nodes, edges);
}

export function openDialog(dialog: Dialog): void {
  useAppStore.getState().openDialog(dialog);
}

export function setMinimap(on: boolean): void {
  useAppStore.getState().setMinimap(on);
}

let toastSeq = 0;

/** Shows a short message; it goes away by itself (errors stay longer). */
export function toast(message: Omit<Toast, 'id'>): void {
  const id = ++toastSeq;
  useAppStore.setState((s) => ({ toasts: [...s.toasts.slice(-3), { ...message, id }] }));
  setTimeout(() => dismissToast(id), message.action ? 10_000 : message.tone === 'error' ? 8_000 : 4_000);
}

export function dismissToast(id: number): void {
  useAppStore.setState((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
}
