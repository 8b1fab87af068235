import type { ChoiceSpec, ParamSpec } from '../params';

/**
 * What the document format needs to know about node, relation and cluster kinds to validate a design. The format
 * does not know the kits: the kits declare these specs, and whoever validates passes the catalogue of the kits it
 * simulates in (src/engine/documents.ts binds the registered kits; a test may pass its own).
 */

/** Where a node kind sits in the palette. */
export type KindGroup = 'network' | 'ontime' | 'weblogic';

export interface NodeKindSpec {
  kind: string;
  group: KindGroup;
  /** Every tunable of the kind, with unit, range, default and source: the inspector shows them all. */
  params: readonly ParamSpec[];
  /** Settings that are a choice among words (validated like params; absent = none). */
  choices?: readonly ChoiceSpec[];
  /** Processes on a node of this kind that faults can stop, start or crash (e.g. "ontime"). */
  processes: readonly string[];
}

/** A relation the user can draw between two nodes (e.g. an OnTime server "watches" a mail server). */
export interface RelationKindSpec {
  kind: string;
  from: readonly string[];
  to: readonly string[];
  /** At most this many relations of this kind may end at one node (OT-10: one watcher per mail server). */
  maxIncoming?: number;
  /** The DOMAIN.md behaviour behind the limit, quoted when a design breaks it. */
  ref?: string;
}

/** A kind of cluster and the node kinds it takes: a member of another kind would be ignored by the simulation. */
export interface ClusterKindSpec {
  kind: string;
  members: readonly string[];
  /** The DOMAIN.md behaviour the cluster kind stands for (named by the design check on its members). */
  ref: string;
  /**
   * Optional: the node kinds of the members a new cluster of this kind starts with (the editor's palette offers a
   * cluster for every kind that declares them): the smallest group that already covers for itself.
   */
  starter?: readonly string[];
}

/** Every kind a design may use, by name. */
export interface KindCatalog {
  nodeKinds: ReadonlyMap<string, NodeKindSpec>;
  relationKinds: ReadonlyMap<string, RelationKindSpec>;
  clusterKinds: ReadonlyMap<string, ClusterKindSpec>;
}
