import type { SimEvent } from '../events';

/**
 * How the run report reads events: the contract between kits and the report. Every event type has an
 * `EventMeta` entry, declared by the kit that owns the type (src/engine/kits/<kit>/eventMeta.ts) or by the engine
 * for its own events (report/engineEventMeta.ts). The tables are typed over each owner's event union, so a new
 * event type without metadata does not compile. Nothing is read from the spelling of a type name.
 *
 * Lanes: each fault's report is broken down into the functions it touched (`Lane`), each with its steps by
 * `Phase` and its own RTO (see report.ts). An event reaches the report when its meta has a lane and a phase,
 * and its cause chain leads back to a fault; a failback is also credited to the fault whose takeover it undoes.
 * Events with the phase 'finding' (e.g. an RTT beyond the supported 10 ms, WL-3) are listed as findings, at the
 * moment they happen.
 *
 * Impact of a service (subject = the service id, field `service` the same):
 *   'service.unavailable' | 'service.degraded' | 'service.stale'  start (or change) an impact interval,
 *   'service.restored'                                            ends it.
 *   Gauges whose key starts with a LAG_GAUGE_PREFIXES entry (seconds behind) also count as stale data while
 *   above the report's `staleAfterMs` (OnTime's `syncLag:<mail>` needs no events of its own).
 *
 * Data loss (RPO): 'data.lost' with `lostMs` = the time span of data that is gone, `what` = which data.
 */

/** A function a fault can touch: the report keeps one lane for each. */
export type Lane =
  /** OnTime Sync of the mail servers (OT-4, OT-5). */
  | 'sync'
  /** OnTime's access to the mail DBs (OT-6). */
  | 'mailDb'
  /** REST / HTTP requests through the load balancer, or clients that switch servers themselves (OT-1, OT-2). */
  | 'rest'
  /** The OnTime ConfigDB and its replication (OT-11). */
  | 'configDb'
  /** The database's role: Data Guard / Site Guard failover and switchover (WL-13). */
  | 'database'
  /** JMS and JTA singleton services and the transactions they carry (WL-5, WL-8, WL-9, WL-17). */
  | 'jmsJta'
  /** WebLogic leasing: lease lost / regained, fencing, reboot refused, domain restart (WL-10, WL-14). */
  | 'leasing'
  /** HTTP sessions: takeover by the secondary, re-replication, loss (WL-1, WL-2, S4). */
  | 'sessions'
  /** Coherence caches: split brain, federation, convergence (WL-12). */
  | 'coherence'
  /** The WebLogic Administration Server (WL-6). */
  | 'admin'
  /** The global load balancer / DNS in front of the sites. */
  | 'glb'
  /** Servers themselves: membership verdicts, restarts, boot (WL-7). */
  | 'servers'
  /** Sites, links and latency (WL-3, OT-9). */
  | 'network'
  /** Deployments (WL-16). */
  | 'deploy'
  /** Zero-downtime patching (WL-11). */
  | 'patching';

/**
 * What an event means for its lane. The first four are the takeover strip's phases (the UI's `Outage`).
 * 'failed': the function stopped or broke; 'progress': a step on the way (a retry, a transition started);
 * 'orphaned': nobody could take over; 'blocked': an automatic recovery refused or impossible, an operator must act;
 * 'restored': the function works again without a takeover (a lease regained, transactions resumed);
 * 'lost': something is gone for good (sessions, writes discarded at a merge); 'converged': copies agree again;
 * 'completed': an operation finished; 'finding': a condition outside what the vendor supports, when it happens.
 */
export type Phase =
  | 'failed'
  | 'detected'
  | 'decided'
  | 'progress'
  | 'tookOver'
  | 'orphaned'
  | 'blocked'
  | 'restored'
  | 'failedBack'
  | 'lost'
  | 'converged'
  | 'completed'
  | 'finding';

/** The phases of the takeover strip (src/ui/timeline/takeovers.ts). */
export type TimelinePhase = Extract<Phase, 'detected' | 'decided' | 'tookOver' | 'failedBack'>;

/** Phases that interrupt a lane: its RTO runs until a later restoring event. */
export const DISRUPTING_PHASES: ReadonlySet<Phase> = new Set(['failed', 'detected', 'decided', 'progress', 'orphaned', 'blocked', 'lost']);
/** Phases after which the lane's function works again. */
export const RESTORING_PHASES: ReadonlySet<Phase> = new Set(['tookOver', 'restored', 'converged']);

/** The names of an event's string fields (node ids) besides its type: where a timing's parameter is read. */
type NodeField<E> = unknown extends E ? string : 'subject' | { [K in keyof E]-?: K extends 'type' ? never : E[K] extends string ? K : never }[keyof E];

/**
 * A parameter that decides WHEN an event happens: `param` of the node named by the event's field `node`
 * (or of the design's first node of kind `kind`, for domain-wide settings). The value, unit and source come
 * from the node kind's ParamSpec (see timing.ts); a node whose kind has no such parameter is skipped, so an
 * engine event shared by kits can name the parameters of each.
 */
export interface TimingRef<E = unknown> {
  param: string;
  node: NodeField<E> | { kind: string };
  /** The DOMAIN.md behaviour, when the ParamSpec has none or another applies here. */
  ref?: string;
}

/** The meaning of one event type, declared by its owner. */
export interface EventMeta<E = unknown> {
  /**
   * The function the event is about. `{ fromEffectsElse }`: an engine verdict used by several kits (a member
   * declared dead) belongs to the lane of the first event it causes that has a lane of its own, else to this one.
   */
  lane?: Lane | { fromEffectsElse: Lane };
  phase?: Phase;
  /** Headline-worthy (for the presenter mode to come). */
  key?: boolean;
  /** Users notice this moment (their service breaks or comes back): it counts for the fault's `serviceRestoredMs`. */
  userVisible?: boolean;
  /** The lane's function works again from this event although its phase is not a takeover (the LB routes around a dead member). */
  restoresLane?: boolean;
  timing?: readonly TimingRef<E>[];
}

/** One entry per event type of the union `U` (a kit's or the engine's): a missing entry is a compile error. */
export type EventMetaTable<U extends { type: string }> = { readonly [T in U['type']]: EventMeta<Extract<U, { type: T }>> };

export const LAG_GAUGE_PREFIXES: readonly string[] = ['syncLag:', 'replicationLag:'];

export type ImpactKind = 'unavailable' | 'degraded' | 'stale';

export function impactOf(event: SimEvent): ImpactKind | 'restored' | undefined {
  switch (event.type) {
    case 'service.unavailable':
      return 'unavailable';
    case 'service.degraded':
      return 'degraded';
    case 'service.stale':
      return 'stale';
    case 'service.restored':
      return 'restored';
    default:
      return undefined;
  }
}
