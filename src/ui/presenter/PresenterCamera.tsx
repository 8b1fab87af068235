import { useEffect, useRef } from 'react';
import { useReactFlow, useStore, type ReactFlowInstance, type ReactFlowState, type Viewport } from '@xyflow/react';
import { useAppStore } from '../../state/store';
import { PRESENTER_FIT_PADDING_PX, presenterLabelPx } from './labelScale';

/** No animated camera move when the user asks for reduced motion. */
export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

const CAMERA_MOVE_MS = 450;
const selectPane = (s: ReactFlowState) => `${s.width}x${s.height}`;
const selectDom = (s: ReactFlowState) => s.domNode;

/** Fits `ids` (all when none) two frames from now: panels that presenter mode hides must be gone before the pane is measured. */
function fitLater(flow: ReactFlowInstance, ids: readonly string[]): () => void {
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => {
      void flow.fitView({
        ...(ids.length > 0 ? { nodes: ids.map((id) => ({ id })) } : {}),
        padding: `${PRESENTER_FIT_PADDING_PX}px`,
        duration: prefersReducedMotion() ? 0 : CAMERA_MOVE_MS,
      });
    });
  });
  return () => cancelAnimationFrame(frame);
}

/**
 * The canvas's side of the presenter slice, inside <ReactFlow>: the camera fits the ids a story or a lesson asks for
 * (all when none) and again when the pane changes size (entering full screen takes a moment); in presenter mode the
 * node labels get the inverse-zoom font sizes (CSS variables on the flow's root, read by presenter.css). Leaving
 * presenter mode puts back the view the user had.
 */
export function PresenterCamera() {
  const flow = useReactFlow();
  const presenting = useAppStore((s) => s.presenting);
  const camera = useAppStore((s) => s.camera);
  // Subscribed only while presenting: the editor does not re-render on every zoom step for this.
  const zoom = useStore((s) => (presenting ? s.transform[2] : 1));
  const pane = useStore(selectPane);
  const dom = useStore(selectDom);
  const before = useRef<Viewport | null>(null);

  useEffect(() => {
    if (presenting) before.current ??= flow.getViewport();
    else if (before.current) {
      void flow.setViewport(before.current);
      before.current = null;
    }
  }, [presenting, flow]);

  // A story's or a lesson's request, in or out of presenter mode.
  useEffect(() => {
    if (!camera) return;
    return fitLater(flow, camera.ids);
  }, [camera, flow]);
  // Presenter mode: the design (or what the last request showed) fills the pane, again whenever the pane changes size.
  const paneWhilePresenting = presenting ? pane : '';
  useEffect(() => {
    if (!paneWhilePresenting) return;
    return fitLater(flow, useAppStore.getState().camera?.ids ?? []);
  }, [paneWhilePresenting, flow]);

  useEffect(() => {
    if (!dom) return;
    if (!presenting) {
      dom.style.removeProperty('--presenter-name-px');
      dom.style.removeProperty('--presenter-status-px');
      return;
    }
    const { namePx, statusPx } = presenterLabelPx(zoom);
    dom.style.setProperty('--presenter-name-px', `${namePx}px`);
    dom.style.setProperty('--presenter-status-px', `${statusPx}px`);
  }, [dom, presenting, zoom]);
  return null;
}
