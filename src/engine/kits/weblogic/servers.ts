import { Membership, publishHeartbeats } from '../../primitives/membership';
import type { SimProcess } from '../../primitives/process';
import type { WlContext } from './context';
import { PROC } from './kinds';
import { SERVER_PARAMS as P } from './params';

export interface ServerHooks {
  /** Round trip from `server` to the Admin Server and to the primary database now (WL-7 boot cost). */
  bootExtraMs(server: string): number;
  /** Whether the server may finish booting (consensus leasing refuses it without quorum). */
  mayJoin(server: string): boolean;
  /** The server failed (process down, host down): seen by the cluster, cause = the detection. */
  onFailed(server: string, graceful: boolean): void;
  /** `observer` no longer hears `peer` though `peer` is up (a partition). */
  onUnreachable(observer: string, peer: string): void;
  onRunning(server: string): void;
  onHeal(observer: string, peer: string): void;
}

/**
 * The managed servers of the stretched WebLogic cluster. Members watch each other with heartbeats (10 s;
 * 3 missed = dead). A crashed process closes its sockets, so its peers notice at once; a host that loses
 * power or a partition is only noticed when the heartbeats stop.
 */
export class ManagedServers {
  readonly ids: string[];
  readonly procs = new Map<string, SimProcess>();
  /**
   * One heartbeat membership per WebLogic cluster (servers in no cluster share one): members of different
   * clusters do not heartbeat each other, never believe each other alive, and so never hold each other's
   * session copies, quorum votes or migrated services. One cluster per design keeps all servers in one.
   */
  private readonly memberships = new Map<string, Membership>();
  private readonly groups = new Map<string, readonly string[]>();
  /** Servers whose failure the cluster has handled and that have not run since. */
  private readonly handledDown = new Set<string>();

  constructor(
    private readonly ctx: WlContext,
    private readonly hooks: ServerHooks,
  ) {
    const nodes = ctx.nodesOfKind('wlsServer');
    this.ids = nodes.map((n) => n.id);
    for (const n of nodes) {
      const proc = ctx.world.addProcess(n.id, PROC.wls, { bootMs: ctx.num(n.id, P.bootMs), drainMs: 10_000 });
      proc.bootInstantly();
      proc.onChange((p, _from, to) => this.onChange(p, to));
      this.procs.set(n.id, proc);
    }
    for (const group of clusterGroups(ctx, this.ids)) this.watch(group);
  }

  /** Heartbeats among the servers of one cluster. */
  private watch(group: readonly string[]): void {
    const first = group[0];
    const beat = this.ctx.num(first, P.heartbeatIntervalMs);
    const membership = new Membership(
      this.ctx.kernel,
      this.ctx.network,
      group.map((id) => this.procs.get(id)!),
      { heartbeatIntervalMs: beat, deadAfterMs: beat * this.ctx.num(first, P.missedHeartbeats) },
      {
        onDead: (observer, peer) => this.onDead(observer.nodeId, peer.nodeId),
        onAlive: (observer, peer) => this.hooks.onHeal(observer.nodeId, peer.nodeId),
      },
    );
    for (const id of group) {
      this.memberships.set(id, membership);
      this.groups.set(id, group);
    }
    publishHeartbeats(membership, (r) => this.ctx.world.setRelation(r));
  }

  /** The servers of `server`'s cluster (itself included), in design order. */
  clusterOf(server: string): readonly string[] {
    return this.groups.get(server) ?? [];
  }

  isUp(server: string): boolean {
    return (this.procs.get(server)?.isRunning ?? false) && this.ctx.network.isHostUp(server);
  }

  /** Whether `observer` believes `peer` alive (its own membership view; never a server of another cluster). */
  believesAlive(observer: string, peer: string): boolean {
    const a = this.procs.get(observer);
    const b = this.procs.get(peer);
    const membership = this.memberships.get(observer);
    return a !== undefined && b !== undefined && membership !== undefined && membership === this.memberships.get(peer) && membership.believesAlive(a, b);
  }

  /** Servers `observer` sees alive, itself included. */
  visibleFrom(observer: string): string[] {
    return this.clusterOf(observer).filter((id) => id === observer || this.believesAlive(observer, id));
  }

  private onChange(proc: SimProcess, to: string): void {
    const id = proc.nodeId;
    if (to === 'starting') {
      const extra = this.hooks.bootExtraMs(id);
      proc.timing.bootMs = this.ctx.num(id, P.bootMs) + extra;
      if (extra >= 1000) this.ctx.emit({ type: 'wl.bootSlow', subject: id, server: id, extraMs: Math.round(extra) });
    }
    if (to === 'running') {
      if (!this.hooks.mayJoin(id)) {
        this.ctx.emit({ type: 'wl.rebootRefused', subject: id, server: id });
        this.ctx.kernel.after(0, () => proc.stop());
        return;
      }
      this.handledDown.delete(id);
      this.hooks.onRunning(id);
    }
    // A process that dies on a live host closes its sockets: every peer knows at once.
    if ((to === 'crashed' || to === 'stopped') && this.ctx.network.isHostUp(id)) this.failed(id);
    this.ctx.changed();
  }

  private onDead(observer: string, peer: string): void {
    if (!this.isUp(peer)) this.failed(peer);
    else this.hooks.onUnreachable(observer, peer);
    this.ctx.changed();
  }

  private failed(server: string): void {
    if (this.handledDown.has(server)) return;
    this.handledDown.add(server);
    // A graceful shutdown lets in-flight work finish; anything else leaves it in doubt.
    const graceful = this.procs.get(server)?.state === 'stopped' && this.ctx.network.isHostUp(server);
    this.hooks.onFailed(server, graceful);
  }
}

/** The servers of each WebLogic cluster of the design in design order, then those in no cluster (each server once). */
function clusterGroups(ctx: WlContext, ids: readonly string[]): string[][] {
  const placed = new Set<string>();
  const groups: string[][] = [];
  for (const cluster of ctx.world.design.clusters) {
    if (cluster.kind !== 'wlsCluster') continue;
    const members = new Set(cluster.members);
    const group = ids.filter((id) => members.has(id) && !placed.has(id));
    group.forEach((id) => placed.add(id));
    if (group.length > 0) groups.push(group);
  }
  const rest = ids.filter((id) => !placed.has(id));
  if (rest.length > 0) groups.push(rest);
  return groups;
}
