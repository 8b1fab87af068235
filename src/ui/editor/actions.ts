import type { DesignDoc } from '../../engine';
import { useAppStore } from '../../state/store';
import { alignNodes, type AlignMode } from './model/align';
import { copyItems, isEmptyClip, pasteClip } from './model/clipboard';
import { addNode, addSite, removeItems, snapItems } from './model/edits';
import { NODE_SIZE, DEFAULT_SITE_SIZE, snap, type Point } from './model/geometry';
import { autoLayout } from './model/layout';
import { flowInstance } from './flowRef';
import { select, toast } from '../../state/editorView';

/** The pseudo-kind of the palette entry that adds a site (sites are not node kinds of the engine). */
export const SITE_KIND = 'site';
const PASTE_STEP = 30;

export function canEdit(): boolean {
  return !useAppStore.getState().readOnly;
}

/** Applies an edit to the design unless the design is read-only (a shared link). */
export function edit(change: (design: DesignDoc) => DesignDoc): void {
  if (!canEdit()) {
    toast({ key: 'editor.readOnly.blocked', tone: 'info' });
    return;
  }
  useAppStore.getState().editDesign(change);
}

/** Adds a site or a server with its top-left corner at `at` (canvas coordinates) and selects it. */
export function addItem(kind: string, at: Point, siteName: (n: number) => string): void {
  if (!canEdit()) return;
  // With snap on, a dropped or added item lands on the grid like a dragged one.
  const on = useAppStore.getState().snapToGrid;
  const corner = { x: snap(at.x, on), y: snap(at.y, on) };
  let created = '';
  edit((d) => {
    const result = kind === SITE_KIND ? addSite(d, corner, siteName) : addNode(d, kind, corner);
    created = result.id;
    return result.design;
  });
  if (created) select([created]);
}

/** Where an item added by click or keyboard lands: centred on the view, nudged so repeated adds do not stack. */
export function placeForAdd(kind: string, centre: Point, count: number): Point {
  const size = kind === SITE_KIND ? DEFAULT_SITE_SIZE : NODE_SIZE;
  const nudge = (count % 8) * 24;
  return { x: centre.x - size.width / 2 + nudge, y: centre.y - size.height / 2 + nudge };
}

function selectedIds(): Set<string> {
  const { selection } = useAppStore.getState();
  return new Set([...selection.nodes, ...selection.edges]);
}

export function undo(): void {
  if (canEdit()) useAppStore.temporal.getState().undo();
}

export function redo(): void {
  if (canEdit()) useAppStore.temporal.getState().redo();
}

export function deleteSelection(): void {
  const ids = selectedIds();
  if (ids.size === 0) return;
  edit((d) => removeItems(d, ids));
  select([]);
}

export function copySelection(): boolean {
  const clip = copyItems(useAppStore.getState().design, selectedIds());
  if (isEmptyClip(clip)) return false;
  useAppStore.setState({ clipboard: clip, pasteCount: 0 });
  return true;
}

export function cutSelection(): void {
  if (copySelection()) deleteSelection();
}

export function paste(): void {
  const { clipboard, pasteCount } = useAppStore.getState();
  if (!clipboard || !canEdit()) return;
  let ids: string[] = [];
  const snapOn = useAppStore.getState().snapToGrid;
  edit((d) => {
    const result = pasteClip(d, clipboard, PASTE_STEP * (pasteCount + 1));
    ids = result.ids;
    return snapOn ? snapItems(result.design, new Set(ids)) : result.design;
  });
  useAppStore.setState({ pasteCount: pasteCount + 1 });
  select(ids);
}

export function duplicateSelection(): void {
  if (copySelection()) paste();
}

export function selectAll(): void {
  const d = useAppStore.getState().design;
  select([...d.sites.map((s) => s.id), ...d.nodes.map((n) => n.id)]);
}

export function align(mode: AlignMode): void {
  const ids = new Set(useAppStore.getState().selection.nodes);
  edit((d) => alignNodes(d, ids, mode));
}

export async function runAutoLayout(): Promise<void> {
  if (!canEdit()) return;
  const before = useAppStore.getState().design;
  // Lay out with the sizes the canvas measured: servers showing live notes are taller than the default.
  const laidOut = await autoLayout(before, (id) => {
    const m = flowInstance()?.getInternalNode(id)?.measured;
    return m?.width && m.height ? { width: m.width, height: m.height } : undefined;
  });
  // Someone edited meanwhile: lay out again rather than overwrite their edit.
  if (useAppStore.getState().design !== before) return runAutoLayout();
  edit(() => laidOut);
}
