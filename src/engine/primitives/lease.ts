import type { Kernel } from '../kernel/kernel';

/**
 * Leasing, as WebLogic uses it for singleton (migratable) services: a holder may run its singleton services
 * only while it holds a valid lease; another server may take them over only once that lease has expired
 * (fencing). Two bases exist: a lease table in a database, or consensus among the cluster members.
 */

export interface DatabaseLeaseTiming {
  /** How often the holder renews its row in the lease table (WebLogic: every health-check period, 10 s). */
  renewIntervalMs: number;
  /** Attempts to get a working connection per renewal (DatabaseLeasingBasisConnectionRetryCount). */
  retryCount: number;
  /** Wait between two attempts (DatabaseLeasingBasisConnectionRetryDelay). */
  retryDelayMs: number;
  /** Others treat the lease as expired this long after its last renewal (periods until fencing + grace). */
  expiryMs: number;
}

export interface LeaseHandlers {
  /** The holder failed a whole renewal (every attempt): it must fence itself. */
  onLost?(reason: string): void;
  /** The holder renewed again after having lost its lease. */
  onRegained?(): void;
}

/**
 * One server's lease in a database lease table. Every `renewIntervalMs` the holder tries to reach the
 * database up to `retryCount` times, `retryDelayMs` apart; a renewal succeeds at the first attempt for which
 * `tryConnect()` is true. When all attempts fail, the holder has lost its lease (it fences itself); the row
 * keeps its last renewal time, so the others see it expire `expiryMs` later.
 */
export class DatabaseLease {
  private lastRenewedMs: number;
  private heldNow = true;
  private generation = 0;
  private running = false;

  constructor(
    private readonly kernel: Kernel,
    readonly holder: string,
    private readonly timing: DatabaseLeaseTiming,
    /** Whether an attempt made now gets a working connection to the database holding the lease table. */
    private readonly tryConnect: () => boolean,
    private readonly handlers: LeaseHandlers = {},
  ) {
    this.lastRenewedMs = kernel.now;
  }

  get held(): boolean {
    return this.running && this.heldNow;
  }

  get renewedAtMs(): number {
    return this.lastRenewedMs;
  }

  /** When the others may fence the holder and take over its services. */
  get expiresAtMs(): number {
    return this.lastRenewedMs + this.timing.expiryMs;
  }

  isExpired(nowMs: number): boolean {
    return nowMs >= this.expiresAtMs;
  }

  /** The holder (re)starts: it must acquire the lease with a first renewal before it holds it. */
  start(acquireNow = true): void {
    this.running = true;
    const gen = ++this.generation;
    if (acquireNow && this.tryConnect()) {
      this.lastRenewedMs = this.kernel.now;
      this.heldNow = true;
    } else {
      this.heldNow = false;
      this.renew(gen, 1);
      return;
    }
    this.kernel.after(this.timing.renewIntervalMs, () => this.renew(gen, 1), null);
  }

  /** The holder stops (crash or shutdown): it renews no more, and the lease runs out on its own. */
  stop(): void {
    this.running = false;
    this.generation++;
  }

  private renew(gen: number, attempt: number): void {
    if (gen !== this.generation) return;
    if (this.tryConnect()) {
      this.lastRenewedMs = this.kernel.now;
      if (!this.heldNow) {
        this.heldNow = true;
        this.handlers.onRegained?.();
      }
      this.kernel.after(this.timing.renewIntervalMs, () => this.renew(gen, 1), null);
      return;
    }
    if (attempt < this.timing.retryCount) {
      this.kernel.after(this.timing.retryDelayMs, () => this.renew(gen, attempt + 1), null);
      return;
    }
    if (this.heldNow) {
      this.heldNow = false;
      this.handlers.onLost?.(`database unreachable after ${this.timing.retryCount} attempt(s)`);
    }
    this.kernel.after(this.timing.renewIntervalMs, () => this.renew(gen, 1), null);
  }
}

/**
 * Consensus (non-database) leasing: the lease table lives in the memory of the cluster leader, and a member
 * holds its lease only while it is in a group that has a quorum. A group has quorum with a strict majority of
 * the members, or with exactly half of them when it includes the leader (the tie-break WebLogic's leader
 * gives). Under a partition the other half loses its leases.
 */
export function consensusQuorum(group: readonly string[], members: readonly string[], leader: string | undefined): boolean {
  const size = group.length * 2;
  if (size > members.length) return true;
  return size === members.length && leader !== undefined && group.includes(leader);
}

/** The consensus leader: the first member (in configuration order) of those alive, as the oldest member wins. */
export function consensusLeader(alive: readonly string[], members: readonly string[]): string | undefined {
  return members.find((m) => alive.includes(m));
}

/**
 * Fencing: a singleton service of a holder may be started elsewhere only after the holder's lease expired,
 * measured from when its last renewal happened. Returns the time it may be started.
 */
export function fencedAtMs(lastRenewedMs: number, expiryMs: number): number {
  return lastRenewedMs + expiryMs;
}
