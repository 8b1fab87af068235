import { consensusLeader, consensusQuorum, DatabaseLease } from '../../primitives/lease';
import { latestCause } from '../../kernel/cause';
import type { WlContext } from './context';
import type { DataGuard } from './database';
import { ADMIN_PARAMS as A } from './params';
import type { ManagedServers } from './servers';

export interface LeasingHooks {
  /** The server lost its lease: it must fence its singleton services (cause: the wl.leaseLost event). */
  onLost(server: string): void;
  onRegained(server: string): void;
}

/**
 * Leasing of the cluster's singleton services (WL-10, WL-14). Database leasing: each server renews its row
 * in the leasing table of the (highly available) database, with DatabaseLeasingBasisConnectionRetryCount
 * attempts RetryDelay apart; without TestConnectionOnReserve the first attempt after a database role change
 * gets a dead pooled connection. Consensus leasing: a server keeps its lease only in a group with quorum; the
 * other side of a partition fences itself by shutting down, and cannot reboot into the split cluster.
 */
export class Leasing {
  readonly basis: 'database' | 'consensus';
  private readonly leases = new Map<string, DatabaseLease>();
  private readonly poolEpoch = new Map<string, number>();
  /** Consensus: when a server lost its lease (others may take its services after the fencing grace). */
  private readonly lostAt = new Map<string, number>();
  private readonly consensusHeld = new Map<string, boolean>();
  /** Consensus: servers that fenced themselves during a partition; they need a domain restart. */
  readonly fencedByPartition = new Set<string>();
  /** Consensus: the 'wl.selfFenced' event of each fenced server (a cause of the domain restart being required). */
  private readonly fencedEvent = new Map<string, number>();
  private domainRestartReported = false;

  constructor(
    private readonly ctx: WlContext,
    private readonly admin: string | undefined,
    private readonly servers: ManagedServers,
    private readonly db: DataGuard,
    private readonly hooks: LeasingHooks,
  ) {
    this.basis = ctx.str(admin, 'leasing') === 'consensus' ? 'consensus' : 'database';
    for (const id of servers.ids) {
      this.consensusHeld.set(id, true);
      if (this.basis === 'database') this.createDbLease(id);
    }
  }

  get expiryMs(): number {
    return this.ctx.num(this.admin, A.leaseRenewIntervalMs) * this.ctx.num(this.admin, A.leasePeriodsUntilFencing) + this.ctx.num(this.admin, A.fencingGraceMs);
  }

  private createDbLease(id: string): void {
    const lease = new DatabaseLease(
      this.ctx.kernel,
      id,
      {
        renewIntervalMs: this.ctx.num(this.admin, A.leaseRenewIntervalMs),
        retryCount: this.ctx.num(this.admin, A.leaseRetryCount),
        retryDelayMs: this.ctx.num(this.admin, A.leaseRetryDelayMs),
        expiryMs: this.expiryMs,
      },
      () => this.tryConnect(id),
      {
        // The renewal timer has no cause of its own: blame what keeps the server from the database.
        onLost: () => this.ctx.kernel.withCause(this.servers.isUp(id) ? this.db.blameFor(id) : (this.servers.procs.get(id)?.lastChangeEvent ?? null), () => this.lost(id, 'dbUnreachable')),
        onRegained: () => this.ctx.kernel.withCause(this.db.creditFor(id), () => this.regained(id)),
      },
    );
    this.poolEpoch.set(id, this.db.epoch);
    lease.start();
    this.leases.set(id, lease);
  }

  /** One attempt to get a working leasing connection from `server`'s data source. */
  private tryConnect(server: string): boolean {
    if (!this.servers.isUp(server) || !this.db.reachableFrom(server)) return false;
    if (this.poolEpoch.get(server) === this.db.epoch) return true;
    // The pool's connections point at the old primary. Testing them on reserve replaces them at once;
    // otherwise this attempt gets a dead connection (and the pool drops it, so the next attempt works).
    this.poolEpoch.set(server, this.db.epoch);
    return this.ctx.num(this.admin, A.testConnectionOnReserve) >= 1;
  }

  held(server: string): boolean {
    if (!this.servers.isUp(server)) return false;
    if (this.basis === 'database') return this.leases.get(server)?.held ?? false;
    return this.consensusHeld.get(server) ?? false;
  }

  /** When the others may take over the singleton services of `server` (fencing). */
  expiresAtMs(server: string): number {
    if (this.basis === 'database') return this.leases.get(server)?.expiresAtMs ?? this.ctx.now;
    return (this.lostAt.get(server) ?? this.ctx.now) + this.ctx.num(this.admin, A.fencingGraceMs);
  }

  serverRunning(server: string): void {
    this.consensusHeld.set(server, true);
    this.lostAt.delete(server);
    if (this.basis === 'database') {
      this.poolEpoch.set(server, this.db.epoch);
      this.leases.get(server)?.start();
    }
  }

  serverDown(server: string): void {
    this.leases.get(server)?.stop();
    if (!this.lostAt.has(server)) this.lostAt.set(server, this.ctx.now);
  }

  /** Consensus leasing: re-evaluated whenever a membership view changes. */
  evaluateConsensus(): void {
    if (this.basis !== 'consensus') return;
    // Each WebLogic cluster holds its own vote.
    const leaders = new Map<readonly string[], string | undefined>();
    for (const id of this.servers.ids) {
      const all = this.servers.clusterOf(id);
      if (!leaders.has(all)) leaders.set(all, consensusLeader(all.filter((s) => this.servers.isUp(s)), all));
      if (!this.servers.isUp(id) || !this.consensusHeld.get(id)) continue;
      if (!consensusQuorum(this.servers.visibleFrom(id), all, leaders.get(all))) this.lost(id, 'noQuorum');
    }
  }

  /** Consensus leasing: a server may (re)join only with quorum and if it did not fence itself in a partition. */
  mayJoin(server: string): boolean {
    return this.basis !== 'consensus' || !this.fencedByPartition.has(server);
  }

  /**
   * Called every second: once the partition has healed (a fenced server's host is reachable from a running
   * member again), the consensus-fenced servers are stuck until the whole domain restarts (WL-10).
   */
  healed(): void {
    if (this.basis !== 'consensus' || this.fencedByPartition.size === 0 || this.domainRestartReported) return;
    const running = this.servers.ids.filter((s) => this.servers.isUp(s));
    const reachable = [...this.fencedByPartition].every((f) => running.some((r) => this.ctx.reachable(r, f)));
    if (!reachable) return;
    this.domainRestartReported = true;
    this.ctx.emit({ type: 'wl.domainRestartRequired', subject: this.admin ?? 'domain', count: this.fencedByPartition.size }, this.whyRestartRequired(running));
  }

  /**
   * What made the fenced servers reachable again, the last of: a server fencing itself, the way to it
   * reopening (a heal, a link back), a member that reaches it starting. Each fenced server counts from the
   * first member that reached it; the condition holds once the last of them is reached. A fenced server never
   * partitioned (its peers were down, not cut off) is reached as soon as a peer runs again.
   */
  private whyRestartRequired(running: readonly string[]): number | null {
    let cause: number | null = null;
    for (const fenced of this.fencedByPartition) {
      let first: number | null = null;
      for (const r of running) {
        if (!this.ctx.reachable(r, fenced)) continue;
        const reached = latestCause(this.ctx.network.reopenedCause(r, fenced), this.servers.procs.get(r)?.lastChangeEvent, this.fencedEvent.get(fenced));
        if (reached !== null && (first === null || reached < first)) first = reached;
      }
      cause = latestCause(cause, first);
    }
    return cause;
  }

  private lost(server: string, reason: 'dbUnreachable' | 'noQuorum'): void {
    this.consensusHeld.set(server, false);
    this.lostAt.set(server, this.ctx.now);
    const event = this.ctx.emit({ type: 'wl.leaseLost', subject: server, server, reason });
    this.ctx.kernel.withCause(event.id, () => {
      this.hooks.onLost(server);
      if (reason === 'noQuorum') {
        this.fencedByPartition.add(server);
        this.fencedEvent.set(server, this.ctx.emit({ type: 'wl.selfFenced', subject: server, server }).id);
        // The JVM exits: Node Manager sees a failed server and tries to restart it (WL-10: in vain).
        this.servers.procs.get(server)?.crash();
      }
    });
    this.ctx.changed();
  }

  private regained(server: string): void {
    const event = this.ctx.emit({ type: 'wl.leaseRegained', subject: server, server });
    this.ctx.kernel.withCause(event.id, () => this.hooks.onRegained(server));
    this.ctx.changed();
  }
}
