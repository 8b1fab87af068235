/**
 * Presentation zoom and level of detail (issue 15 §1): in presenter mode a node's name must read from the back of a
 * room, at least MIN_NAME_SCREEN_PX on screen when the design is fitted to a 1920×1080 projector, whatever the
 * template. The design is not shrunk: the name's font grows as the inverse of the zoom (a CSS variable the canvas
 * sets), and the secondary details (kind, notes, the kind icon) give it their room.
 */
export const MIN_NAME_SCREEN_PX = 24;
/** The status word: smaller than the name, still readable from the middle of the room. */
export const MIN_STATUS_SCREEN_PX = 18;
/** The editor's own sizes (styles.css: .server-head 0.95rem, .server-node 0.8rem): presenter mode never goes below. */
export const BASE_NAME_PX = 15.2;
export const BASE_STATUS_PX = 12.8;
/** Margin around the fitted design in presenter mode (React Flow fitView padding). */
export const PRESENTER_FIT_PADDING_PX = 24;

/** Font sizes in flow units (before the zoom), rounded up to a tenth so that size × zoom never falls short. */
export function presenterLabelPx(zoom: number): { namePx: number; statusPx: number } {
  const up = (screenPx: number, base: number) => Math.max(base, Math.ceil((screenPx / zoom) * 10) / 10 + 0.1);
  return { namePx: up(MIN_NAME_SCREEN_PX, BASE_NAME_PX), statusPx: up(MIN_STATUS_SCREEN_PX, BASE_STATUS_PX) };
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The zoom React Flow's fitView picks for `bounds` in a `width`×`height` pane (getViewportForBounds, px padding). */
export function fitZoom(bounds: Rect, width: number, height: number, paddingPx = PRESENTER_FIT_PADDING_PX, minZoom = 0.1, maxZoom = 2): number {
  const zoom = Math.min((width - 2 * paddingPx) / bounds.width, (height - 2 * paddingPx) / bounds.height);
  return Math.min(maxZoom, Math.max(minZoom, zoom));
}
