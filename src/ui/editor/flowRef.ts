import type { ReactFlowInstance } from '@xyflow/react';
import type { FlowNode } from '../canvas/flow';

/**
 * The canvas instance, for commands that need the viewport (zoom to fit, "add here"). Set by the canvas when it
 * mounts; commands run without it in unit tests.
 */
let instance: ReactFlowInstance<FlowNode> | null = null;

export function setFlowInstance(flow: ReactFlowInstance<FlowNode> | null): void {
  instance = flow;
}

export function flowInstance(): ReactFlowInstance<FlowNode> | null {
  return instance;
}

/** The middle of what the user sees, in canvas coordinates (where click- and keyboard-added things land). */
export function viewportCentre(): { x: number; y: number } {
  const el = document.querySelector('.react-flow');
  if (!instance || !el) return { x: 100, y: 100 };
  const r = el.getBoundingClientRect();
  return instance.screenToFlowPosition({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
}
