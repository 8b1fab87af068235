import type { Invariant } from './invariant';
import type { World } from '../sim/world';

/** A resource held by more than one holder, for claim kinds that must be exclusive. */
function firstShared(world: World, kind: string): string | null {
  for (const [resource, holders] of world.claims.ofKind(kind)) {
    if (holders.length > 1) return `${resource} is held by ${holders.join(' and ')}`;
  }
  return null;
}

/** Nothing runs on a host without power: a host failure must take its processes down (engine invariant). */
export const noProcessOnDeadHost: Invariant = {
  id: 'no-process-on-dead-host',
  description: 'every process on a powered-off host is crashed or stopped',
  check(world) {
    for (const nodeId of world.nodes.keys()) {
      if (world.network.isHostUp(nodeId)) continue;
      const alive = world.processesOn(nodeId).find((p) => !p.isDown);
      if (alive) return `${alive.name} on ${nodeId} is ${alive.state} while its host is down`;
    }
    return null;
  },
};

/** After the network is whole again, members need a few heartbeats to notice each other and resolve. */
export const CONVERGENCE_GRACE_MS = 30_000;

/**
 * OT-10 / OT-4: a mail server is synced by at most one OnTime server. Only while no partition is in force
 * (and for CONVERGENCE_GRACE_MS after one heals or a link comes back): during a partition each side may
 * legitimately believe the other dead, which is what the report shows. Kits declare who syncs what as claims
 * 'sync:<mailServerId>'.
 */
export const singleSyncer: Invariant = {
  id: 'single-syncer',
  ref: 'OT-10',
  description: 'a mail server is synced by at most one OnTime server while no partition exists',
  check(world) {
    const net = world.network;
    const since = net.msSinceReopened();
    if (net.partitioned || (since !== undefined && since < CONVERGENCE_GRACE_MS)) return null;
    for (const [resource, holders] of world.claims.ofKind('sync')) {
      // Holders that cannot hear each other (sites without a link: a partition by design) may both act.
      const talking = holders.every((a) => holders.every((b) => a === b || (net.canReach(a, b) && net.canReach(b, a))));
      if (holders.length > 1 && talking) return `${resource} is held by ${holders.join(' and ')}`;
    }
    return null;
  },
};

/** At most one primary database per database (Data Guard): claims 'primary:<databaseId>'. */
export const singlePrimary: Invariant = {
  id: 'single-primary',
  ref: 'WL-13',
  description: 'at most one primary database',
  check: (world) => firstShared(world, 'primary'),
};

/**
 * WL-1 / S4: a session's primary and secondary copies live on different servers. Kits declare copies as
 * claims 'sessionPrimary:<sessionId>' and 'sessionSecondary:<sessionId>' held by server ids.
 */
export const sessionCopiesApart: Invariant = {
  id: 'session-copies-apart',
  ref: 'WL-1',
  description: 'no session has both its copies on one server',
  check(world) {
    for (const [resource, primaries] of world.claims.ofKind('sessionPrimary')) {
      const session = resource.slice('sessionPrimary:'.length);
      const secondaries = world.claims.holdersOf(`sessionSecondary:${session}`);
      const both = primaries.find((s) => secondaries.includes(s));
      if (both !== undefined) return `session ${session} has both copies on ${both}`;
    }
    return firstShared(world, 'sessionPrimary');
  },
};

export const BUILTIN_INVARIANTS: readonly Invariant[] = [noProcessOnDeadHost, singleSyncer, singlePrimary, sessionCopiesApart];
