import { latestCause } from '../../kernel/cause';
import { LoadBalancer, type LbMember } from '../../primitives/loadBalancer';
import type { Workload, RequestPath, WorkloadStats } from '../../primitives/workload';
import type { NodeView, Note } from '../../sim/view';
import type { ConfigDbService } from './configdb';
import type { OnTimeContext } from './context';
import { K, PROC, REST_KINDS, TASK_KINDS } from './kinds';
import type { MailDbService } from './maildb';
import { CLIENT_PARAMS as C, LOAD_BALANCER_PARAMS as L } from './params';
import { systemOf } from './topology';

/** A client population's paths as derived at one state of the world (see RestService.paths). */
interface CachedPaths {
  version: number;
  cause: number | null;
  paths: RequestPath[];
  /** Sum of the weights, and of the weights of the paths that work. */
  weight: number;
  okWeight: number;
  /** Members its balancer routes to (none without one). */
  members: string[];
}


/**
 * OT-1 / OT-2 / OT-3 / OT-8: the REST side. Clients send requests to their REST URL: a health-checked load
 * balancer spreads them over every member it believes up (token authentication: no stickiness), or a single
 * named server answers them all. A request reads the ConfigDB of the server that answers it (a WebOnly server
 * has none and reads an OnTime server's), and a share of requests writes appointments to the user's mail DB
 * where Domino clustering says (home, or the replica after a failover).
 */
export class RestService {
  readonly lbs = new Map<string, LoadBalancer>();
  /** Clients → the node their REST URL names now (an operator may change it: OT-2). */
  readonly url = new Map<string, string>();
  /** Clients → the 'rest.urlChanged' event of their current URL (none while it is the design's). */
  private readonly urlCause = new Map<string, number>();
  readonly workloads = new Map<string, Workload>();
  private readonly lastVerdict = new Map<string, number | null>();
  /** Bumped when a balancer's verdict or a REST URL changes: with the context's version, what `paths` depends on. */
  routingChanges = 0;
  private readonly cache = new Map<string, CachedPaths>();
  /** REST server → the clients that can send it requests (their URL names it or a balancer routing to it). */
  private servedIndex: Map<string, string[]> | undefined;
  /** Relation id → what `draw` last handed to the world for it (its target and whether it was active). */
  private readonly drawn = new Map<string, string>();
  private lastRender: { version: number; stats: WorkloadStats[] } | undefined;

  constructor(
    private readonly ctx: OnTimeContext,
    private readonly mailDb: MailDbService,
    private readonly configDb: ConfigDbService,
  ) {
    for (const lb of ctx.topo.loadBalancers) this.createLb(lb);
    for (const clients of ctx.topo.clients) {
      const url = ctx.topo.restUrl.get(clients);
      if (url !== undefined) this.url.set(clients, url);
      const workload = ctx.world.addWorkload({
        id: clients,
        users: ctx.num(clients, C.users),
        thinkTimeMs: ctx.num(clients, C.thinkTimeMs),
        paths: () => this.paths(clients),
      });
      this.workloads.set(clients, workload);
    }
    for (const server of ctx.topo.restServers) ctx.world.gauge(`restRps:${server}`, () => this.requestsPerSecond(server));
  }

  private createLb(lb: string): void {
    const { ctx } = this;
    const members: LbMember[] = (ctx.topo.routes.get(lb) ?? []).map((m) => ({
      nodeId: m,
      serving: () => ctx.dominoUp(m),
      lastChange: () => ctx.domino(m)?.lastChangeEvent ?? null,
    }));
    const timing = {
      intervalMs: ctx.num(lb, L.healthCheckIntervalMs),
      timeoutMs: ctx.num(lb, L.healthCheckTimeoutMs),
      failuresToMarkDown: ctx.num(lb, L.failuresToMarkDown),
      successesToMarkUp: ctx.num(lb, L.successesToMarkUp),
    };
    const balancer = new LoadBalancer(ctx.kernel, ctx.world.network, lb, members, timing, 'token', () => this.lbUp(lb));
    // Remember the verdict: it is why the requests routed through this balancer are fine again.
    balancer.onChange(() => {
      this.routingChanges++;
      this.lastVerdict.set(lb, this.ctx.kernel.cause);
    });
    this.lbs.set(lb, balancer);
  }

  lbUp(lb: string): boolean {
    return this.ctx.world.network.isHostUp(lb) && (this.ctx.world.process(lb, PROC.http)?.isRunning ?? false);
  }

  /** OT-2, the operator's way out without a load balancer: point the clients at another server. */
  changeUrl(clients: string, to: string): boolean {
    const kind = this.ctx.topo.kindOf.get(to) ?? '';
    if (!this.ctx.topo.clients.includes(clients) || (kind !== K.lb && !REST_KINDS.has(kind))) return false;
    const from = this.url.get(clients) ?? '';
    this.url.set(clients, to);
    this.routingChanges++;
    this.servedIndex = undefined;
    this.urlCause.set(clients, this.ctx.kernel.emit({ type: 'rest.urlChanged', subject: clients, clients, from, to }).id);
    // The REST URL lives in the ServerSetting (ClientDB field): the edit lands on a live ConfigDB replica.
    const live = systemOf(this.ctx.topo, clients).taskServers.find((s) => this.ctx.dominoUp(s));
    if (live !== undefined) this.configDb.change(live, 'restUrl');
    return true;
  }

  /**
   * Where the requests of `clients` go right now and how each way fares (see Workload). Every client pays
   * every mail server in its paths, so they are derived again only when something they depend on changed
   * (the same array otherwise: the workload then skips its evaluation too).
   */
  paths(clients: string): RequestPath[] {
    return this.cached(clients).paths;
  }

  private cached(clients: string): CachedPaths {
    const version = this.ctx.version + this.routingChanges;
    const cause = this.ctx.kernel.cause;
    const hit = this.cache.get(clients);
    // The cause counts too: a failing path may be blamed on the action that asks (see OnTimeContext.whyDown).
    if (hit !== undefined && hit.version === version && hit.cause === cause) return hit;
    const paths = this.derivePaths(clients);
    const target = this.url.get(clients);
    const entry: CachedPaths = {
      version,
      cause,
      paths,
      weight: paths.reduce((s, p) => s + p.weight, 0),
      okWeight: paths.filter((p) => p.ok).reduce((s, p) => s + p.weight, 0),
      members: (target === undefined ? undefined : this.lbs.get(target))?.markedUp() ?? [],
    };
    this.cache.set(clients, entry);
    return entry;
  }

  /** The paths derived afresh, bypassing the cache (tests check the cache against it). */
  derivePaths(clients: string): RequestPath[] {
    const changed = this.urlCause.get(clients);
    const paths = this.pathsVia(clients);
    // Requests that work along a URL an operator set work because of that change too (the latest cause wins).
    return changed === undefined ? paths : paths.map((p) => (p.ok ? { ...p, cause: latestCause(changed, p.cause) } : p));
  }

  private pathsVia(clients: string): RequestPath[] {
    const { ctx } = this;
    const target = this.url.get(clients);
    const fail = (cause: number | null): RequestPath[] => [this.failed(clients, 1, cause)];
    if (target === undefined) return fail(ctx.designCause);
    if (!this.netOk(clients, target)) return fail(ctx.whyUnreachable(clients, target));
    if (ctx.topo.kindOf.get(target) !== K.lb) return this.serverPaths(clients, target, 1, ctx.rttMs(clients, target));
    const lb = this.lbs.get(target);
    if (!lb || !this.lbUp(target)) return fail(ctx.world.process(target, PROC.http)?.lastChangeEvent ?? null);
    // Until its health checks mark a dead member down, the balancer keeps sending it its share (S2).
    const members = lb.markedUp();
    const verdict = this.lastVerdict.get(target) ?? null;
    if (members.length === 0) return fail(verdict);
    return members
      .flatMap((m) => this.serverPaths(clients, m, 1 / members.length, ctx.rttMs(clients, target) + ctx.rttMs(target, m)))
      .map((p) => (p.ok ? { ...p, cause: latestCause(verdict, p.cause, ctx.whyReachable(clients, target), ctx.slowedBy(clients, target)) } : p));
  }

  private serverPaths(clients: string, server: string, weight: number, rttMs: number): RequestPath[] {
    const { ctx } = this;
    const serviceMs = ctx.num(clients, C.restServiceMs);
    if (!ctx.dominoUp(server)) return [this.failed(clients, weight, ctx.whyDown(server))];
    const writeShare = ctx.num(clients, C.writePercent) / 100;
    // OT-8: reads come from the ConfigDB of the server the client is connected to; a WebOnly server has none (OT-3).
    const system = systemOf(ctx.topo, server);
    const configDb = TASK_KINDS.has(ctx.topo.kindOf.get(server) ?? '') ? server : system.taskServers.find((s) => ctx.reachable(server, s));
    const readRtt = configDb === undefined || configDb === server ? 0 : ctx.rttMs(server, configDb);
    const paths: RequestPath[] = [
      configDb === undefined
        ? this.failed(clients, weight * (1 - writeShare), latestCause(...ctx.topo.taskServers.map((s) => ctx.whyUnreachable(server, s))))
        : { weight: weight * (1 - writeShare), ok: true, serviceMs, crossSiteRoundTrips: 1, rttMs: rttMs + readRtt, cause: latestCause(ctx.whyReachable(clients, server), ctx.slowedBy(clients, server, configDb)) },
    ];
    // The users of this server's system: their mail DBs are on its mail servers, not on another system's.
    const mails = system.mailServers;
    for (const mail of mails) {
      // OT-8: an appointment is written to the user's mail DB where Domino clustering says: home, or the replica.
      const st = this.mailDb.state.get(mail)!;
      const w = (weight * writeShare) / mails.length;
      // Broken mail DBs stay broken until OnTime finds them again: the 'maildb.broken' verdict explains the failures.
      if (st.broken) paths.push(this.failed(clients, w, st.lastEvent ?? ctx.whyUnreachable(server, st.target)));
      else if (!ctx.reachable(server, st.target)) paths.push(this.failed(clients, w, ctx.whyUnreachable(server, st.target)));
      else paths.push({ weight: w, ok: true, serviceMs, crossSiteRoundTrips: 1, rttMs: rttMs + ctx.rttMs(server, st.target), cause: latestCause(st.lastEvent, ctx.slowedBy(server, st.target)) });
    }
    return paths;
  }

  private failed(clients: string, weight: number, cause: number | null): RequestPath {
    const serviceMs = this.ctx.num(clients, C.restServiceMs);
    return { weight, ok: false, serviceMs, crossSiteRoundTrips: 0, rttMs: 0, failMs: this.ctx.num(clients, C.requestTimeoutMs), cause };
  }

  private netOk(a: string, b: string): boolean {
    const net = this.ctx.world.network;
    return net.isHostUp(a) && net.isHostUp(b) && net.rttMs(a, b) !== undefined;
  }

  /** Answered REST requests per second served by `server`, over every client population that can reach it. */
  requestsPerSecond(server: string): number {
    let total = 0;
    for (const clients of this.clientsOf(server)) {
      const entry = this.cached(clients);
      const mine = this.servedBy(clients, server, entry);
      total += entry.weight > 0 ? (this.workloads.get(clients)!.stats.attempts * mine) / entry.weight : 0;
    }
    return total;
  }

  /** Clients whose URL names `server` or a balancer routing to it, in client order (the others send it nothing). */
  private clientsOf(server: string): readonly string[] {
    if (this.servedIndex === undefined) {
      const index = new Map<string, string[]>();
      const add = (s: string, clients: string) => {
        const list = index.get(s) ?? [];
        if (!list.includes(clients)) list.push(clients);
        index.set(s, list);
      };
      for (const clients of this.workloads.keys()) {
        const target = this.url.get(clients);
        if (target === undefined) continue;
        add(target, clients);
        if (this.lbs.has(target)) for (const m of this.ctx.topo.routes.get(target) ?? []) add(m, clients);
      }
      this.servedIndex = index;
    }
    return this.servedIndex.get(server) ?? [];
  }

  private servedBy(clients: string, server: string, entry: CachedPaths): number {
    if (this.url.get(clients) === server) return entry.okWeight;
    if (!entry.members.includes(server) || !this.ctx.dominoUp(server)) return 0;
    return entry.weight / entry.members.length;
  }

  /** Views of clients and load balancers, and the live REST relations. */
  /**
   * Whether nothing render reads changed since it last ran: hosts, processes and the network (the world's
   * version), balancer verdicts and URLs (routing), and the workloads' figures (replaced when they change).
   */
  private renderedAsNow(): boolean {
    const last = this.lastRender;
    if (last === undefined || last.version !== this.ctx.world.stateVersion + this.routingChanges) return false;
    let i = 0;
    for (const workload of this.workloads.values()) if (workload.stats !== last.stats[i++]) return false;
    return true;
  }

  render(): void {
    // Runs every second and on every change: skipped when it would only find everything as it drew it.
    if (this.renderedAsNow()) return;
    const { world } = this.ctx;
    this.lastRender = { version: this.ctx.world.stateVersion + this.routingChanges, stats: [...this.workloads.values()].map((w) => w.stats) };
    for (const lb of this.ctx.topo.loadBalancers) {
      world.setNodeView(lb, this.lbView(lb));
      const balancer = this.lbs.get(lb);
      const up = this.lbUp(lb);
      for (const m of this.ctx.topo.routes.get(lb) ?? []) this.draw(`lbroute:${lb}~${m}`, 'lbRoute', lb, m, up && (balancer?.isMarkedUp(m) ?? false));
    }
    for (const [clients, workload] of this.workloads) {
      const url = this.url.get(clients);
      const stats = workload.stats;
      if (url !== undefined) this.draw(`rest:${clients}`, 'rest', clients, url, stats.errorRate < 0.999);
      world.setNodeView(clients, this.clientsView(clients, stats.errorRate));
    }
  }

  /**
   * Hands a REST edge to the world when it differs from what was drawn last: only this service draws these
   * edges, so the world would find the others unchanged (render runs every second and on every change).
   */
  private draw(id: string, kind: string, from: string, to: string, active: boolean): void {
    const drawn = `${to}|${active ? 1 : 0}`;
    if (this.drawn.get(id) === drawn) return;
    this.drawn.set(id, drawn);
    this.ctx.world.setRelation({ id, kind, from, to, active });
  }

  view(nodeId: string): Omit<NodeView, 'hostUp'> | undefined {
    if (this.ctx.topo.kindOf.get(nodeId) === K.lb) return this.lbView(nodeId);
    const workload = this.workloads.get(nodeId);
    return workload ? this.clientsView(nodeId, workload.stats.errorRate) : undefined;
  }

  private lbView(lb: string): Omit<NodeView, 'hostUp'> {
    if (!this.ctx.world.network.isHostUp(lb)) return { status: 'failed', notes: [{ key: 'note.hostDown' }] };
    if (!this.lbUp(lb)) return { status: 'failed', notes: [{ key: 'note.lbDown' }] };
    const members = this.ctx.topo.routes.get(lb) ?? [];
    const down = members.filter((m) => !(this.lbs.get(lb)?.isMarkedUp(m) ?? false)).map((m) => this.ctx.name(m));
    if (down.length === 0) return { status: 'running', notes: [{ key: 'note.lbRoutes', params: { count: members.length } }] };
    return { status: 'degraded', notes: [{ key: 'note.lbMarkedDown', params: { servers: down.join(', ') } }] };
  }

  private clientsView(clients: string, errorRate: number): Omit<NodeView, 'hostUp'> {
    const url = this.url.get(clients);
    const answered = Math.round((1 - errorRate) * 100);
    const notes: Note[] = [
      url === undefined ? { key: 'note.noRestUrl' } : { key: 'note.restVia', params: { target: this.ctx.name(url), targetId: url } },
      { key: 'note.restAnswered', params: { percent: answered } },
    ];
    const status: NodeView['status'] = errorRate >= 0.999 ? 'failed' : errorRate > 0.001 ? 'degraded' : 'running';
    return { status, notes };
  }
}
