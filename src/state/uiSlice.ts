import type { StateCreator } from 'zustand';

export interface ContextMenuState {
  nodeId: string;
  x: number;
  y: number;
}

export interface UiSlice {
  selectedNodeId: string | null;
  contextMenu: ContextMenuState | null;
  select(nodeId: string | null): void;
  openContextMenu(menu: ContextMenuState | null): void;
}

export const createUiSlice: StateCreator<UiSlice, [], [], UiSlice> = (set) => ({
  selectedNodeId: null,
  contextMenu: null,
  select: (nodeId) => set({ selectedNodeId: nodeId }),
  openContextMenu: (menu) => set({ contextMenu: menu }),
});
