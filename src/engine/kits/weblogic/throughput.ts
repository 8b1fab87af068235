import { ADMIN_PARAMS as A, SERVER_PARAMS as P } from './params';
import type { WeblogicModel } from './model';

/**
 * Latency → throughput (WL-15, DOMAIN.md "latency model"). A request served by a server pays a number of
 * synchronous cross-site round trips, derived from the design as it runs now:
 * - database calls, when the primary database is in the other site (every call crosses);
 * - its commit, when Data Guard ships redo SYNC (MaxAvailability, MaxProtection) to a standby in another site: the
 *   primary waits for that standby's acknowledgement, so the servers of BOTH sites pay this trip;
 * - session replication, for sessions whose secondary is in the other site (one synchronous copy per request);
 * - a JMS/TLog file store on another site's storage (one synchronous write per request);
 * - a Coherence cluster stretched over both sites (half the partitions' owners are across the link).
 * Response time R = serviceTime + Σ trips × the RTT of the link each crosses; the users of each site (Traffic) are
 * a closed loop over the servers their OTD sends them to, and the sweep (sim/sweep.ts) runs exactly that.
 * Better designs cross less and so lose less. The commit trip is what keeps the reference template on DOMAIN.md's
 * calibrated curve 1/(1 + RTT/60): with users pinned to their site and only site 2 paying, no parameter choice can
 * give both 75 % at 20 ms and 92 % at 5 ms (the mean of two such curves falls faster at small RTT), whereas one
 * trip in both sites plus 1.5 database trips in site 2 gives 98.3 / 92.1 / 85.5 / 75 / 60.7 % at 1 / 5 / 10 / 20 /
 * 40 ms (the curve: 98.4 / 92.3 / 85.7 / 75 / 60). And it teaches a real trade-off: ASYNC redo loses less
 * throughput but may lose data (RPO > 0).
 */
/** WL-3: the stretch cluster is supported only in the metro latency model, RTT ≤ 10 ms (doc). */
export const SUPPORTED_RTT_MS = 10;

export interface RoundTrips {
  db: number;
  /** The commit's wait for a SYNC standby in another site. */
  commit: number;
  session: number;
  store: number;
  coherence: number;
  total: number;
}

/** Coherence calls per request of a typical cached application (model). */
const COHERENCE_CALLS_PER_REQUEST = 1;

export function roundTripsPerRequest(m: WeblogicModel, server: string): RoundTrips {
  const ctx = m.ctx;
  const site = ctx.site(server);
  const primary = m.db.primary;
  const db = primary !== undefined && ctx.site(primary) !== site ? ctx.num(server, P.dbCallsPerRequest) : 0;
  const sessions = m.sessions.ofPrimary(server);
  const session = sessions === 0 ? 0 : m.sessions.crossSite(server) / sessions;
  const storage = m.storage.storageOf(server);
  const store = m.services.storeType === 'file' && storage !== undefined && ctx.site(storage) !== site ? 1 : 0;
  const coherence = m.coherence.stretched.length > 0 ? 0.5 * COHERENCE_CALLS_PER_REQUEST : 0;
  const commit = m.db.syncCommitPeers().length > 0 ? 1 : 0;
  return { db, commit, session, store, coherence, total: db + commit + session + store + coherence };
}

/**
 * What the cross-site round trips of one request on `server` cost right now: each trip pays the RTT of the link
 * between the server's site and the site it crosses to (the primary database's, the session secondary's, the
 * store's, the stretched Coherence members'), wherever that link stands in the design (WL-15, OT-9). `legs` are
 * the host pairs whose round trips the request waits on: the RTT changes that slow it down are theirs.
 */
export interface CrossSiteCost {
  trips: RoundTrips;
  latencyMs: number;
  legs: [string, string][];
}

export function crossSiteCost(m: WeblogicModel, server: string): CrossSiteCost {
  const ctx = m.ctx;
  const site = ctx.site(server);
  const trips = roundTripsPerRequest(m, server);
  const legs: [string, string][] = [];
  let latencyMs = 0;
  const cross = (peer: string, count: number, from = server) => {
    if (count <= 0) return;
    latencyMs += count * ctx.rtt(from, peer);
    legs.push([from, peer]);
  };
  if (trips.db > 0) cross(m.db.primary!, trips.db);
  if (trips.commit > 0) {
    // The commit waits for the slowest SYNC standby; the trip runs between the primary and it, not from the server.
    const primary = m.db.primary!;
    const farthest = m.db.syncCommitPeers().reduce((a, b) => (ctx.rtt(primary, b) > ctx.rtt(primary, a) ? b : a));
    cross(farthest, trips.commit, primary);
  }
  const sessions = m.sessions.ofPrimary(server);
  if (trips.session > 0) {
    for (const e of m.sessions.entries()) if (e.primary === server && e.secondary !== '' && ctx.site(e.secondary) !== site) cross(e.secondary, e.count / sessions);
  }
  if (trips.store > 0) cross(m.storage.storageOf(server)!, trips.store);
  if (trips.coherence > 0) {
    // The partitions' owners across the link: their farthest site (a stretched cluster spans the link anyway).
    const far = stretchedMembers(m).filter((id) => ctx.site(id) !== site);
    const worst = far.reduce<string | undefined>((best, id) => (best === undefined || ctx.rtt(server, id) > ctx.rtt(server, best) ? id : best), undefined);
    if (worst !== undefined) cross(worst, trips.coherence);
  }
  return { trips, latencyMs, legs };
}

function stretchedMembers(m: WeblogicModel): string[] {
  const stretched = new Set(m.coherence.stretched);
  return m.ctx.world.design.clusters.filter((c) => stretched.has(c.id)).flatMap((c) => c.members);
}

/** WL-16 (Figure 6-2): deploying a composite pays many Admin Server ↔ server round trips, so it grows with RTT. */
export function deploymentMs(m: WeblogicModel): number {
  const admin = m.admin.id;
  return m.ctx.num(admin, A.deployBaseMs) + Math.round(m.ctx.num(admin, A.deployRoundTrips) * deploymentRttMs(m));
}

/** The round trip a deployment waits on: the farthest managed server from the Admin Server. */
export function deploymentRttMs(m: WeblogicModel): number {
  const admin = m.admin.id;
  return Math.max(0, ...m.servers.ids.map((s) => (admin === undefined ? 0 : m.ctx.rtt(admin, s))));
}
