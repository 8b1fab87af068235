import type { ReactFlowState } from '@xyflow/react';

/**
 * Levels of detail, as map and whiteboard apps have them. Below FLOW_MIN_ZOOM a moving dash (a 17 px pattern) is a
 * few pixels wide and reads as noise: flows stop animating (arrowheads still show direction). Below DETAIL_MIN_ZOOM
 * an 11 px note is under 3 px tall: nodes show name and state only, edges whether they flow, so a large design
 * zoomed out to fit no longer re-renders hundreds of changing figures nobody can read (the inspector still shows the
 * selected node in full). The WebLogic MAA template fitted to a laptop screen stays above it.
 */
export const FLOW_MIN_ZOOM = 0.4;
export const DETAIL_MIN_ZOOM = 0.25;

export const selectOverview = (s: ReactFlowState): boolean => s.transform[2] < FLOW_MIN_ZOOM;
export const selectNoDetail = (s: ReactFlowState): boolean => s.transform[2] < DETAIL_MIN_ZOOM;
