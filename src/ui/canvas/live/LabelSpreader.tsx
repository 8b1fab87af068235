import { useEffect } from 'react';
import { useStore, useStoreApi, type InternalNode } from '@xyflow/react';
import { spreadLabels, type LabelBox } from './labelSpread';

/** The attributes a LiveEdge label carries: its anchor in flow coordinates (the edge's midpoint plus its line). */
export const LABEL_X = 'data-label-x';
export const LABEL_Y = 'data-label-y';
/** The CSS custom property the label's transform adds to its y (see LiveEdge). */
export const NUDGE_VAR = '--label-nudge';

function boxOf(el: HTMLElement): LabelBox | undefined {
  const x = Number(el.getAttribute(LABEL_X));
  const y = Number(el.getAttribute(LABEL_Y));
  if (!Number.isFinite(x) || !Number.isFinite(y)) return undefined;
  // offsetWidth/Height are layout sizes in flow units: the viewport's zoom transform does not change them.
  const width = el.offsetWidth;
  const height = el.offsetHeight;
  return { left: x - width / 2, top: y - height / 2, width, height };
}

/**
 * What labels must not cover, in flow coordinates: the servers, and the name of each cluster (its outline is a
 * container, labels may sit inside it). Sites are containers too.
 */
function obstacleBoxes(nodes: ReadonlyMap<string, InternalNode>, root: Element): LabelBox[] {
  const out: LabelBox[] = [];
  // One pass over the DOM for every cluster name (a query per cluster would scan the canvas each time).
  const names = new Map<string, HTMLElement>();
  for (const el of root.querySelectorAll<HTMLElement>('.react-flow__node-cluster')) {
    const name = el.querySelector<HTMLElement>('.cluster-name');
    const id = el.getAttribute('data-id');
    if (name && id !== null) names.set(id, name);
  }
  for (const node of nodes.values()) {
    if (node.hidden) continue;
    const { x, y } = node.internals.positionAbsolute;
    if (node.type === 'server') out.push({ left: x, top: y, width: node.measured.width ?? 0, height: node.measured.height ?? 0 });
    if (node.type === 'cluster') {
      // offsetLeft/Top are relative to the node's own (positioned) element, in flow units like the sizes.
      const name = names.get(node.id);
      if (name) out.push({ left: x + name.offsetLeft, top: y + name.offsetTop, width: name.offsetWidth, height: name.offsetHeight });
    }
  }
  return out;
}

/**
 * Measures every edge label under `container` and moves them apart and off the obstacles (only labels whose
 * nudge changed are written).
 */
export function spreadIn(container: Element, obstacles: readonly LabelBox[]): void {
  const labels = Array.from(container.querySelectorAll<HTMLElement>(`[${LABEL_X}]`));
  const boxes: LabelBox[] = [];
  const measured: HTMLElement[] = [];
  for (const el of labels) {
    const box = boxOf(el);
    if (box) {
      boxes.push(box);
      measured.push(el);
    }
  }
  const nudges = spreadLabels(boxes, { obstacles });
  measured.forEach((el, i) => {
    const value = `${nudges[i]!}px`;
    if (el.style.getPropertyValue(NUDGE_VAR) !== value) el.style.setProperty(NUDGE_VAR, value);
  });
}

const selectLabelLayer = (s: { domNode: HTMLElement | null }) => s.domNode?.querySelector('.react-flow__edgelabel-renderer') ?? null;

/**
 * Keeps edge labels readable: whenever a label appears, changes its text or moves, or a node moves or resizes, the
 * labels are measured and spread on the next animation frame. Writing the nudge (a style property) is not
 * observed, so a spread never triggers another. Renders nothing; lives inside <ReactFlow> for its DOM and store.
 */
export function LabelSpreader(): null {
  const layer = useStore(selectLabelLayer);
  const flow = useStoreApi();
  useEffect(() => {
    if (!layer) return;
    let frame = 0;
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(() => {
        frame = 0;
        const { nodeLookup, domNode } = flow.getState();
        spreadIn(layer, domNode ? obstacleBoxes(nodeLookup, domNode) : []);
      });
    };
    const observer = new MutationObserver(schedule);
    observer.observe(layer, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: [LABEL_X, LABEL_Y] });
    const unsubscribe = flow.subscribe((s, prev) => {
      if (s.nodes !== prev.nodes) schedule();
    });
    schedule();
    return () => {
      observer.disconnect();
      unsubscribe();
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [layer, flow]);
  return null;
}
