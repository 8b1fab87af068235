import type { StateCreator } from 'zustand';
import type { PersistTable } from './persist';

/**
 * The one selection: canvas node ids (sites, servers, cluster frames) and edge ids (links between sites, relations).
 * The inspector, the editor commands, the fault toolbar and the fault keys all read it (see `faultTarget`).
 */
export interface Selection {
  nodes: readonly string[];
  edges: readonly string[];
}

export interface SelectionSlice {
  selection: Selection;
  select(nodes: readonly string[], edges?: readonly string[]): void;
}

export const NOTHING_SELECTED: Selection = { nodes: [], edges: [] };

export const createSelectionSlice: StateCreator<SelectionSlice, [], [], SelectionSlice> = (set) => ({
  selection: NOTHING_SELECTED,
  select: (nodes, edges = []) => set({ selection: nodes.length === 0 && edges.length === 0 ? NOTHING_SELECTED : { nodes, edges } }),
});

/** A selection belongs to the document on screen: it is not kept. */
export const selectionPersistence: PersistTable<SelectionSlice> = { selection: { in: 'none' } };
