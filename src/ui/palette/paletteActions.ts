import type { TFunction } from 'i18next';
import { blockLibrary } from '../../state/persistence/blocks';
import type { DesignDoc } from '../../engine';
import { addItem, canEdit, edit, placeForAdd, SITE_KIND } from '../editor/actions';
import { clusterFrames } from '../canvas/clusterFrames';
import { announceDrop } from '../canvas/dropServers';
import { dropIntoClusters, type DropOutcome } from '../editor/model/clusterDrop';
import { select, toast } from '../../state/editorView';
import { useAppStore } from '../../state/store';
import { blockSize, insertBlock } from '../editor/model/blocks';
import { addCluster } from '../editor/model/clusterItems';
import { addNode, snapItems } from '../editor/model/edits';
import { NODE_SIZE, snap, type Point } from '../editor/model/geometry';
import { clusterKindLabel } from './kinds';

/**
 * What a palette entry adds, as the string its drag carries: a node kind, `site`, `cluster:<kind>` (a cluster with
 * its starter members) or `block:<id>` (a building block of the library).
 */
const CLUSTER = 'cluster:';
const BLOCK = 'block:';
export const clusterItem = (kind: string): string => CLUSTER + kind;
export const blockItem = (id: string): string => BLOCK + id;

/**
 * Adds a palette entry with its top-left corner at `at` (canvas coordinates) and selects what it added. A server
 * `dropped` (dragged from the palette, not clicked) into a cluster's frame joins it, as a moved one does.
 */
export function addPaletteItem(item: string, at: Point, t: TFunction, dropped = false): void {
  if (item.startsWith(CLUSTER)) addClusterAt(item.slice(CLUSTER.length), at, t);
  else if (item.startsWith(BLOCK)) void insertBlockAt(item.slice(BLOCK.length), at);
  else if (dropped && item !== SITE_KIND) dropServerAt(item, at);
  else addItem(item, at, (n) => t('editor.site.defaultName', { n }));
}

function dropServerAt(kind: string, at: Point): void {
  if (!canEdit()) return;
  let id = '';
  let before: DesignDoc | undefined;
  let outcome: DropOutcome | undefined;
  edit((d) => {
    before = d;
    const added = addNode(d, kind, corner(at));
    id = added.id;
    outcome = dropIntoClusters(added.design, clusterFrames(d), { servers: [id] });
    return outcome.design;
  });
  if (id) select([id]);
  if (outcome && before) announceDrop(outcome, before);
}

/** Where an entry added by click or keyboard lands: centred on the view, nudged so repeated adds do not stack. */
export async function placeItemForAdd(item: string, centre: Point, count: number): Promise<Point> {
  if (item.startsWith(CLUSTER)) return placeForAdd('server', { x: centre.x - (NODE_SIZE.width + 50) / 2, y: centre.y }, count);
  if (!item.startsWith(BLOCK)) return placeForAdd(item, centre, count);
  const block = await blockLibrary().get(item.slice(BLOCK.length));
  const size = block ? blockSize(block.design) : NODE_SIZE;
  const nudge = (count % 8) * 24;
  return { x: centre.x - size.width / 2 + nudge, y: centre.y - size.height / 2 + nudge };
}

function corner(at: Point): Point {
  const on = useAppStore.getState().snapToGrid;
  return { x: snap(at.x, on), y: snap(at.y, on) };
}

function addClusterAt(kind: string, at: Point, t: TFunction): void {
  if (!canEdit()) return;
  let members: string[] = [];
  edit((d) => {
    const added = addCluster(d, kind, corner(at), (n) => t('editor.cluster.defaultName', { kind: clusterKindLabel(t, kind), n }));
    members = added.members;
    return added.design;
  });
  if (members.length > 0) select(members);
}

/** Inserts a block of the library (fresh ids, like paste); one undo step. */
export async function insertBlockAt(id: string, at: Point): Promise<void> {
  if (!canEdit()) return;
  let block;
  try {
    block = await blockLibrary().get(id);
  } catch (error) {
    toast({ key: 'editor.blocks.storageFailed', params: { reason: error instanceof Error ? error.message : String(error) }, tone: 'error' });
    return;
  }
  if (!block) return;
  const design = block.design;
  let ids: string[] = [];
  const snapOn = useAppStore.getState().snapToGrid;
  edit((d) => {
    const inserted = insertBlock(d, design, corner(at));
    ids = inserted.ids;
    return snapOn ? snapItems(inserted.design, new Set(ids)) : inserted.design;
  });
  if (ids.length > 0) select(ids);
}
