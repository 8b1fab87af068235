import { LoadBalancer, processMember } from '../../primitives/loadBalancer';
import type { RequestPath, Workload, WorkloadStats } from '../../primitives/workload';
import { latestCause } from '../../kernel/cause';
import type { WlContext } from './context';
import type { CrossSiteCost } from './throughput';
import { PROC } from './kinds';
import { GLB_PARAMS as G, OTD_PARAMS as O, SERVER_PARAMS as P } from './params';
import type { ManagedServers } from './servers';
import type { TxTracker } from './transactions';

interface DnsTarget {
  otd: string;
  site: string;
  failures: number;
  /** The GLB stopped resolving to this OTD at this time (clients keep their cached answer for the TTL). */
  withdrawnAt: number | undefined;
  /** Whether the cached answers have expired since the withdrawal (the users left for another site's OTD). */
  expired: boolean;
  /** Counts withdrawals: a TTL timer of an earlier withdrawal finds it changed and does nothing. */
  withdrawals: number;
  /** The last GLB event about this target (withdrawn, clients moved, reinstated): why its users go where they go. */
  routeCause: number | null;
}

/**
 * What Traffic derived from the state (request paths, the load through each node), with the state's version it
 * was derived at (see Traffic.version). The end of the database's error window is a moment, not a change: it is
 * part of the key.
 */
interface Derived<T> {
  version: number;
  errorWindow: boolean;
  value: T;
}

function fresh<T>(hit: Derived<T> | undefined, version: number, errorWindow: boolean): hit is Derived<T> {
  return hit !== undefined && hit.version === version && hit.errorWindow === errorWindow;
}

/** Whether every workload still has the figures it had (a workload replaces them when its paths change). */
function sameStats(stats: readonly WorkloadStats[], workloads: readonly Workload[]): boolean {
  for (let i = 0; i < stats.length; i++) if (stats[i] !== workloads[i]!.stats) return false;
  return true;
}

/** What the request paths are derived from, besides Traffic's own state: the model (a method, not a closure). */
export interface TrafficState {
  /** Changes whenever processes, the network, parameters, database roles or cross-site sessions change. */
  stateVersion(): number;
}

/**
 * How users reach the servers. A global load balancer / DNS name resolves to each site's Oracle Traffic
 * Director; when a site's OTD stops answering its health checks the name stops resolving there, and clients
 * move once their cached answer expires (TTL 120 s). Each OTD routes (sticky sessions) only to its own site's
 * managed servers, marking a dead one down after its health checks (30 s × 3). The users of each site form a
 * closed-loop workload whose requests pay the synchronous cross-site round trips of the server they land on.
 */
export class Traffic {
  readonly balancers = new Map<string, LoadBalancer>();
  /** The balancers again, as a list: `version` sums their verdicts on every tick, without an iterator. */
  private readonly balancerList: LoadBalancer[] = [];
  readonly dns: DnsTarget[] = [];
  readonly glb: string | undefined;
  /** Counts changes of where the name sends users (withdrawn, clients moved, reinstated): part of `version`. */
  private routeChanges = 0;
  private readonly pathCache = new Map<DnsTarget, Derived<RequestPath[]>>();
  /** Each site's users in `dns` order. */
  private readonly workloads: readonly Workload[];
  /** The load through each node, and the workload figures it was derived from (see `servedBy`). */
  private served: (Derived<Map<string, number>> & { stats: readonly WorkloadStats[] }) | undefined;

  constructor(
    private readonly ctx: WlContext,
    private readonly servers: ManagedServers,
    private readonly tx: TxTracker,
    private readonly crossSite: (server: string) => CrossSiteCost,
    private readonly state: TrafficState,
  ) {
    for (const otd of ctx.nodesOfKind('otd')) this.createOtd(otd.id);
    this.glb = ctx.nodesOfKind('glb')[0]?.id;
    if (this.glb !== undefined) ctx.world.addProcess(this.glb, PROC.glb, { bootMs: 5000, drainMs: 1000 }).bootInstantly();
    const targets = this.glb === undefined ? ctx.nodesOfKind('otd').map((n) => n.id) : ctx.relations('resolvesTo').filter((r) => r.from === this.glb).map((r) => r.to);
    for (const otd of targets) this.dns.push({ otd, site: ctx.site(otd), failures: 0, withdrawnAt: undefined, expired: false, withdrawals: 0, routeCause: null });
    this.workloads = this.dns.map((target) =>
      ctx.world.addWorkload({ id: target.site, users: ctx.num(this.glb, G.usersPerSite), thinkTimeMs: ctx.num(this.glb, G.thinkTimeMs), paths: () => this.paths(target) }),
    );
    // Per-node answered requests, so the canvas can draw each routing edge as thick as what flows along it.
    for (const otd of this.balancers.keys()) ctx.world.gauge(`servedRps:${otd}`, () => this.servedBy(otd));
    for (const server of servers.ids) ctx.world.gauge(`servedRps:${server}`, () => this.servedBy(server));
    if (this.glb !== undefined) ctx.kernel.after(ctx.num(this.glb, G.healthCheckIntervalMs), () => this.checkDns(), null);
  }

  private createOtd(otd: string): void {
    const proc = this.ctx.world.addProcess(otd, PROC.otd, { bootMs: 10_000, drainMs: 5000 });
    proc.bootInstantly();
    proc.onChange(() => this.ctx.changed());
    const members = this.ctx
      .relations('balances')
      .filter((r) => r.from === otd)
      .map((r) => this.servers.procs.get(r.to))
      .filter((p) => p !== undefined)
      .map((p) => processMember(p));
    const timing = {
      intervalMs: this.ctx.num(otd, O.healthCheckIntervalMs),
      timeoutMs: this.ctx.num(otd, O.healthCheckTimeoutMs),
      failuresToMarkDown: this.ctx.num(otd, O.failuresToMarkDown),
      successesToMarkUp: 1,
    };
    const lb = new LoadBalancer(this.ctx.kernel, this.ctx.network, otd, members, timing, 'sticky', () => this.otdUp(otd));
    lb.onChange(() => this.ctx.changed());
    this.balancers.set(otd, lb);
    this.balancerList.push(lb);
  }

  otdUp(otd: string): boolean {
    return this.ctx.network.isHostUp(otd) && (this.ctx.world.process(otd, PROC.otd)?.isRunning ?? false);
  }

  /** The GLB's health check of each OTD (out of band, over the internet): 3 failures withdraw it. */
  private checkDns(): void {
    const glb = this.glb!;
    const glbUp = this.ctx.network.isHostUp(glb) && (this.ctx.world.process(glb, PROC.glb)?.isRunning ?? false);
    for (const t of this.dns) {
      if (!glbUp) continue;
      const healthy = this.otdUp(t.otd) && (this.balancers.get(t.otd)?.markedUp().length ?? 0) > 0;
      t.failures = healthy ? 0 : t.failures + 1;
      if (healthy && t.withdrawnAt !== undefined) this.reinstate(t);
      if (!healthy && t.withdrawnAt === undefined && t.failures >= this.ctx.num(glb, G.failuresToWithdraw)) {
        this.withdraw(t, this.ctx.now, latestCause(this.otdCause(t.otd), this.serversCause(t.otd), this.balancers.get(t.otd)?.lastVerdict) ?? this.ctx.designCause);
      }
    }
    this.ctx.kernel.after(this.ctx.num(glb, G.healthCheckIntervalMs), () => this.checkDns(), null);
  }

  /**
   * The name stops resolving to `t` (from `atMs`); its users keep their cached answer until the TTL expires, then
   * move to another site's OTD. Both steps are events, so whatever the users see next names them as its cause.
   */
  private withdraw(t: DnsTarget, atMs: number, cause: number | null): void {
    t.withdrawnAt = atMs;
    t.expired = false;
    const gen = ++t.withdrawals;
    const withdrawn = this.ctx.emit({ type: 'glb.withdrawn', subject: t.otd, otd: t.otd, site: t.site }, cause);
    t.routeCause = withdrawn.id;
    this.routeChanges++;
    this.ctx.kernel.at(atMs + this.ctx.num(this.glb, G.dnsTtlMs), () => this.expire(t, gen), withdrawn.id);
  }

  /** The cached answers of `t`'s users expired: they resolve to the first site still in the name. */
  private expire(t: DnsTarget, gen: number): void {
    if (gen !== t.withdrawals || t.withdrawnAt === undefined) return;
    t.expired = true;
    this.routeChanges++;
    const to = this.dns.find((o) => o.withdrawnAt === undefined)?.otd;
    if (to !== undefined) t.routeCause = this.ctx.emit({ type: 'glb.clientsMoved', subject: t.site, site: t.site, from: t.otd, to }).id;
    this.ctx.changed();
  }

  /** `t` answers its health checks again: the name resolves to it and its users come back. */
  private reinstate(t: DnsTarget): void {
    t.withdrawnAt = undefined;
    t.expired = false;
    t.withdrawals++;
    const cause = latestCause(this.otdCause(t.otd), this.serversCause(t.otd), this.balancers.get(t.otd)?.lastVerdict);
    // About the site's users, like 'glb.clientsMoved' (same subject): the report pairs the failback with that takeover.
    t.routeCause = this.ctx.emit({ type: 'glb.reinstated', subject: t.site, otd: t.otd, site: t.site }, cause).id;
    this.routeChanges++;
    this.ctx.changed();
  }

  /**
   * Planned maintenance: the name stops resolving to the site at once. Operators lower the TTL ahead of a
   * planned outage, so clients move without waiting for their cached answer to expire.
   */
  drainSite(site: string): void {
    const ttl = this.ctx.num(this.glb, G.dnsTtlMs);
    for (const t of this.dns) {
      if (t.site === site && t.withdrawnAt === undefined) this.withdraw(t, this.ctx.now - ttl, this.ctx.kernel.cause);
    }
    this.ctx.changed();
  }

  /** Where the users who resolved to `target` are sent now: their OTD, or another site's after the TTL. */
  entryFor(target: DnsTarget): string | undefined {
    if (target.withdrawnAt === undefined || !target.expired) return target.otd;
    return this.dns.find((t) => t.withdrawnAt === undefined)?.otd;
  }

  /**
   * Changes whenever something the request paths read may have changed: the model's state (see `stateVersion`),
   * where the name sends users, and the balancers' verdicts (each a new event id). Every part only grows, so an
   * equal sum means that nothing changed.
   */
  private version(): number {
    let version = this.state.stateVersion() + this.routeChanges;
    for (let i = 0; i < this.balancerList.length; i++) version += this.balancerList[i]!.lastVerdict ?? 0;
    return version;
  }

  /**
   * Where the users who resolved to `target` go now, and how each way fares (the workload's paths, every tick).
   * Derived again only after a change (the same array otherwise, which the workload then skips evaluating):
   * deriving them every second was the largest part of a WebLogic run's time, and of its garbage.
   */
  paths(target: DnsTarget): RequestPath[] {
    const version = this.version();
    const errorWindow = this.tx.inErrorWindow;
    const hit = this.pathCache.get(target);
    if (fresh(hit, version, errorWindow)) return hit.value;
    const value = this.derivePaths(target);
    this.pathCache.set(target, { version, errorWindow, value });
    return value;
  }

  /** The paths derived afresh, bypassing the cache (tests check the cache against it). */
  derivePaths(target: DnsTarget): RequestPath[] {
    const otd = this.entryFor(target);
    const fail = (cause: number | null): RequestPath[] => [{ weight: 1, ok: false, serviceMs: 0, crossSiteRoundTrips: 0, rttMs: 0, failMs: 5000, cause }];
    if (otd === undefined) return fail(latestCause(target.routeCause, this.otdCause(target.otd)));
    if (!this.otdUp(otd)) return fail(this.otdCause(otd));
    const members = this.balancers.get(otd)?.markedUp() ?? [];
    // No member marked up: they went down, or the design gives this OTD none.
    if (members.length === 0) return fail(latestCause(this.serversCause(otd), this.balancers.get(otd)?.lastVerdict) ?? this.ctx.designCause);
    return members.map((m) => this.pathTo(otd, m, target.routeCause));
  }

  /** Whether `server` answers requests `otd` sends it now (what pathTo's `ok` says, without its cause). */
  private answers(otd: string, server: string): boolean {
    return this.ctx.reachable(otd, server) && this.servers.isUp(server) && this.tx.canUseDb(server);
  }

  private pathTo(otd: string, server: string, moved: number | null): RequestPath {
    const serviceMs = this.ctx.num(server, P.serviceTimeMs);
    const cost = this.crossSite(server);
    const trips = cost.trips.total;
    // The mean RTT of the links this request crosses: trips × rttMs is the whole cross-site wait.
    const rttMs = trips > 0 ? cost.latencyMs / trips : 0;
    const rttCause = latestCause(...cost.legs.map(([from, to]) => this.ctx.network.rttCause(from, to)));
    const reachable = this.ctx.reachable(otd, server);
    const up = this.servers.isUp(server);
    const ok = reachable && up && this.tx.canUseDb(server);
    const serverCause = this.servers.procs.get(server)?.lastChangeEvent;
    const cause = ok
      ? latestCause(moved, this.otdCause(otd), serverCause, this.balancers.get(otd)?.lastVerdict, this.tx.creditFor(server), rttCause)
      : !reachable
        ? (this.ctx.network.silenceCause(otd, server) ?? latestCause(serverCause, this.otdCause(otd)))
        : !up
          ? (serverCause ?? null)
          : this.tx.blameFor(server);
    return { weight: 1, ok, serviceMs, crossSiteRoundTrips: trips, rttMs, failMs: 5000, cause };
  }

  /**
   * Answered requests per second passing through `node` (an OTD or a managed server), a gauge of every node every
   * second: derived for all nodes at once, again only when the state or the workloads' figures changed.
   */
  servedBy(node: string): number {
    const version = this.version();
    const errorWindow = this.tx.inErrorWindow;
    let served = this.served;
    if (!fresh(served, version, errorWindow) || !sameStats(served.stats, this.workloads)) {
      served = this.served = { version, errorWindow, stats: this.workloads.map((w) => w.stats), value: this.deriveServed() };
    }
    return served.value.get(node) ?? 0;
  }

  /**
   * The load through every node derived afresh (tests check the cache against it): each site's users' throughput
   * goes to the OTD they reach now, spread evenly over the servers that answer on it. Each node's sum takes the
   * sites in order, as one node's did when each was summed apart.
   */
  deriveServed(): Map<string, number> {
    const served = new Map<string, number>();
    const add = (node: string, rps: number) => served.set(node, (served.get(node) ?? 0) + rps);
    for (let i = 0; i < this.dns.length; i++) {
      const otd = this.entryFor(this.dns[i]!);
      const throughput = this.workloads[i]!.stats.throughput;
      if (otd === undefined || throughput <= 0) continue;
      add(otd, throughput);
      const answering = (this.balancers.get(otd)?.markedUp() ?? []).filter((m) => this.answers(otd, m));
      for (const server of answering) if (server !== otd) add(server, throughput / answering.length);
    }
    return served;
  }

  /** The OTD process's last change (a crash caused by its host's power failure, a stop…). */
  private otdCause(otd: string): number | null {
    return this.ctx.world.process(otd, PROC.otd)?.lastChangeEvent ?? null;
  }

  /** The last change of the servers an OTD balances (why none of them is marked up). */
  private serversCause(otd: string): number | null {
    const members = this.ctx.relations('balances').filter((r) => r.from === otd);
    return latestCause(...members.map((r) => this.servers.procs.get(r.to)?.lastChangeEvent));
  }
}
