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
  readonly membership: Membership;
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
    const first = this.ids[0];
    const beat = ctx.num(first, P.heartbeatIntervalMs);
    this.membership = new Membership(
      ctx.kernel,
      ctx.network,
      [...this.procs.values()],
      { heartbeatIntervalMs: beat, deadAfterMs: beat * ctx.num(first, P.missedHeartbeats) },
      {
        onDead: (observer, peer) => this.onDead(observer.nodeId, peer.nodeId),
        onAlive: (observer, peer) => this.hooks.onHeal(observer.nodeId, peer.nodeId),
      },
    );
    publishHeartbeats(this.membership, (r) => ctx.world.setRelation(r));
  }

  isUp(server: string): boolean {
    return (this.procs.get(server)?.isRunning ?? false) && this.ctx.network.isHostUp(server);
  }

  /** Whether `observer` believes `peer` alive (its own membership view). */
  believesAlive(observer: string, peer: string): boolean {
    const a = this.procs.get(observer);
    const b = this.procs.get(peer);
    return a !== undefined && b !== undefined && this.membership.believesAlive(a, b);
  }

  /** Servers `observer` sees alive, itself included. */
  visibleFrom(observer: string): string[] {
    return this.ids.filter((id) => id === observer || this.believesAlive(observer, id));
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
