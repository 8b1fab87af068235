import { planMigration, SingletonService, type MigrationMode } from '../../primitives/migration';
import type { WlContext } from './context';
import type { DataGuard } from './database';
import type { Leasing } from './leasing';
import { ADMIN_PARAMS as A, SERVER_PARAMS as P } from './params';
import type { ManagedServers } from './servers';
import type { Storage } from './storage';

/**
 * The migratable singleton services of each managed server: its JMS server and its JTA transaction recovery
 * service (WL-5, WL-8, WL-9). When a server fails or loses its lease, its services stop; once its lease has
 * expired (fencing, ≈ 90 s with database leasing) they migrate to a server that holds a lease and can read
 * the persistent store: a database store is readable from everywhere, a file store only from the site whose
 * storage holds it. Server migration moves the whole server and needs its VIP to be valid on the target.
 * The JTA service recovers the failed server's in-doubt transactions where it lands.
 */
export class SingletonServices {
  readonly services: SingletonService[] = [];
  readonly storeType: 'database' | 'file';
  readonly mode: MigrationMode;
  private readonly inDoubt = new Map<string, number>();
  private readonly generation = new Map<string, number>();
  txRecovered = 0;

  constructor(
    private readonly ctx: WlContext,
    private readonly admin: string | undefined,
    private readonly servers: ManagedServers,
    private readonly leasing: Leasing,
    private readonly db: DataGuard,
    private readonly storage: Storage,
  ) {
    this.storeType = ctx.str(admin, 'storeType') === 'file' ? 'file' : 'database';
    this.mode = ctx.str(admin, 'migration') === 'server' ? 'server' : 'service';
    for (const id of servers.ids) {
      this.services.push(new SingletonService(`jms:${id}`, id), new SingletonService(`jta:${id}`, id));
    }
  }

  hostedOn(server: string): SingletonService[] {
    return this.services.filter((s) => s.host === server);
  }

  /** A booting server whose JTA service runs elsewhere waits for the singleton master (WL-14). */
  singletonMasterWaitMs(): number {
    return this.ctx.num(this.admin, A.singletonMasterRetryCount) * this.ctx.num(this.admin, A.singletonMasterRetryDelayMs);
  }

  pendingTx(): number {
    return [...this.inDoubt.values()].reduce((a, b) => a + b, 0);
  }

  /** The server failed: its services stop, its in-flight transactions are in doubt until recovered. */
  serverFailed(server: string, graceful = false): void {
    const count = graceful ? 0 : this.ctx.num(server, P.inFlightTx);
    if (count > 0 && !this.inDoubt.has(server)) {
      this.inDoubt.set(server, count);
      this.ctx.emit({ type: 'wl.txInDoubt', subject: server, server, count });
    }
    this.fence(server);
  }

  /** Fencing: the services hosted on `server` stop; the ones it homes migrate once its lease has expired. */
  fence(server: string): void {
    const hosted = this.hostedOn(server);
    for (const s of hosted) {
      s.deactivate();
      this.ctx.emit({ type: 'wl.serviceDeactivated', subject: server, service: s.id, server });
    }
    const gen = (this.generation.get(server) ?? 0) + 1;
    this.generation.set(server, gen);
    this.ctx.kernel.at(Math.max(this.ctx.now, this.leasing.expiresAtMs(server)), () => this.migrateAway(server, gen));
    // Services that had migrated onto this server move on (their home's lease expired long ago).
    for (const s of hosted) if (s.home !== server) this.ctx.kernel.after(0, () => this.migrateOne(s));
    this.ctx.changed();
  }

  private migrateAway(server: string, gen: number): void {
    if (this.generation.get(server) !== gen || this.leasing.held(server)) return;
    for (const s of this.services) if (s.home === server && s.host === undefined && s.pendingTarget === undefined) this.migrateOne(s);
  }

  /** Whether `server` can read the persistent store of `home` (JMS messages, TLog). */
  canReadStore(server: string, home: string): boolean {
    if (this.storeType === 'database') return this.db.reachableFrom(server);
    return this.storage.fileStoreReadable(home, server);
  }

  private migrateOne(s: SingletonService): void {
    if (s.host !== undefined || s.pendingTarget !== undefined || this.leasing.held(s.home)) return;
    // A service migrates within its server's WebLogic cluster.
    const candidates = this.servers
      .clusterOf(s.home)
      .filter((id) => id !== s.home)
      .map((id) => ({ id, site: this.ctx.site(id), eligible: this.servers.isUp(id) && this.leasing.held(id) && this.canReadStore(id, s.home) }));
    const plan = planMigration({
      mode: this.mode,
      homeSite: this.ctx.site(s.home),
      vipSites: [this.ctx.site(s.home)],
      hasVipScript: this.ctx.num(this.admin, A.vipScript) >= 1,
      candidates,
      timing: { serviceActivationMs: this.ctx.num(this.admin, A.serviceActivationMs), serverBootMs: this.ctx.num(s.home, P.bootMs), vipRemapMs: this.ctx.num(this.admin, A.vipRemapMs) },
    });
    if (!plan.ok) {
      this.ctx.emit({ type: plan.reason === 'vipInvalid' ? 'wl.serviceVipInvalid' : 'wl.serviceStranded', subject: s.home, service: s.id, server: s.home });
      return;
    }
    s.pendingTarget = plan.target;
    this.ctx.kernel.after(plan.delayMs, () => {
      if (s.pendingTarget !== plan.target) return;
      if (!this.servers.isUp(plan.target) || this.leasing.held(s.home)) {
        s.pendingTarget = undefined;
        return;
      }
      s.activateOn(plan.target);
      const type = this.mode === 'server' ? 'wl.server.migrated' : 'wl.service.migrated';
      const event = this.ctx.emit({ type, subject: s.home, service: s.id, from: s.home, to: plan.target, delayMs: plan.delayMs });
      if (s.id.startsWith('jta:')) this.ctx.kernel.withCause(event.id, () => this.recover(s.home, plan.target));
      this.ctx.changed();
    });
  }

  private recover(home: string, by: string): void {
    const count = this.inDoubt.get(home) ?? 0;
    if (count === 0) return;
    this.inDoubt.delete(home);
    this.txRecovered += count;
    this.ctx.emit({ type: 'wl.txRecovered', subject: home, server: home, by, count });
  }

  /** The home server holds its lease again: its services come back to it; its own TLog is recovered. */
  serverBack(server: string): void {
    this.generation.set(server, (this.generation.get(server) ?? 0) + 1);
    for (const s of this.services) {
      if (s.home !== server) continue;
      const from = s.host;
      s.pendingTarget = undefined;
      s.activateOn(server);
      if (from !== undefined && from !== server) this.ctx.emit({ type: 'wl.service.failback', subject: server, service: s.id, from, to: server });
    }
    this.recover(server, server);
    this.ctx.changed();
  }
}
