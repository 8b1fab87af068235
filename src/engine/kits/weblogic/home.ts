import type { ParamSpec } from '../../params';
import type { HomeState } from '../kit';
import type { WeblogicModel } from './model';
import { PROC } from './kinds';
import { ADMIN_PARAMS as A, COHERENCE_PARAMS as C, DB_PARAMS as D, GLB_PARAMS as G, OTD_PARAMS as O, SERVER_PARAMS as P } from './params';

/** Boot times the kit fixes for the processes that have no parameter (database, Coherence): see database.ts, coherence.ts. */
const DB_BOOT_MS = 60_000;
const COHERENCE_BOOT_MS = 20_000;
const ADMIN_BOOT_MS = 60_000;

/**
 * Liveness (DOMAIN.md §2): once every fault has healed, every server runs and holds its lease, every JMS/JTA
 * service is back on its home server (WL-9), sessions have a second copy again (WL-1), one primary database is
 * open (WL-13), Coherence is merged and its federation converged (WL-12), users enter at their own site again.
 * Some states only an operator leaves (WL-10 consensus fencing: a domain restart; a ZDT rollout halted without
 * rollback, WL-11; an Admin Server with no copy of its domain, WL-6): reported as such, not as failures.
 */
export function weblogicHomeState(m: WeblogicModel): HomeState {
  const away: string[] = [];
  const operatorNeeded: string[] = [];
  const world = m.ctx.world;
  if (m.leasing.fencedByPartition.size > 0) operatorNeeded.push(`WL-10: domain restart for ${[...m.leasing.fencedByPartition].join(', ')} (fenced without quorum)`);
  if (m.zdt.phase === 'halted') operatorNeeded.push('WL-11: ZDT rollout halted, waiting for an operator');
  const fenced = (s: string) => m.leasing.fencedByPartition.has(s);
  for (const node of world.nodes.keys()) {
    for (const p of world.processesOn(node)) {
      if (p.isRunning || fenced(node)) continue;
      if (p.name === PROC.admin && !m.admin.running) operatorNeeded.push(`WL-6: ${node} cannot be restarted`);
      else away.push(`${p.name} on ${node} is ${p.state}`);
    }
  }
  // With database leasing a server with no path to a primary (none in the design, a site never linked) never
  // holds a lease: by design its services run elsewhere or nowhere (WL-10).
  const primary = m.db.primary;
  const leasable = (s: string) => m.leasing.basis === 'consensus' || (primary !== undefined && m.ctx.network.rttMs(s, primary) !== undefined);
  for (const s of m.servers.ids) if (!fenced(s) && leasable(s) && m.servers.isUp(s) && !m.leasing.held(s)) away.push(`${s} holds no lease`);
  for (const s of m.services.services) if (!fenced(s.home) && leasable(s.home) && s.host !== s.home) away.push(`${s.id} runs on ${s.host ?? 'no server'}, not ${s.home}`);
  const up = (s: string) => m.servers.isUp(s);
  for (const [primary, count] of m.sessions.atRiskByPrimary(up)) {
    // A server alone in its cluster (or alone in its reach: sites never linked) has nobody to hold its secondaries.
    const mates = m.servers.clusterOf(primary).filter((s) => s !== primary && up(s) && m.ctx.reachable(primary, s));
    if (count > 0 && up(primary) && mates.length > 0) away.push(`${count} sessions of ${primary} have no second copy`);
  }
  const primaries = m.db.ids.filter((id) => m.db.role(id) === 'primary');
  if (m.db.ids.length > 0 && (primaries.length !== 1 || m.db.openPrimary() === undefined)) away.push(`databases: ${primaries.length} primaries, ${m.db.openPrimary() ?? 'none'} open`);
  for (const cluster of world.design.clusters) if (m.coherence.isSplit(cluster.id)) away.push(`Coherence ${cluster.id} is split`);
  for (const f of m.coherence.federations) if (f.pausedAt !== undefined) away.push(`federation ${f.from} → ${f.to} has not converged`);
  for (const t of m.traffic.dns) if (t.withdrawnAt !== undefined) away.push(`the GLB does not resolve to ${t.otd}`);
  for (const [otd, lb] of m.traffic.balancers) {
    const down = m.ctx.relations('balances').filter((r) => r.from === otd && !fenced(r.to) && !lb.isMarkedUp(r.to));
    for (const r of down) away.push(`${otd} has ${r.to} marked down`);
  }
  return { away, operatorNeeded };
}

/**
 * The longest the way home may take, from the design's parameters, steps in series: the database boots and its
 * roles settle, a server boots (paying its round trips to Admin Server and database, waiting for the singleton
 * master), renews its lease (with retries) and gets its services back; members notice each other; the OTD's and
 * the GLB's health checks see the site again; the Admin Server restarts in the other site at worst; Coherence
 * boots, detects and federates.
 */
export function weblogicConvergenceBoundMs(m: WeblogicModel): number {
  const world = m.ctx.world;
  const nodes = [...world.nodes.keys()];
  const max = (spec: ParamSpec) => Math.max(0, ...nodes.map((n) => m.ctx.num(n, spec)));
  const rttMs = Math.max(0, ...world.design.links.map((l) => l.rttMs), ...world.design.links.map((l) => world.network.linkRttMs(l.id) ?? 0));
  const database = DB_BOOT_MS + max(D.fsfoThresholdMs) + max(D.roleTransitionMs) + max(D.clientReconnectMs) + max(D.switchoverErrorMs);
  const boot = max(P.bootMs) + (max(P.bootRoundTripsAdmin) + max(P.bootRoundTripsDb)) * rttMs + max(A.singletonMasterRetryCount) * max(A.singletonMasterRetryDelayMs);
  const lease = max(A.leaseRenewIntervalMs) * (max(A.leasePeriodsUntilFencing) + 1) + max(A.fencingGraceMs) + max(A.leaseRetryCount) * max(A.leaseRetryDelayMs);
  const membership = max(P.heartbeatIntervalMs) * (max(P.missedHeartbeats) + 1);
  const traffic = (max(O.failuresToMarkDown) + 1) * max(O.healthCheckIntervalMs) + max(O.healthCheckTimeoutMs) + 2 * max(G.healthCheckIntervalMs);
  const admin = ADMIN_BOOT_MS + Math.max(max(A.inSiteFailoverMs), max(A.crossSiteFailoverMs));
  const coherence = COHERENCE_BOOT_MS + max(C.deathDetectMs) + max(C.heartbeatIntervalMs) + max(C.federationIntervalMs) + 1000;
  return database + boot + lease + membership + traffic + admin + coherence;
}
