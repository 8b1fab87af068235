import type { DesignDoc } from '../design/schema';
import type { ChoiceSpec, ParamSpec } from '../params';
import type { World } from '../sim/world';
import type { Fault } from '../faults/catalogue';
import type { Invariant } from '../invariants/invariant';
import type { EventMeta } from '../report/contract';
import type { FailureCase } from '../analysis/failureCase';

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

export type Severity = 'error' | 'warning' | 'info';

/** One thing a design check found: what, how bad, which behaviour it comes from, which nodes, how to fix it. */
export interface DesignFinding {
  checkId: string;
  severity: Severity;
  /** The DOMAIN.md behaviour, e.g. "OT-10". */
  ref: string;
  nodes: string[];
  /** i18n keys (with params) of the one-line message and the one-line fix. */
  messageKey: string;
  fixKey: string;
  params?: Record<string, string | number>;
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

/**
 * Where a kit's systems stand once every fault has healed (liveness: sim/convergence.ts). `away` lists what is
 * not back in its home state (an owner not resynced, a service not failed back…); `operatorNeeded` what only a
 * documented operator action brings home (a domain restart after consensus fencing, WL-10): the check accepts
 * those and reports them rather than hiding them.
 */
export interface HomeState {
  away: string[];
  operatorNeeded: string[];
}

/**
 * A kit models one vendor system (DOMAIN.md §1 OnTime, §2 WebLogic) out of the engine's primitives. The
 * simulation installs every registered kit; each acts only on the nodes of its own kinds.
 */
export interface Kit {
  id: string;
  nodeKinds: readonly NodeKindSpec[];
  relationKinds: readonly RelationKindSpec[];
  /** Cluster kinds the kit understands (e.g. "ontime", "mail"), each with the node kinds it takes as members. */
  clusterKinds: readonly ClusterKindSpec[];
  /**
   * What each event type the kit emits means for the report (lane, phase, the parameters that time it):
   * declare it as an `EventMetaTable` of the kit's event union so that a type without an entry does not compile.
   */
  eventMeta: Readonly<Record<string, EventMeta>>;
  install(world: World): void;
  check(design: DesignDoc): DesignFinding[];
  /**
   * Optional: carries out a fault the kit models itself (e.g. 'dbSwitchover'), or replaces the generic
   * handling of one (e.g. maintenance orchestrated by Site Guard). Return true when handled: the engine then
   * does nothing more. Runs with the 'fault.injected' event as the current cause.
   */
  applyFault?(world: World, fault: Fault): boolean;
  /**
   * Optional: the single failures of the design that only this kit knows (e.g. a Data Guard switchover, a
   * site's planned maintenance), beside the generic ones (each process, host, site, link) the sweep lists itself.
   */
  failureModes?(design: DesignDoc): FailureCase[];
  /**
   * Optional: the node kinds that can take each fault kind the kit carries out itself (a database switchover
   * only on a database). A fault aimed at another kind is refused before running, naming target and fault.
   */
  faultTargets?: Partial<Record<Fault['kind'], readonly string[]>>;
  /** Optional: the kit's own invariants, checked after every event in tests (see invariants/invariant.ts). */
  invariants?(world: World): readonly Invariant[];
  /** Optional (liveness): whether the kit's systems are back home, once every fault has healed. */
  homeState?(world: World): HomeState;
  /**
   * Optional (liveness): how long, from the parameters of the design, the kit's systems may take to get back
   * home after the last fault healed (boots, detections, failback delays, probes in series).
   */
  convergenceBoundMs?(world: World): number;
}
