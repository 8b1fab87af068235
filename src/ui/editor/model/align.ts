import type { DesignDoc } from '../../../engine';
import { moveNodes } from './edits';
import { absolutePosition } from './geometry';

export const ALIGN_MODES = ['left', 'centerX', 'right', 'top', 'centerY', 'bottom', 'distributeX', 'distributeY'] as const;
export type AlignMode = (typeof ALIGN_MODES)[number];

/** Aligns or evenly distributes the selected servers (on absolute positions, so it works across sites). */
export function alignNodes(design: DesignDoc, ids: ReadonlySet<string>, mode: AlignMode): DesignDoc {
  const items = design.nodes.filter((n) => ids.has(n.id)).map((n) => ({ id: n.id, p: absolutePosition(design, n) }));
  if (items.length < 2) return design;
  const xs = items.map((i) => i.p.x);
  const ys = items.map((i) => i.p.y);
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  const minY = Math.min(...ys);
  const maxY = Math.max(...ys);
  const place = (fn: (p: { x: number; y: number }, index: number) => { x: number; y: number }, order: typeof items) =>
    moveNodes(design, order.map((i, index) => ({ id: i.id, to: fn(i.p, index) })));
  const step = (span: number) => span / (items.length - 1);
  switch (mode) {
    case 'left':
      return place((p) => ({ x: minX, y: p.y }), items);
    case 'right':
      return place((p) => ({ x: maxX, y: p.y }), items);
    case 'centerX':
      return place((p) => ({ x: (minX + maxX) / 2, y: p.y }), items);
    case 'top':
      return place((p) => ({ x: p.x, y: minY }), items);
    case 'bottom':
      return place((p) => ({ x: p.x, y: maxY }), items);
    case 'centerY':
      return place((p) => ({ x: p.x, y: (minY + maxY) / 2 }), items);
    case 'distributeX':
      return place((p, i) => ({ x: minX + i * step(maxX - minX), y: p.y }), [...items].sort((a, b) => a.p.x - b.p.x));
    case 'distributeY':
      return place((p, i) => ({ x: p.x, y: minY + i * step(maxY - minY) }), [...items].sort((a, b) => a.p.y - b.p.y));
  }
}
