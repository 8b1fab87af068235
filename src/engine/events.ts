import type { Fault } from './faults/catalogue';
import type { WeblogicEventFields } from './kits/weblogic/events';

/** Lifecycle of a simulated process (an OnTime task, a WebLogic server, a database instance…). */
export type ProcessState = 'stopped' | 'starting' | 'running' | 'stopping' | 'crashed';

interface Base {
  /** Unique, increasing within a run. */
  id: number;
  /** Simulated time in integer milliseconds. */
  t: number;
  /** Id of the event that caused this one, or null for a root cause (a fault, the start of the run). */
  cause: number | null;
  /** The design node (or site/link) this event is about. */
  subject: string;
}

/**
 * Everything the engine reports. A discriminated union on `type`, like React Flow's NodeChange: the UI folds
 * these into its view and turns each into a sentence (see src/i18n, key `event.<type>`).
 */
export type SimEvent = Base &
  (
    | { type: 'run.started' }
    | { type: 'fault.injected'; fault: Fault }
    | { type: 'process.state'; process: string; from: ProcessState; to: ProcessState }
    | { type: 'host.state'; up: boolean }
    | { type: 'member.dead'; observer: string; peer: string }
    | { type: 'member.alive'; observer: string; peer: string }
    | { type: 'sync.takeover'; mailServer: string; from: string; to: string }
    | { type: 'sync.failback'; mailServer: string; from: string; to: string }
    | { type: 'sync.orphaned'; mailServer: string; owner: string }
    | WeblogicEventFields
    | EngineEvent
    // OnTime kit (DOMAIN.md §1): Sync stops with its syncer, mail DB access fails over (OT-6), ConfigDB replicates (OT-11).
    | { type: 'sync.stopped'; mailServer: string; syncer: string }
    | { type: 'maildb.unreachable'; mailServer: string; target: string; by: string; attempt: number; attempts: number }
    // The replica on a cluster mate takes over (a 'takeover' for the run report's timeline).
    | { type: 'maildb.takeover'; mailServer: string; from: string; to: string; by: string }
    | { type: 'maildb.broken'; mailServer: string; home: string; by: string }
    | { type: 'maildb.failback'; mailServer: string; from: string; to: string; by: string }
    /** OT-6: mail DBs that had no replica to fail over to (broken) are reachable at home again: no failback. */
    | { type: 'maildb.restored'; mailServer: string; home: string; by: string }
    | { type: 'configdb.changed'; setting: string; version: number }
    | { type: 'configdb.replicated'; from: string; to: string; version: number }
    | { type: 'rest.urlChanged'; clients: string; from: string; to: string }
  );

/**
 * Events of the engine's network, building blocks and report contract (see report/contract.ts for how the
 * report reads 'service.*', 'data.lost' and the takeover timeline).
 */
type EngineEvent =
  | { type: 'site.down' }
  | { type: 'site.up' }
  | { type: 'link.down'; a: string; b: string }
  | { type: 'link.up'; a: string; b: string }
  | { type: 'link.rtt'; fromMs: number; toMs: number }
  | { type: 'net.partitioned'; from: string; to: string; oneWay: boolean }
  | { type: 'net.healed'; from: string; to: string }
  | { type: 'fault.unsupported'; fault: Fault }
  | { type: 'restart.attempt'; process: string; attempt: number; maxRestarts: number }
  | { type: 'restart.exhausted'; process: string; maxRestarts: number; intervalMs: number }
  | { type: 'lb.markedDown'; lb: string; member: string }
  | { type: 'lb.markedUp'; lb: string; member: string }
  | { type: 'client.failover'; client: string; from: string; to: string }
  | { type: 'client.failed'; client: string; target: string; attempts: number }
  | { type: 'service.unavailable'; service: string }
  | { type: 'service.degraded'; service: string }
  | { type: 'service.stale'; service: string }
  | { type: 'service.restored'; service: string }
  | { type: 'data.lost'; what: string; lostMs: number }
  | { type: 'assignment.takeover'; resource: string; from: string; to: string }
  | { type: 'assignment.failback'; resource: string; from: string; to: string };

export type SimEventType = SimEvent['type'];

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** What a component passes to `kernel.emit`: the kernel adds id, time and cause. */
export type SimEventInput = DistributiveOmit<SimEvent, 'id' | 't' | 'cause'>;

/**
 * The ids an event mentions (subject first, then every other string field but its type): the UI keeps those
 * that are design nodes, to highlight them. New event types need no change here.
 */
export function idsOf(event: SimEvent): string[] {
  const ids = new Set<string>([event.subject]);
  for (const [key, value] of Object.entries(event)) {
    if (key !== 'type' && typeof value === 'string' && value !== '') ids.add(value);
  }
  return [...ids];
}
