/**
 * Edge labels ("lag 1.0 s", "✂ stopped", "heartbeats missed") sit at their edge's midpoint, and the midpoints of
 * edges between neighbouring servers often fall close together, or under a server that the edge passes behind:
 * labels then cover each other or hide, and a presales demo shows an unreadable stack. This moves labels up or
 * down, as little as possible, until no two overlap and none is under a server (an obstacle, never moved).
 *
 * Pure and deterministic (same boxes, same nudges) so that labels do not jump between frames that draw the same
 * thing; the DOM side (measuring, applying) is in useLabelSpread.
 */
export interface LabelBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

interface Placed {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Above this many labels the spread is skipped: quadratic work per frame would cost more than overlaps do. */
export const MAX_SPREAD_LABELS = 400;

function overlapsAny(box: Placed, placed: readonly Placed[], gap: number): boolean {
  for (const p of placed) {
    if (box.left < p.right + gap && p.left < box.right + gap && box.top < p.bottom + gap && p.top < box.bottom + gap) return true;
  }
  return false;
}

/** The vertical moves worth trying for `box`: none, or just above or just below each label it could touch. */
function candidates(box: Placed, near: readonly Placed[], gap: number): number[] {
  const out = [0];
  for (const p of near) out.push(p.bottom + gap - box.top, p.top - gap - box.bottom);
  // Smallest move first; on a tie, down before up, so that the order is total and the result deterministic.
  return out.sort((a, b) => Math.abs(a) - Math.abs(b) || b - a);
}

function toPlaced(b: LabelBox): Placed {
  return { left: b.left, right: b.left + b.width, top: b.top, bottom: b.top + b.height };
}

export interface SpreadOptions {
  /** Space kept between two labels, and between a label and an obstacle. */
  gap?: number;
  /** Boxes labels must not cover and that never move (the servers). */
  obstacles?: readonly LabelBox[];
}

/**
 * Vertical nudges (same order as `boxes`) that leave at least `gap` between any two labels and between a label and
 * an obstacle. Labels are placed top to bottom (then left to right, then by index); each takes the smallest move
 * that clears the obstacles and the labels placed before it. A label whose column meets nothing never moves.
 */
export function spreadLabels(boxes: readonly LabelBox[], { gap = 2, obstacles = [] }: SpreadOptions = {}): number[] {
  const nudges: number[] = boxes.map(() => 0);
  if (boxes.length === 0 || boxes.length > MAX_SPREAD_LABELS) return nudges;
  const order = boxes.map((_, i) => i).sort((a, b) => boxes[a]!.top - boxes[b]!.top || boxes[a]!.left - boxes[b]!.left || a - b);
  const placed: Placed[] = obstacles.map(toPlaced);
  for (const i of order) {
    const box = toPlaced(boxes[i]!);
    const near = placed.filter((p) => box.left < p.right + gap && p.left < box.right + gap);
    const dy = candidates(box, near, gap).find((d) => !overlapsAny({ ...box, top: box.top + d, bottom: box.bottom + d }, near, gap)) ?? 0;
    nudges[i] = dy;
    placed.push({ ...box, top: box.top + dy, bottom: box.bottom + dy });
  }
  return nudges;
}
