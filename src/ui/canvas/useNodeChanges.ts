import { useCallback, useRef, useState } from 'react';
import type { EdgeChange, NodeChange, OnNodeDrag, XYPosition } from '@xyflow/react';
import { useAppStore } from '../../state/store';
import { flowInstance } from '../editor/flowRef';
import { NODE_SIZE, siteAt } from '../editor/model/geometry';
import { previewOutlines } from './clusterFrames';
import { commitDrop } from './dropServers';
import type { FlowNode } from './flow';
import { type DesignDoc, idTable } from '../../engine';
import { select } from '../../state/editorView';

interface Local {
  /** Sizes React Flow measured (a controlled flow must hand them back, or nodes stay hidden). */
  measured: Record<string, { width: number; height: number }>;
  /** Positions and sizes while a drag or a resize is under way; committed to the design (one undo step) when it ends. */
  moving: Record<string, XYPosition>;
  sized: Record<string, { width: number; height: number }>;
  /** The design the gesture started from: once the design changes (the commit, an undo), the overlay is stale. */
  base: DesignDoc | null;
}

function applySelection(changes: ReadonlyArray<{ id: string; selected: boolean }>, current: readonly string[]): string[] | null {
  if (changes.length === 0) return null;
  const next = new Set(current);
  for (const c of changes) {
    if (c.selected) next.add(c.id);
    else next.delete(c.id);
  }
  return [...next];
}

interface Moved {
  id: string;
  type?: string;
  parentId?: string;
  position: XYPosition;
}

/**
 * Commits moved nodes as one undo step: sites move; servers land in the site under their centre (which may be another
 * site, or none), and join or leave clusters by the frame they were dropped in. A server moved with its own site keeps
 * its place in it.
 */
function commitMoves(moved: readonly Moved[]): void {
  const flow = flowInstance();
  const ids = new Set(moved.map((n) => n.id));
  const sites = moved.filter((n) => n.type === 'site').map((n) => ({ id: n.id, to: n.position }));
  const servers = moved
    .filter((n) => n.type === 'server' && !(n.parentId && ids.has(n.parentId)))
    .map((n) => ({ id: n.id, to: flow?.getInternalNode(n.id)?.internals.positionAbsolute ?? n.position }));
  if (sites.length + servers.length > 0) commitDrop(sites, servers);
}

/**
 * Position changes React Flow reports as finished (`dragging: false`) while no mouse drag is under way: arrow-key
 * nudges of the selection, and the end of a drag of the selection box. (A mouse drag of nodes reports the same at its end, and commits in onNodeDragStop; a resize
 * reports positions without `dragging` and commits on its own.)
 */
export function keyboardMoves(changes: readonly NodeChange[], dragInProgress: boolean): { id: string; position: XYPosition }[] {
  if (dragInProgress) return [];
  return changes.flatMap((c) => (c.type === 'position' && c.position && c.dragging === false ? [{ id: c.id, position: c.position }] : []));
}

/**
 * The canvas is controlled by the design: React Flow's changes are folded into a small local overlay while a
 * gesture is under way (so dragging is smooth and records nothing), and committed to the design when it ends.
 */
export function useNodeChanges() {
  const [local, setLocal] = useState<Local>(() => ({ measured: idTable(), moving: idTable(), sized: idTable(), base: null }));
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  const dragging = useRef(false);

  const onNodesChange = useCallback((changes: NodeChange<FlowNode>[]) => {
    const selects: { id: string; selected: boolean }[] = [];
    setLocal((prev) => {
      let { measured, moving, sized } = prev;
      for (const c of changes) {
        if (c.type === 'dimensions' && c.dimensions && c.setAttributes) sized = idTable(sized, { [c.id]: c.dimensions });
        else if (c.type === 'dimensions' && c.dimensions) measured = idTable(measured, { [c.id]: c.dimensions });
        else if (c.type === 'position' && c.position) moving = idTable(moving, { [c.id]: c.position });
      }
      if (measured === prev.measured && moving === prev.moving && sized === prev.sized) return prev;
      const gesture = moving !== prev.moving || sized !== prev.sized;
      return { measured, moving, sized, base: gesture ? useAppStore.getState().design : prev.base };
    });
    const nudged = keyboardMoves(changes, dragging.current);
    if (nudged.length > 0) {
      const flow = flowInstance();
      commitMoves(
        nudged.flatMap(({ id, position }) => {
          const n = flow?.getInternalNode(id);
          return n ? [{ id, type: n.type, parentId: n.parentId, position }] : [];
        }),
      );
      setLocal((prev) => ({ ...prev, moving: idTable(), sized: idTable() }));
    }
    for (const c of changes) if (c.type === 'select') selects.push({ id: c.id, selected: c.selected });
    const next = applySelection(selects, useAppStore.getState().selection.nodes);
    if (next) select(next, useAppStore.getState().selection.edges);
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange[]) => {
    const selects = changes.flatMap((c) => (c.type === 'select' ? [{ id: c.id, selected: c.selected }] : []));
    const next = applySelection(selects, useAppStore.getState().selection.edges);
    if (next) select(useAppStore.getState().selection.nodes, next);
  }, []);

  const onNodeDragStart: OnNodeDrag<FlowNode> = useCallback(() => {
    dragging.current = true;
  }, []);

  const onNodeDrag: OnNodeDrag<FlowNode> = useCallback((_e, node) => {
    if (node.type !== 'server') return;
    const abs = flowInstance()?.getInternalNode(node.id)?.internals.positionAbsolute ?? node.position;
    const site = siteAt(useAppStore.getState().design, { x: abs.x + NODE_SIZE.width / 2, y: abs.y + NODE_SIZE.height / 2 });
    setDropTarget(site?.id ?? null);
  }, []);

  /** Commits a drag (one undo step). */
  const onNodeDragStop: OnNodeDrag<FlowNode> = useCallback((_e, _node, dragged) => {
    dragging.current = false;
    commitMoves(dragged);
    setLocal((prev) => ({ ...prev, moving: idTable(), sized: idTable() }));
    setDropTarget(null);
  }, []);

  return { local, dropTarget, onNodesChange, onEdgesChange, onNodeDragStart, onNodeDrag, onNodeDragStop };
}

/**
 * The design's nodes with the gesture overlay applied. Cluster outlines show while servers are dragged what the drop
 * will do (previewOutlines): a frame follows the members that stay, reaches out to a server that would join, and
 * lets go of one dragged out of it.
 */
export function withLocal(nodes: FlowNode[], local: Local, design: DesignDoc): FlowNode[] {
  const live = local.base === design;
  const dragging = live && design.clusters.length > 0 && Object.keys(local.moving).length > 0;
  const outlines = dragging ? previewOutlines(design, local.moving) : undefined;
  return nodes.map((n) => {
    if (n.type === 'cluster' && outlines) return outlines.get(n.id) ?? n;
    const measured = local.measured[n.id];
    const moving = live ? local.moving[n.id] : undefined;
    const sized = live ? local.sized[n.id] : undefined;
    if (!measured && !moving && !sized) return n;
    return {
      ...n,
      ...(measured ? { measured } : {}),
      ...(moving ? { position: moving } : {}),
      ...(sized ? { width: sized.width, height: sized.height, style: { ...n.style, ...sized } } : {}),
    } as FlowNode;
  });
}
