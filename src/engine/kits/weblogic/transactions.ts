import type { WlContext } from './context';
import type { DataGuard } from './database';
import { SERVER_PARAMS as P } from './params';
import type { ManagedServers } from './servers';

/**
 * Transactions that fail because a running server cannot use the database (Table 6-2, network partition: the
 * site remote from the database gets connection exceptions; a switchover: errors until pools reconnect).
 * Counted per second of trouble; when communication resumes, the pending ones commit or roll back.
 */
export class TxTracker {
  failed = 0;
  private readonly failingSince = new Map<string, number>();
  private readonly failedDuring = new Map<string, number>();

  constructor(
    private readonly ctx: WlContext,
    private readonly servers: ManagedServers,
    private readonly db: DataGuard,
  ) {}

  canUseDb(server: string): boolean {
    return this.db.reachableFrom(server) && !this.inErrorWindow;
  }

  /** Whether application data sources see errors now (a planned switchover): it ends with time, not with a change. */
  get inErrorWindow(): boolean {
    return this.ctx.now < this.db.appErrorsUntilMs;
  }

  /** The database host the servers use now (for the cause of their failures). */
  dbHost(): string | undefined {
    return this.db.primary;
  }

  /** Why `server` cannot use the database now (see DataGuard.blameFor). */
  blameFor(server: string): number | null {
    return this.db.blameFor(server);
  }

  /** What let `server` use the database (see DataGuard.creditFor). */
  creditFor(server: string): number | null {
    return this.db.creditFor(server);
  }

  isFailing(server: string): boolean {
    return this.failingSince.has(server);
  }

  tick(): void {
    for (const id of this.servers.ids) {
      const up = this.servers.isUp(id);
      if (up && !this.canUseDb(id)) {
        const perSec = this.ctx.num(id, P.txPerSec);
        this.failed += perSec;
        this.failedDuring.set(id, (this.failedDuring.get(id) ?? 0) + perSec);
        if (!this.failingSince.has(id)) {
          this.failingSince.set(id, this.ctx.now);
          this.ctx.emit({ type: 'wl.txFailing', subject: id, server: id, db: this.db.primary ?? '' }, this.db.blameFor(id));
        }
      } else if (this.failingSince.has(id)) {
        this.failingSince.delete(id);
        const failed = this.failedDuring.get(id) ?? 0;
        this.failedDuring.delete(id);
        if (up) this.ctx.emit({ type: 'wl.txResumed', subject: id, server: id, failed }, this.db.creditFor(id));
      }
    }
  }
}
