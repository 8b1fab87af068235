import type { OnTimeContext } from './context';
import type { MailDbService } from './maildb';
import { MAIL_SERVER_PARAMS as M, ONTIME_SERVER_PARAMS as P } from './params';
import { SyncTrafficMeter } from './traffic';

/** A Map that counts its changes: lets a reverse index know when it is stale, whoever changed the map. */
class CountingMap<K, V> extends Map<K, V> {
  changes = 0;

  override set(key: K, value: V): this {
    this.changes++;
    return super.set(key, value);
  }

  override delete(key: K): boolean {
    this.changes++;
    return super.delete(key);
  }

  override clear(): void {
    this.changes++;
    super.clear();
  }
}

/**
 * The Sync of each mail server: one loop per mail server, run by whichever OnTime server syncs it now (its
 * owner, or a stand-in after a takeover). A pass reads the mail DBs where MailDbService says (home or replica)
 * and lasts users × (round trips × RTT + service time): across a slow link that is what OT-9 warns about.
 */
export class SyncService {
  /** Mail server → the OnTime server syncing it now (OT-10: exactly one). */
  readonly syncer = new CountingMap<string, string>();
  /** OnTime server → the mail servers it syncs, in `syncer` order, as of `syncer.changes` = `indexedAt`. */
  private bySyncer = new Map<string, string[]>();
  private indexedAt = -1;
  readonly lastSyncMs = new Map<string, number>();
  readonly lastDurationMs = new Map<string, number>();
  /** Counts changes of a lag the sync edges show (what renderOnTime checks before redrawing). */
  lagChanges = 0;
  /** Mail servers whose shown lag changed since renderOnTime last looked (it empties the list). */
  readonly lagChangedMails: string[] = [];
  readonly traffic: SyncTrafficMeter;
  private readonly loops = new Map<string, number>();

  constructor(
    private readonly ctx: OnTimeContext,
    private readonly mailDb: MailDbService,
  ) {
    this.traffic = new SyncTrafficMeter(ctx);
    for (const [mail, owner] of ctx.topo.owner) {
      this.syncer.set(mail, owner);
      ctx.world.claims.set(`sync:${mail}`, [owner]);
      this.lastSyncMs.set(mail, 0);
      this.lastDurationMs.set(mail, 0);
      ctx.world.gauge(`syncLag:${mail}`, () => (ctx.now - (this.lastSyncMs.get(mail) ?? 0)) / 1000);
      ctx.world.gauge(`syncDurationMs:${mail}`, () => this.lastDurationMs.get(mail) ?? 0);
    }
    for (const mail of this.syncer.keys()) this.kick(mail);
  }

  owner(mail: string): string | undefined {
    return this.ctx.topo.owner.get(mail);
  }

  /** Mail servers synced right now by `server`. */
  syncedBy(server: string): string[] {
    if (this.indexedAt !== this.syncer.changes) {
      this.bySyncer = new Map();
      for (const [mail, s] of this.syncer) this.bySyncer.set(s, [...(this.bySyncer.get(s) ?? []), mail]);
      this.indexedAt = this.syncer.changes;
    }
    return [...(this.bySyncer.get(server) ?? [])];
  }

  /** Hands the Sync of `mail` to `server` and starts its loop there. */
  assign(mail: string, server: string): void {
    this.syncer.set(mail, server);
    // The exclusive role moves in one step: what the engine's single-syncer invariant checks (OT-10).
    this.ctx.world.claims.set(`sync:${mail}`, [server]);
    this.kick(mail);
  }

  /** (Re)starts the Sync loop of `mail`: a new generation retires any pass still in flight. */
  kick(mail: string): void {
    const gen = (this.loops.get(mail) ?? 0) + 1;
    this.loops.set(mail, gen);
    this.ctx.kernel.after(0, () => this.pass(mail, gen), null);
  }

  private pass(mail: string, gen: number): void {
    const server = this.syncer.get(mail);
    if (this.loops.get(mail) !== gen || server === undefined) return;
    if (!this.ctx.taskActive(server)) {
      // Nobody can sync it now; look again next interval (a takeover or restart also kicks the loop at once).
      this.ctx.kernel.after(this.ctx.num(server, P.syncIntervalMs), () => this.pass(mail, gen), null);
      return;
    }
    const startMs = this.ctx.now;
    const still = () => this.loops.get(mail) === gen && this.syncer.get(mail) === server && this.ctx.taskActive(server);
    this.mailDb.access(server, mail, still, (target) => {
      if (!still()) return;
      if (target === null) {
        this.ctx.kernel.after(this.ctx.num(mail, M.mailDbRetryDelayMs), () => this.pass(mail, gen), null);
        return;
      }
      const durationMs = this.passDurationMs(server, mail, target);
      this.ctx.kernel.after(durationMs, () => this.finish(mail, gen, server, target, startMs, durationMs), null);
    });
  }

  private finish(mail: string, gen: number, server: string, target: string, startMs: number, durationMs: number): void {
    if (this.loops.get(mail) !== gen || this.syncer.get(mail) !== server || !this.ctx.taskActive(server)) return;
    // The target died during the pass: nothing was synced; the next pass goes through the retries.
    if (!this.ctx.reachable(server, target)) return this.pass(mail, gen);
    this.lastSyncMs.set(mail, startMs);
    const shownLag = this.lagMs(mail);
    this.lastDurationMs.set(mail, durationMs);
    // The sync edge shows the lag: re-render only when what it shows changes, not after every pass.
    if (this.lagMs(mail) !== shownLag) {
      this.lagChanges++;
      this.lagChangedMails.push(mail);
      this.ctx.changed(null);
    }
    this.traffic.record(server, target, this.ctx.num(mail, M.users) * this.ctx.num(server, P.syncKBPerUser));
    const intervalMs = this.ctx.num(server, P.syncIntervalMs);
    this.ctx.kernel.after(Math.max(0, intervalMs - durationMs), () => this.pass(mail, gen), null);
  }

  /**
   * How stale a synced calendar is when its pass ends (the pass reads at its start), to 0.1 s: what the sync
   * edge shows. It grows with the RTT to the mail DB (OT-9).
   */
  lagMs(mail: string): number {
    return Math.round((this.lastDurationMs.get(mail) ?? 0) / 100) * 100;
  }

  /** OT-9: every user's calendar costs a few synchronous round trips to the mail DB, plus its own work. */
  passDurationMs(server: string, mail: string, target: string): number {
    const users = this.ctx.num(mail, M.users);
    const perUser = this.ctx.num(server, P.syncRoundTripsPerUser) * this.ctx.rttMs(server, target) + this.ctx.num(server, P.syncServiceMsPerUser);
    return Math.max(1, Math.round(users * perUser));
  }
}
