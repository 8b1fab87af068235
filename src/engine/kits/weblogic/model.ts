import type { World } from '../../sim/world';
import { AdminServer } from './admin';
import { Coherence } from './coherence';
import { hostInSite, WlContext } from './context';
import { DataGuard } from './database';
import { FailoverControl } from './failover';
import { Leasing } from './leasing';
import { SERVER_PARAMS as P } from './params';
import { ManagedServers } from './servers';
import { SingletonServices } from './services';
import { SessionTable } from './sessions';
import { Storage } from './storage';
import { TxTracker } from './transactions';
import { Traffic } from './traffic';
import { crossSiteCost } from './throughput';
import { RestartManager } from '../../primitives/restartManager';
import { refreshClaims, refreshViews } from './views';
import { Zdt } from './zdt';

const TICK_MS = 1000;
const MODELS = new WeakMap<World, WeblogicModel>();

/** The kit's model of a world, for tests and the kit's fault hook. */
export function weblogicModelOf(world: World): WeblogicModel | undefined {
  return MODELS.get(world);
}

/**
 * The WebLogic MAA stretch cluster (DOMAIN.md §2) assembled from its parts. Each part owns one mechanism;
 * this class wires their reactions: a server failure moves sessions, fences services and puts transactions in
 * doubt; a lease loss fences; a database role change reconnects pools.
 */
export class WeblogicModel {
  readonly ctx: WlContext;
  readonly storage: Storage;
  readonly db: DataGuard;
  readonly failover: FailoverControl;
  readonly admin: AdminServer;
  readonly servers: ManagedServers;
  readonly sessions: SessionTable;
  readonly leasing: Leasing;
  readonly services: SingletonServices;
  readonly coherence: Coherence;
  readonly tx: TxTracker;
  readonly zdt: Zdt;
  readonly traffic: Traffic;
  readonly nodeManagers: RestartManager[];
  /** The next tick: one function for the whole run rather than a new closure every simulated second. */
  private readonly nextTick = () => this.tick();

  constructor(world: World) {
    MODELS.set(world, this);
    this.ctx = new WlContext(world);
    this.storage = new Storage(this.ctx);
    this.db = new DataGuard(this.ctx);
    this.failover = new FailoverControl(this.ctx, this.db);
    this.admin = new AdminServer(this.ctx, this.storage);
    this.servers = new ManagedServers(this.ctx, {
      bootExtraMs: (s) => this.bootExtraMs(s),
      mayJoin: (s) => this.leasing.mayJoin(s),
      onFailed: (s, graceful) => this.serverFailed(s, graceful),
      onUnreachable: (observer, peer) => this.unreachable(observer, peer),
      onRunning: (s) => this.serverRunning(s),
      onHeal: () => this.leasing.healed(),
    });
    // Only a server of the same WebLogic cluster is ever believed alive: the others need not be asked.
    this.sessions = new SessionTable(
      this.ctx,
      this.servers.ids,
      (o, p) => this.servers.isUp(p) && this.servers.believesAlive(o, p) && this.ctx.reachable(o, p),
      (s) => this.servers.clusterOf(s),
    );
    this.leasing = new Leasing(this.ctx, this.admin.id, this.servers, this.db, {
      onLost: (s) => this.services.fence(s),
      onRegained: (s) => this.services.serverBack(s),
    });
    this.services = new SingletonServices(this.ctx, this.admin.id, this.servers, this.leasing, this.db, this.storage);
    // WL-10: a server that cannot get its lease at start (no path to the leasing database: sites without a link)
    // does not start its singleton services; they migrate once its lease has expired, as after a lease loss.
    for (const id of this.servers.ids) if (this.servers.isUp(id) && !this.leasing.held(id)) this.services.fence(id);
    this.coherence = new Coherence(this.ctx);
    this.tx = new TxTracker(this.ctx, this.servers, this.db);
    this.zdt = new Zdt(this.ctx, this.admin.id, this.servers);
    this.traffic = new Traffic(this.ctx, this.servers, this.tx, (s) => crossSiteCost(this, s), this);
    // Node Manager on each machine restarts a crashed server, at most RestartMax times an hour.
    this.nodeManagers = this.servers.ids.map(
      (id) =>
        new RestartManager(this.ctx.kernel, this.ctx.network, this.servers.procs.get(id)!, {
          maxRestarts: this.ctx.num(id, P.nmRestartsPerHour),
          intervalMs: 3_600_000,
          restartDelayMs: 0,
        }),
    );
    for (const id of this.servers.ids) this.sessions.open(id, this.ctx.num(id, P.sessions));
    this.registerGauges(world);
    // Claims are what the invariants check after every step: kept current. Views are drawn when a frame is taken.
    this.ctx.onChange(() => refreshClaims(this));
    world.addViewRenderer(() => refreshViews(this));
    this.ctx.kernel.after(TICK_MS, this.nextTick, null);
    this.scheduleArrivals();
    refreshClaims(this);
  }

  private registerGauges(world: World): void {
    const up = (s: string) => this.servers.isUp(s);
    world.gauge('sessionsLost', () => this.sessions.lost);
    world.gauge('sessionsAtRisk', () => this.sessions.atRisk(up));
    world.gauge('txFailed', () => this.tx.failed);
    world.gauge('txRecovered', () => this.services.txRecovered);
    world.gauge('txInDoubt', () => this.services.pendingTx());
    world.gauge('dataLostMs', () => this.db.dataLostMs);
    for (const id of this.servers.ids) world.gauge(`sessions:${id}`, () => this.sessions.ofPrimary(id));
  }

  /**
   * Changes whenever processes, the network, parameters, database roles or cross-site sessions change: what the
   * request paths are derived from (each part only grows, so an equal sum means nothing changed).
   */
  stateVersion(): number {
    return this.ctx.world.stateVersion + this.db.version + this.sessions.crossSiteVersion;
  }

  private tick(): void {
    this.failover.tick();
    this.coherence.tick();
    this.tx.tick();
    this.leasing.healed();
    refreshClaims(this);
    this.ctx.kernel.after(TICK_MS, this.nextTick, null);
  }

  /** New users log in on every running server; their secondary follows today's ranking (WL-2). */
  private scheduleArrivals(): void {
    for (const id of this.servers.ids) {
      const perMin = this.ctx.num(id, P.newSessionsPerMin);
      if (perMin <= 0) continue;
      const every = Math.max(1000, Math.round(60_000 / perMin));
      const arrive = () => {
        if (this.servers.isUp(id)) this.sessions.open(id, 1);
        this.ctx.kernel.after(every, arrive, null);
      };
      this.ctx.kernel.after(every, arrive, null);
    }
  }

  /** WL-7: configuration fetch from the Admin Server and first pool creation pay the round trips. */
  private bootExtraMs(server: string): number {
    const adminHost = this.admin.running ? (this.admin.place === 'home' ? this.admin.id : hostInSite(this.ctx, this.admin.site)) : undefined;
    const toAdmin = adminHost === undefined ? 0 : this.ctx.rtt(server, adminHost) * this.ctx.num(server, P.bootRoundTripsAdmin);
    const primary = this.db.primary;
    const toDb = primary === undefined ? 0 : this.ctx.rtt(server, primary) * this.ctx.num(server, P.bootRoundTripsDb);
    const jtaAway = this.services.services.some((s) => s.id === `jta:${server}` && s.migrated);
    return toAdmin + toDb + (jtaAway ? this.services.singletonMasterWaitMs() : 0);
  }

  private serverFailed(server: string, graceful: boolean): void {
    this.leasing.serverDown(server);
    this.sessions.serverFailed(server, (s) => this.servers.isUp(s));
    this.services.serverFailed(server, graceful);
    this.leasing.evaluateConsensus();
    this.zdt.serverFailed(server);
  }

  private unreachable(observer: string, peer: string): void {
    this.sessions.rereplicate(observer, peer);
    this.leasing.evaluateConsensus();
    this.zdt.serverFailed(peer);
  }

  private serverRunning(server: string): void {
    this.leasing.serverRunning(server);
    this.sessions.fillMissing();
    if (this.leasing.basis === 'consensus' || this.leasing.held(server)) this.services.serverBack(server);
  }
}
