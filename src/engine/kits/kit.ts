import type { DesignDoc } from '../design/schema';
import type { ClusterKindSpec, NodeKindSpec, RelationKindSpec } from '../design/kindCatalog';
import type { World } from '../sim/world';
import type { Fault } from '../faults/catalogue';
import type { Invariant } from '../invariants/invariant';
import type { EventMeta } from '../report/contract';
import type { FailureCase } from '../analysis/failureCase';
import type { NodeView } from '../sim/view';

// The kind specs belong to the document format (which validates designs against them); kits declare them.
export type { KindGroup, NodeKindSpec, RelationKindSpec, ClusterKindSpec } from '../design/kindCatalog';

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

/** What an operator action acts on: a node, a site or a link between sites. */
export type ActionTarget = { type: 'node' | 'site' | 'link'; id: string };

/** One concrete fault an operator action would inject on its target (an action may offer several: one per site…). */
export interface OperatorOption {
  /** Unique within the target: the action's id, or `<action id>:<what>`. */
  id: string;
  fault: Fault;
  /** i18n key of the option's label, with its interpolation values. */
  labelKey: string;
  params?: Record<string, string | number>;
}

/**
 * Something only an operator of the kit's system does, offered beside the generic node, site and link faults
 * (a Data Guard switchover, pointing clients at another REST server…). The kit decides when it applies, from
 * the design and the live node views, so no generic code reads a kit's kinds or notes.
 */
export interface OperatorAction {
  id: string;
  labelKey: string;
  /** The key (`KeyboardEvent.key`, lower case) the kit suggests for it on the selected node; the UI may bind it. */
  shortcut?: string;
  options(target: ActionTarget, design: DesignDoc, nodeViews: Readonly<Record<string, NodeView>>): OperatorOption[];
}

/**
 * What a kit says about its system without running it: its kinds, what its events mean, its design checks, its
 * operator actions. The page needs these to draw, edit and check a design (palette, inspector, checks panel,
 * timeline), so they live apart from the kit's models (see Kit): importing a kit's description must not pull its
 * whole runtime into the page's first download (bench row 5). `kits/catalog.ts` lists every kit's description.
 */
export interface KitInfo {
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
  check(design: DesignDoc): DesignFinding[];
  /**
   * Optional: the node kinds that can take each fault kind the kit carries out itself (a database switchover
   * only on a database). A fault aimed at another kind is refused before running, naming target and fault.
   */
  faultTargets?: Partial<Record<Fault['kind'], readonly string[]>>;
  /** Optional: the kit's operator actions, in the order menus list them (after the generic node, site and link faults). */
  operatorActions?: readonly OperatorAction[];
}

/**
 * A kit models one vendor system (DOMAIN.md §1 OnTime, §2 WebLogic) out of the engine's primitives: its
 * description (KitInfo) and the hooks the simulation calls. The simulation installs every registered kit
 * (kits/registry.ts); each acts only on the nodes of its own kinds.
 */
export interface Kit extends KitInfo {
  install(world: World): void;
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
