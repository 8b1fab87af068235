/**
 * What the canvas shows of the running simulation. Kept deliberately small and serialisable: it crosses the
 * worker boundary in every frame (only the entries that changed).
 */
export type NodeStatus = 'running' | 'starting' | 'stopping' | 'failed' | 'stopped' | 'standby' | 'takingOver' | 'degraded';

/** A line of text under a node, as an i18n key with parameters (the UI translates it). */
export interface Note {
  key: string;
  params?: Record<string, string | number>;
}

export interface NodeView {
  status: NodeStatus;
  notes: Note[];
  /** False while the node's host has no power: the UI offers "recover" instead of "crash". */
  hostUp: boolean;
}

/** A node's processes run as far as its view tells (no view yet counts as running): host up, not failed or stopped. */
export function looksUp(view: NodeView | undefined): boolean {
  return view === undefined || (view.hostUp && view.status !== 'failed' && view.status !== 'stopped');
}

/** A live relation drawn as an animated edge: a sync path, a replication stream… */
export interface RelationView {
  id: string;
  kind: string;
  from: string;
  to: string;
  active: boolean;
  /** Lag of what flows along it, when it has one. */
  lagMs?: number;
}

export interface MetricSample {
  t: number;
  values: Record<string, number>;
}
