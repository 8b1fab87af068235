import type { Fault } from './faults/catalogue';
import type { OntimeEventFields } from './kits/ontime/events';
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
export type SimEvent = Base & (EngineEventFields | OntimeEventFields | WeblogicEventFields);

/**
 * Events of the engine itself: the run, faults, processes and hosts, the network, building blocks and the
 * report contract (see report/contract.ts for how the report reads 'service.*', 'data.lost' and the lanes;
 * their metadata is in report/engineEventMeta.ts, the kits' events are in each kit's events.ts).
 */
export type EngineEventFields =
  | { type: 'run.started' }
  | { type: 'fault.injected'; fault: Fault }
  | { type: 'process.state'; process: string; from: ProcessState; to: ProcessState }
  | { type: 'host.state'; up: boolean }
  | { type: 'member.dead'; observer: string; peer: string }
  | { type: 'member.alive'; observer: string; peer: string }
  | { type: 'site.down' }
  | { type: 'site.up' }
  | { type: 'link.down'; a: string; b: string }
  | { type: 'link.up'; a: string; b: string }
  | { type: 'link.rtt'; fromMs: number; toMs: number }
  /** Parameters of a node changed while running (a 'setParams' fault): the new values, by key. */
  | { type: 'node.params'; params: Record<string, number> }
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
