import { Membership, publishHeartbeats } from '../../primitives/membership';
import type { SimProcess } from '../../primitives/process';
import type { OnTimeContext } from './context';
import { ONTIME_SERVER_PARAMS as P } from './params';
import type { SyncService } from './sync';

/**
 * OT-4 / OT-5: the OnTime cluster. Members watch each other's heartbeats (independently of any Domino
 * cluster); when a member's task or whole server dies, the first live member takes over its Sync, normally
 * within ~10 s; when the member is back, it resumes its own Sync and the stand-in stops.
 */
export class TakeoverService {
  private readonly membershipOf = new Map<string, Membership>();
  /** Servers whose task was working at the last look: a down-transition is reported once. */
  private readonly active = new Set<string>();
  private readonly failbackPending = new Set<string>();

  constructor(
    private readonly ctx: OnTimeContext,
    private readonly sync: SyncService,
  ) {
    this.createClusters();
    for (const server of ctx.topo.taskServers) {
      if (ctx.taskActive(server)) this.active.add(server);
      const domino = ctx.domino(server);
      // A Domino server that goes down takes its tasks with it; one that comes up starts them.
      domino?.onChange((_p, _from, to) => {
        if (to === 'crashed') ctx.task(server)?.crash();
        if (to === 'stopping') ctx.task(server)?.stop();
        // The OnTime task is a server task (notes.ini ServerTasks): it starts with its Domino server.
        if (to === 'running') ctx.task(server)?.start();
        this.onServerChange(server);
      });
      ctx.task(server)?.onChange(() => this.onServerChange(server));
    }
  }

  /** Other members of `server`'s OnTime cluster (empty when it has none: no takeover possible). */
  peers(server: string): string[] {
    return this.membershipOf.get(server)?.members.map((m) => m.nodeId).filter((id) => id !== server) ?? [];
  }

  private createClusters(): void {
    for (const cluster of this.ctx.topo.ontimeClusters) {
      const members = cluster.members.map((m) => this.ctx.task(m)).filter((t): t is SimProcess => t !== undefined);
      if (members.length < 2) continue;
      const first = members[0]!.nodeId;
      const membership = new Membership(
        this.ctx.kernel,
        this.ctx.world.network,
        members,
        { heartbeatIntervalMs: this.ctx.num(first, P.heartbeatIntervalMs), deadAfterMs: this.ctx.num(first, P.takeoverAfterMs) },
        {
          onDead: (observer, peer) => this.onPeerDead(membership, observer, peer),
          onAlive: (_observer, peer) => this.scheduleFailback(peer.nodeId),
        },
      );
      publishHeartbeats(membership, (r) => this.ctx.world.setRelation(r));
      for (const m of members) if (!this.membershipOf.has(m.nodeId)) this.membershipOf.set(m.nodeId, membership);
    }
  }

  private onServerChange(server: string): void {
    const nowActive = this.ctx.taskActive(server);
    const wasActive = this.active.has(server);
    if (wasActive && !nowActive) this.onStopped(server);
    if (!wasActive && nowActive) this.onStarted(server);
    if (nowActive) this.active.add(server);
    else this.active.delete(server);
    this.ctx.changed(server);
  }

  /** The data of every mail server it synced goes stale from now on: the start of each takeover timeline. */
  private onStopped(server: string): void {
    const canTakeOver = this.peers(server).length > 0;
    for (const mail of this.sync.syncedBy(server)) {
      this.ctx.kernel.emit({ type: 'sync.stopped', subject: mail, mailServer: mail, syncer: server });
      if (!canTakeOver) this.ctx.kernel.emit({ type: 'sync.orphaned', subject: mail, mailServer: mail, owner: this.sync.owner(mail) ?? server });
    }
  }

  private onStarted(server: string): void {
    for (const mail of this.sync.syncedBy(server)) {
      this.sync.kick(mail);
      // A stand-in that restarts hands back what it holds for owners that came back meanwhile.
      const owner = this.sync.owner(mail);
      if (owner !== undefined && owner !== server) this.scheduleFailback(owner);
    }
    this.scheduleFailback(server);
  }

  /** The stand-in is the first member, in cluster order, that the observer believes alive and that can work. */
  private onPeerDead(membership: Membership, observer: SimProcess, peer: SimProcess): void {
    const standIn = membership.aliveAccordingTo(observer).find((p) => p !== peer && this.ctx.taskActive(p.nodeId));
    if (standIn !== observer) return;
    for (const mail of this.sync.syncedBy(peer.nodeId)) {
      this.sync.assign(mail, observer.nodeId);
      this.ctx.kernel.emit({ type: 'sync.takeover', subject: mail, mailServer: mail, from: peer.nodeId, to: observer.nodeId });
    }
    this.ctx.changed(observer.nodeId);
  }

  private scheduleFailback(owner: string): void {
    if (this.failbackPending.has(owner)) return;
    const owned = [...this.ctx.topo.owner].some(([mail, o]) => o === owner && this.sync.syncer.get(mail) !== owner);
    if (!owned) return;
    this.failbackPending.add(owner);
    this.ctx.kernel.after(this.ctx.num(owner, P.failbackDelayMs), () => {
      this.failbackPending.delete(owner);
      this.failback(owner);
    });
  }

  /** OT-5: the owner resumes its own Sync; the stand-in stops. */
  private failback(owner: string): void {
    if (!this.ctx.taskActive(owner)) return;
    for (const [mail, o] of this.ctx.topo.owner) {
      const current = this.sync.syncer.get(mail);
      if (o !== owner || current === owner || current === undefined) continue;
      this.sync.assign(mail, owner);
      this.ctx.kernel.emit({ type: 'sync.failback', subject: mail, mailServer: mail, from: current, to: owner });
    }
    this.ctx.changed(owner);
  }
}
