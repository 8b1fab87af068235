import type { SimProcess } from '../../primitives/process';
import { ReplicationStream } from '../../primitives/replication';
import { latestCause } from '../../kernel/cause';
import type { WlContext } from './context';
import { PROC } from './kinds';
import { DB_PARAMS as P } from './params';

/**
 * `reinstateRequired`: an old primary that a failover left behind (WL-13, S5). It diverged from the new primary,
 * so it takes no redo and cannot take over until an operator reinstates it (flashback, convert to standby).
 */
export type DbRole = 'primary' | 'standby' | 'reinstateRequired';

/**
 * The Oracle database tier: one primary and Data Guard standbys. Redo flows from the primary (SYNC in
 * MaxProtection/MaxAvailability, ASYNC in MaxPerformance). A failover (fast-start by an observer, or
 * orchestrated by Site Guard) or a planned switchover makes a standby the primary after the role transition.
 * `epoch` counts role changes: a connection pool opened before the last change holds dead connections.
 */
export class DataGuard {
  readonly ids: string[];
  readonly procs = new Map<string, SimProcess>();
  private readonly roles = new Map<string, DbRole>();
  /** The primary as last looked up; null when a role changed since. */
  private primaryNow: string | undefined | null = null;
  private readonly streams = new Map<string, ReplicationStream>();
  /** The database in a role transition (no primary is open meanwhile) and until when. */
  private transition: { to: string; untilMs: number } | undefined;
  /** Until this time application data sources see errors (a planned switchover, Oracle measured ≈ 75 s). */
  appErrorsUntilMs = -1;
  epoch = 0;
  /** The last role-change event (a failover or switchover started, a new primary): why pools were disturbed. */
  private roleEvent: number | null = null;
  /** Total ms of committed data lost in failovers (the RPO actually paid). */
  dataLostMs = 0;
  /** Old primaries being reinstated now (an operator started it). */
  private readonly reinstating = new Set<string>();
  /** Counts changes of roles, the role transition, the last role event and the error window (see `version`). */
  private changes = 0;

  constructor(private readonly ctx: WlContext) {
    const dbs = ctx.nodesOfKind('oracleDb');
    this.ids = dbs.map((n) => n.id);
    for (const db of dbs) {
      const proc = ctx.world.addProcess(db.id, PROC.db, { bootMs: 60_000, drainMs: 10_000 });
      proc.bootInstantly();
      proc.onChange((_p, _from, to) => {
        if (to === 'crashed' || to === 'stopped') this.streamsFrom(db.id).forEach((s) => s.sourceStopped());
        ctx.changed();
      });
      this.procs.set(db.id, proc);
      this.setRole(db.id, ctx.str(db.id, 'role') === 'standby' ? 'standby' : 'primary');
    }
    // Only one primary: a design with two keeps the first (a design check reports it).
    const primaries = this.ids.filter((id) => this.roles.get(id) === 'primary');
    primaries.slice(1).forEach((id) => this.setRole(id, 'standby'));
    for (const rel of ctx.relations('dataGuard')) {
      this.streamBetween(rel.from, rel.to);
      this.streamBetween(rel.to, rel.from);
    }
  }

  /**
   * Changes whenever a role, the role transition, the last role-change event or the application-error window
   * changes: with the processes and the network, all that who may use the primary (and why not) depends on. The
   * window's end passes without a change: compare `now` with `appErrorsUntilMs` too.
   */
  get version(): number {
    return this.changes;
  }

  role(db: string): DbRole | undefined {
    return this.roles.get(db);
  }

  /** The primary database, whether or not it is open. */
  get primary(): string | undefined {
    // Asked by every server every second: remembered until a role changes.
    if (this.primaryNow === null) this.primaryNow = this.ids.find((id) => this.roles.get(id) === 'primary');
    return this.primaryNow;
  }

  private setRole(db: string, role: DbRole): void {
    this.roles.set(db, role);
    this.primaryNow = null;
    this.changes++;
  }

  get standbys(): string[] {
    return this.ids.filter((id) => this.roles.get(id) === 'standby');
  }

  get inTransition(): boolean {
    return this.transition !== undefined;
  }

  /** The primary when it is open for work: running and not in a role transition. */
  openPrimary(): string | undefined {
    const p = this.primary;
    if (p === undefined || this.transition || !this.procs.get(p)?.isRunning) return undefined;
    return p;
  }

  /** Whether `host` can open a connection to the primary now. */
  reachableFrom(host: string): boolean {
    const p = this.openPrimary();
    return p !== undefined && this.ctx.reachable(host, p);
  }

  /**
   * Why `host` cannot use the primary now: a role change under way, the primary's process, or the cut path
   * to it. Used as the cause of lost leases and failing transactions.
   */
  blameFor(host: string): number | null {
    const p = this.primary;
    if (p === undefined) return this.roleEvent ?? this.ctx.designCause;
    if (this.transition || this.ctx.now < this.appErrorsUntilMs) return latestCause(this.roleEvent, this.procs.get(p)?.lastChangeEvent);
    const proc = this.procs.get(p);
    if (!proc?.isRunning) return latestCause(proc?.lastChangeEvent, this.roleEvent);
    return this.ctx.network.silenceCause(host, p) ?? latestCause(proc.lastChangeEvent, this.roleEvent);
  }

  /** What let `host` use the primary again: the latest of the path reopening, the primary starting, a role change. */
  creditFor(host: string): number | null {
    const p = this.primary;
    return latestCause(this.roleEvent, p === undefined ? null : this.ctx.network.reopenedCause(host, p), p === undefined ? null : this.procs.get(p)?.lastChangeEvent);
  }

  /** The redo stream from the current primary to a standby, if the design draws one. */
  redoTo(standby: string): ReplicationStream | undefined {
    const p = this.primary;
    return p === undefined ? undefined : this.streams.get(`${p}>${standby}`);
  }

  /**
   * The standbys each commit on the primary waits for now (WL-15): SYNC redo transport (MaxProtection,
   * MaxAvailability) acknowledges every commit, so while a standby in another site is in step each transaction pays
   * one round trip to it, in whichever site its server runs. One that fell behind (unreachable, stopped) is no
   * longer waited for: MaxAvailability commits on and resynchronises later.
   */
  syncCommitPeers(): string[] {
    const p = this.primary;
    if (p === undefined) return [];
    return this.standbys.filter((id) => {
      const stream = this.streams.get(`${p}>${id}`);
      return stream?.config.mode === 'sync' && this.ctx.reachable(p, id) && (this.procs.get(id)?.isRunning ?? false) && this.ctx.site(id) !== this.ctx.site(p);
    });
  }

  /** Starts a failover to `standby` (cause: whatever decided it); after the role transition it is primary. */
  failover(standby: string, by: string): void {
    if (this.transition || this.roles.get(standby) !== 'standby') return;
    const old = this.primary;
    const lost = old === undefined ? 0 : (this.streams.get(`${old}>${standby}`)?.lostIfSourceDiesMs() ?? 0);
    const started = this.ctx.emit({ type: 'dg.failoverStarted', subject: standby, db: standby, by });
    this.roleEvent = started.id;
    this.changes++;
    this.ctx.kernel.withCause(started.id, () => {
      if (lost > 0) {
        this.dataLostMs += lost;
        this.ctx.emit({ type: 'data.lost', subject: standby, what: 'redo', lostMs: lost });
      }
      this.beginTransition(standby, old, false);
    });
  }

  /** A planned switchover: the primary hands over cleanly (nothing lost), applications see errors meanwhile. */
  switchover(by: string): void {
    const old = this.primary;
    const target = this.standbys.find((id) => this.procs.get(id)?.isRunning);
    if (this.transition || old === undefined || target === undefined) return;
    const started = this.ctx.emit({ type: 'dg.switchoverStarted', subject: target, db: target, by });
    this.roleEvent = started.id;
    this.appErrorsUntilMs = this.ctx.now + this.ctx.num(old, P.switchoverErrorMs);
    this.changes++;
    this.ctx.kernel.withCause(started.id, () => this.beginTransition(target, old, true));
  }

  /** An isolated primary (no observer, no standby) shuts itself down so that a failover cannot split the brain. */
  shutDownIsolated(db: string): void {
    const proc = this.procs.get(db);
    if (!proc?.isRunning) return;
    const event = this.ctx.emit({ type: 'dg.primaryShutdown', subject: db, db });
    this.ctx.kernel.withCause(event.id, () => proc.stop());
  }

  /**
   * The operator reinstates an old primary left behind by a failover (WL-13): it must be running (mounted);
   * after the reinstatement time it is a standby again and takes redo from the new primary. Refused (an
   * event says why) when it is not waiting for reinstatement or not running.
   */
  reinstate(db: string): void {
    const proc = this.procs.get(db);
    if (this.roles.get(db) !== 'reinstateRequired' || !proc?.isRunning || this.reinstating.has(db)) {
      this.ctx.emit({ type: 'dg.reinstateRefused', subject: db, db, role: this.roles.get(db) ?? 'standby', running: proc?.isRunning ?? false });
      return;
    }
    this.reinstating.add(db);
    this.ctx.kernel.after(this.ctx.num(db, P.reinstateMs), () => {
      this.reinstating.delete(db);
      if (this.roles.get(db) !== 'reinstateRequired') return;
      if (!this.procs.get(db)?.isRunning) {
        this.ctx.emit({ type: 'dg.reinstateRefused', subject: db, db, role: 'reinstateRequired', running: false });
        return;
      }
      this.setRole(db, 'standby');
      this.ctx.emit({ type: 'dg.reinstated', subject: db, db, primary: this.primary ?? '' });
      this.ctx.changed();
    });
  }

  /** Whether `db` waits for an operator to reinstate it (and is not being reinstated yet). */
  needsReinstate(db: string): boolean {
    return this.roles.get(db) === 'reinstateRequired' && !this.reinstating.has(db);
  }

  /**
   * After the role transition `to` is primary. The old primary becomes a standby after a planned switchover
   * (a clean handover); after a failover it diverged and waits for an operator to reinstate it.
   */
  private beginTransition(to: string, old: string | undefined, planned: boolean): void {
    const untilMs = this.ctx.now + this.ctx.num(to, P.roleTransitionMs);
    this.transition = { to, untilMs };
    this.changes++;
    this.ctx.changed();
    this.ctx.kernel.at(untilMs, () => {
      if (old !== undefined) this.setRole(old, planned ? 'standby' : 'reinstateRequired');
      this.setRole(to, 'primary');
      this.transition = undefined;
      this.epoch++;
      const changed = this.ctx.emit({ type: 'dg.primary.takeover', subject: to, db: to });
      this.roleEvent = changed.id;
      this.changes++;
      this.ctx.kernel.withCause(changed.id, () => {
        if (old !== undefined && planned) this.ctx.emit({ type: 'dg.becameStandby', subject: old, db: old });
        if (old !== undefined && !planned) this.ctx.emit({ type: 'dg.reinstateRequired', subject: old, db: old, primary: to });
        this.ctx.kernel.after(this.ctx.num(to, P.clientReconnectMs), () => this.ctx.emit({ type: 'dg.poolsReconnected', subject: to, db: to }));
      });
      this.ctx.changed();
    });
  }

  private streamsFrom(db: string): ReplicationStream[] {
    return [...this.streams].filter(([key]) => key.startsWith(`${db}>`)).map(([, s]) => s);
  }

  private streamBetween(from: string, to: string): void {
    const sync = this.ctx.str(from, 'protectionMode') !== 'maxPerformance';
    const stream = new ReplicationStream(
      this.ctx.kernel,
      this.ctx.network,
      { from, to, mode: sync ? 'sync' : 'async', shipIntervalMs: this.ctx.num(from, P.redoShipIntervalMs) },
      () => this.roles.get(from) === 'primary' && (this.procs.get(from)?.isRunning ?? false),
      () => this.roles.get(to) === 'standby' && (this.procs.get(to)?.isRunning ?? false),
    );
    stream.start();
    this.streams.set(`${from}>${to}`, stream);
  }
}
