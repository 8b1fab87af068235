import { latestCause } from '../../kernel/cause';
import type { WlContext } from './context';
import type { DataGuard } from './database';
import { PROC } from './kinds';
import { DB_PARAMS as D, SITE_GUARD_PARAMS as G } from './params';

/**
 * Who decides a database failover. A Data Guard observer does fast-start failover when it has lost the
 * primary for the threshold but still sees a standby; a primary that sees neither observer nor standby for
 * the threshold shuts itself down. Oracle Site Guard (WL-13) orchestrates a database failover only when the
 * primary's site is really down (its management view is out of band, so a mere partition does not trigger
 * it), and a switchover for planned maintenance; it never fails over the WebLogic tier of an active/active
 * topology.
 */
export class FailoverControl {
  readonly observers: string[];
  readonly siteGuards: string[];
  /** Observer → since when it has lost the primary, and its 'dg.primary.detected' event (the cause of its failover). */
  private lostSince = new Map<string, { sinceMs: number; detected: number }>();
  private isolatedSince: { sinceMs: number; cause: number | null } | undefined;
  private primaryDownSince: number | undefined;

  constructor(
    private readonly ctx: WlContext,
    private readonly db: DataGuard,
  ) {
    this.observers = ctx.nodesOfKind('dgObserver').map((n) => n.id);
    this.siteGuards = ctx.nodesOfKind('siteGuard').map((n) => n.id);
    for (const id of this.observers) ctx.world.addProcess(id, PROC.observer, { bootMs: 5000, drainMs: 1000 }).bootInstantly();
    for (const id of this.siteGuards) ctx.world.addProcess(id, PROC.siteGuard, { bootMs: 30_000, drainMs: 5000 }).bootInstantly();
  }

  private alive(id: string, proc: string): boolean {
    return this.ctx.network.isHostUp(id) && (this.ctx.world.process(id, proc)?.isRunning ?? false);
  }

  /** Called every second. */
  tick(): void {
    const primary = this.db.primary;
    if (primary === undefined || this.db.inTransition) return;
    const threshold = this.ctx.num(primary, D.fsfoThresholdMs);
    // The isolated primary stops first: at the same instant the observer may promote the standby.
    this.isolation(primary, threshold);
    this.observe(primary, threshold);
    this.siteGuard(primary);
  }

  private observe(primary: string, threshold: number): void {
    for (const obs of this.observers) {
      if (!this.alive(obs, PROC.observer)) continue;
      const seesPrimary = this.db.openPrimary() === primary && this.ctx.reachable(obs, primary);
      if (seesPrimary) {
        this.lostSince.delete(obs);
        continue;
      }
      let lost = this.lostSince.get(obs);
      if (lost === undefined) {
        const detected = this.ctx.emit({ type: 'dg.primary.detected', subject: primary, observer: obs, db: primary }, this.ctx.network.silenceCause(obs, primary) ?? this.db.blameFor(obs));
        this.lostSince.set(obs, (lost = { sinceMs: this.ctx.now, detected: detected.id }));
      }
      const standby = this.db.standbys.find((s) => this.ctx.reachable(obs, s) && this.db.procs.get(s)?.isRunning);
      if (standby !== undefined && this.ctx.now - lost.sinceMs >= threshold) {
        this.lostSince.clear();
        // The check runs on a timer: the failover is credited to the observer's detection, not to the tick.
        this.ctx.kernel.withCause(lost.detected, () => this.db.failover(standby, obs));
        return;
      }
    }
  }

  /** With fast-start failover enabled, a primary cut off from observer and standbys stops taking writes. */
  private isolation(primary: string, threshold: number): void {
    if (this.observers.length === 0 || this.db.openPrimary() !== primary) {
      this.isolatedSince = undefined;
      return;
    }
    const seesSomeone = [...this.observers, ...this.db.standbys].some((n) => this.ctx.reachable(primary, n));
    if (seesSomeone) {
      this.isolatedSince = undefined;
      return;
    }
    // Cut off by the last of what silenced its observers and standbys (a partition, a link, their failure).
    this.isolatedSince ??= { sinceMs: this.ctx.now, cause: latestCause(...[...this.observers, ...this.db.standbys].map((n) => this.ctx.network.silenceCause(primary, n) ?? this.ctx.world.processesOn(n)[0]?.lastChangeEvent ?? this.ctx.network.hostCause(n))) };
    const isolated = this.isolatedSince;
    if (this.ctx.now - isolated.sinceMs >= threshold) this.ctx.kernel.withCause(isolated.cause, () => this.db.shutDownIsolated(primary));
  }

  private siteGuard(primary: string): void {
    const down = !this.ctx.network.isHostUp(primary) || !(this.db.procs.get(primary)?.isRunning ?? false);
    if (!down) {
      this.primaryDownSince = undefined;
      return;
    }
    const guard = this.siteGuards.find((g) => this.alive(g, PROC.siteGuard));
    if (guard === undefined) return;
    this.primaryDownSince ??= this.ctx.now;
    if (this.ctx.now - this.primaryDownSince < this.ctx.num(guard, G.siteDownConfirmMs)) return;
    const standby = this.db.standbys.find((s) => this.ctx.reachable(guard, s) && this.db.procs.get(s)?.isRunning);
    if (standby === undefined) return;
    this.primaryDownSince = undefined;
    const event = this.ctx.emit({ type: 'sg.failover.decided', subject: guard, db: standby }, this.causeOf(primary));
    this.ctx.kernel.withCause(event.id, () => this.db.failover(standby, guard));
  }

  /** Planned maintenance: Site Guard orchestrates the switchover (or the broker does it alone). */
  switchover(): void {
    const guard = this.siteGuards.find((g) => this.alive(g, PROC.siteGuard));
    const target = this.db.standbys[0];
    if (guard !== undefined && target !== undefined) {
      const event = this.ctx.emit({ type: 'sg.switchover.decided', subject: guard, db: target });
      this.ctx.kernel.withCause(event.id, () => this.db.switchover(guard));
      return;
    }
    this.db.switchover('broker');
  }

  /** Why the primary is down: its own last change, else what keeps it from being used (never the tick's null). */
  private causeOf(db: string): number | null {
    return this.db.procs.get(db)?.lastChangeEvent ?? this.db.blameFor(db);
  }
}
