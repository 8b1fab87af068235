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

/** How a link between two sites carries traffic now: both ways, one way only (a one-way partition), or not at all. */
export type LinkTraffic = 'up' | 'oneWay' | 'cut';

/** One network link as the engine sees it now. */
export interface LinkView {
  traffic: LinkTraffic;
  /** The link itself is down (a `linkDown` fault): what `linkUp` restores. */
  down: boolean;
  /** The round trip now (after any `setRtt`), and the one the design gave it. */
  rttMs: number;
  designRttMs: number;
}

/** A partition in force, by the id it is healed by. */
export interface PartitionView {
  id: string;
  from: string[];
  to: string[];
  oneWay: boolean;
}

/**
 * The network now: links, partitions and sites without power. The engine computes it, so the UI never has to
 * re-derive it from the fault script (after a jump in time it is simply the state of the re-run).
 */
export interface NetView {
  links: Record<string, LinkView>;
  partitions: PartitionView[];
  downSites: string[];
}

export const EMPTY_NET: NetView = { links: {}, partitions: [], downSites: [] };
