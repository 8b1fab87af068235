import { Membership } from '../../primitives/membership';
import type { SimProcess } from '../../primitives/process';
import { ReplicationStream } from '../../primitives/replication';
import type { WlContext } from './context';
import { PROC } from './kinds';
import { COHERENCE_PARAMS as P } from './params';

interface Federation {
  id: string;
  from: string;
  to: string;
  stream: ReplicationStream;
  pausedAt: number | undefined;
}

/**
 * Coherence (WL-12). Recommended: one cluster per site, joined by federated caching (asynchronous): when the
 * link breaks each site keeps serving its own copy and the two converge once it is back. Discouraged: one
 * cluster stretched over both sites: a partition leaves two halves that each believe the other dead and take
 * writes on their own (split brain); when they merge, one half's writes are discarded.
 */
export class Coherence {
  readonly ids: string[];
  readonly procs = new Map<string, SimProcess>();
  readonly federations: Federation[] = [];
  private readonly split = new Map<string, number>();
  readonly stretched: string[] = [];

  constructor(private readonly ctx: WlContext) {
    this.ids = ctx.nodesOfKind('coherence').map((n) => n.id);
    for (const id of this.ids) {
      const proc = ctx.world.addProcess(id, PROC.coherence, { bootMs: 20_000, drainMs: 2000 });
      proc.bootInstantly();
      proc.onChange(() => ctx.changed());
      this.procs.set(id, proc);
    }
    for (const cluster of ctx.world.design.clusters.filter((c) => c.kind === 'coherence')) this.watchCluster(cluster.id, cluster.members);
    for (const rel of ctx.relations('federates')) {
      this.federate(`${rel.id}`, rel.from, rel.to);
      this.federate(`${rel.id}:back`, rel.to, rel.from);
    }
  }

  isUp(id: string): boolean {
    return (this.procs.get(id)?.isRunning ?? false) && this.ctx.network.isHostUp(id);
  }

  isSplit(cluster: string): boolean {
    return this.split.has(cluster);
  }

  private watchCluster(cluster: string, memberIds: readonly string[]): void {
    const members = memberIds.map((m) => this.procs.get(m)).filter((p): p is SimProcess => p !== undefined);
    if (members.length < 2) return;
    if (new Set(members.map((m) => this.ctx.site(m.nodeId))).size > 1) this.stretched.push(cluster);
    const first = members[0]!.nodeId;
    new Membership(
      this.ctx.kernel,
      this.ctx.network,
      members,
      { heartbeatIntervalMs: this.ctx.num(first, P.heartbeatIntervalMs), deadAfterMs: this.ctx.num(first, P.deathDetectMs) },
      {
        onDead: (observer, peer) => {
          // A dead member is routine (its partitions are restored from backups); a live one is a split.
          if (!this.isUp(peer.nodeId) || this.split.has(cluster)) return;
          this.split.set(cluster, this.ctx.now);
          this.ctx.emit({ type: 'coh.splitBrain', subject: cluster, cluster, a: observer.nodeId, b: peer.nodeId });
          this.ctx.changed();
        },
        onAlive: () => {
          const since = this.split.get(cluster);
          if (since === undefined) return;
          this.split.delete(cluster);
          this.ctx.emit({ type: 'coh.merged', subject: cluster, cluster, discardedMs: this.ctx.now - since });
          this.ctx.changed();
        },
      },
    );
  }

  private federate(id: string, from: string, to: string): void {
    const stream = new ReplicationStream(
      this.ctx.kernel,
      this.ctx.network,
      { from, to, mode: 'async', shipIntervalMs: this.ctx.num(from, P.federationIntervalMs) },
      () => this.isUp(from),
      () => this.isUp(to),
    );
    stream.start();
    this.federations.push({ id, from, to, stream, pausedAt: undefined });
  }

  /** Called every second: reports federation links that stopped or caught up. */
  tick(): void {
    for (const f of this.federations) {
      const connected = f.stream.isConnected || !this.isUp(f.from);
      if (!connected && f.pausedAt === undefined) {
        f.pausedAt = this.ctx.now;
        if (!f.id.endsWith(':back') || !this.federations.some((o) => o.id === f.id.replace(/:back$/, '') && o.pausedAt !== undefined)) {
          this.ctx.emit({ type: 'coh.federationPaused', subject: f.from, from: f.from, to: f.to });
        }
        this.ctx.changed();
      } else if (connected && f.pausedAt !== undefined && this.isUp(f.from) && this.isUp(f.to)) {
        this.ctx.emit({ type: 'coh.converged', subject: f.to, from: f.from, to: f.to, backlogMs: this.ctx.now - f.pausedAt });
        f.pausedAt = undefined;
        this.ctx.changed();
      }
    }
  }
}
