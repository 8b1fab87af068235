import type { World } from '../../sim/world';
import { Membership } from '../../primitives/membership';
import type { SimProcess } from '../../primitives/process';
import type { NodeView, Note } from '../../sim/view';
import { ONTIME_SERVER_PARAMS as P } from './params';

const TASK = 'ontime';
const DOMINO = 'domino';

/**
 * OnTime Group Calendar on Domino (DOMAIN.md §1). Each OnTime server runs the OnTime task; each mail server
 * is watched (synced) by one owner (OT-10). Members of an OnTime cluster monitor each other; a live member
 * takes over the Sync of a dead member's mail servers (OT-4) and hands it back when the owner returns (OT-5).
 */
export class OnTimeKit {
  private readonly tasks = new Map<string, SimProcess>();
  private readonly owner = new Map<string, string>();
  private readonly syncer = new Map<string, string | null>();
  private readonly lastSyncMs = new Map<string, number>();
  private readonly memberships = new Map<string, Membership>();
  /** One Sync loop per task life: a restart starts a new loop and retires the old one. */
  private readonly syncLoop = new Map<SimProcess, number>();

  constructor(private readonly world: World) {
    this.createProcesses();
    this.readWatches();
    this.createClusters();
    for (const task of this.tasks.values()) task.onChange((p, _f, to) => this.onTaskChange(p, to));
    for (const task of this.tasks.values()) this.scheduleSync(task, this.world.kernel.now);
    for (const mail of this.owner.keys()) {
      this.lastSyncMs.set(mail, 0);
      this.world.gauge(`syncLag:${mail}`, () => (this.world.kernel.now - (this.lastSyncMs.get(mail) ?? 0)) / 1000);
    }
    this.refresh();
  }

  private createProcesses(): void {
    for (const node of this.world.nodes.values()) {
      if (node.kind === 'ontimeServer') {
        const task = this.world.addProcess(node.id, TASK, { bootMs: this.param(node.id, P.taskStartMs), drainMs: 1000 });
        task.bootInstantly();
        this.tasks.set(node.id, task);
      }
      if (node.kind === 'mailServer' || node.kind === 'loadBalancer') {
        this.world.addProcess(node.id, node.kind === 'mailServer' ? DOMINO : 'http', { bootMs: 60_000, drainMs: 5000 }).bootInstantly();
      }
    }
  }

  private readWatches(): void {
    for (const rel of this.world.design.relations) {
      if (rel.kind === 'watches' && this.tasks.has(rel.from)) {
        this.owner.set(rel.to, rel.from);
        this.syncer.set(rel.to, rel.from);
      }
    }
  }

  private createClusters(): void {
    for (const cluster of this.world.design.clusters) {
      if (cluster.kind !== 'ontime') continue;
      const members = cluster.members.map((m) => this.tasks.get(m)).filter((t): t is SimProcess => t !== undefined);
      const first = members[0]?.nodeId ?? '';
      const membership = new Membership(
        this.world.kernel,
        this.world.network,
        members,
        { heartbeatIntervalMs: this.param(first, P.heartbeatIntervalMs), deadAfterMs: this.param(first, P.takeoverAfterMs) },
        { onDead: (observer, peer) => this.onPeerDead(membership, observer, peer) },
      );
      for (const m of members) this.memberships.set(m.nodeId, membership);
    }
  }

  private param(nodeId: string, spec: { key: string; default: number }): number {
    return this.world.numParam(nodeId, spec.key, spec.default);
  }

  /** The stand-in is the first member, in cluster order, that the observer believes alive. */
  private onPeerDead(membership: Membership, observer: SimProcess, peer: SimProcess): void {
    const standIn = membership.aliveAccordingTo(observer).find((p) => p !== peer);
    if (standIn !== observer) return;
    for (const [mail, current] of this.syncer) {
      if (current !== peer.nodeId) continue;
      this.syncer.set(mail, observer.nodeId);
      this.world.kernel.emit({ type: 'sync.takeover', subject: mail, mailServer: mail, from: peer.nodeId, to: observer.nodeId });
    }
    this.refresh();
  }

  private onTaskChange(task: SimProcess, to: string): void {
    if (to === 'running') {
      this.scheduleSync(task, this.world.kernel.now);
      this.world.kernel.after(this.param(task.nodeId, P.failbackDelayMs), () => this.failback(task));
    }
    this.refresh();
  }

  /** OT-5: the owner resumes its own Sync; the stand-in stops. */
  private failback(owner: SimProcess): void {
    if (!owner.isRunning) return;
    for (const [mail, ownerId] of this.owner) {
      const current = this.syncer.get(mail);
      if (ownerId !== owner.nodeId || current === owner.nodeId) continue;
      this.syncer.set(mail, owner.nodeId);
      this.world.kernel.emit({ type: 'sync.failback', subject: mail, mailServer: mail, from: current ?? '', to: owner.nodeId });
    }
    this.refresh();
  }

  private scheduleSync(task: SimProcess, atMs: number): void {
    const interval = this.param(task.nodeId, P.syncIntervalMs);
    const loop = (this.syncLoop.get(task) ?? 0) + 1;
    this.syncLoop.set(task, loop);
    this.world.kernel.at(atMs, () => this.syncRound(task, interval, loop), null);
  }

  /** One Sync pass of a task over the mail servers it currently syncs; stops when the task stops. */
  private syncRound(task: SimProcess, intervalMs: number, loop: number): void {
    if (!task.isRunning || this.syncLoop.get(task) !== loop) return;
    for (const [mail, current] of this.syncer) {
      if (current === task.nodeId) this.syncMail(task, mail);
    }
    this.world.kernel.after(intervalMs, () => this.syncRound(task, intervalMs, loop), null);
  }

  private syncMail(task: SimProcess, mail: string): void {
    const net = this.world.network;
    net.send(task.nodeId, mail, () => {
      if (!this.world.process(mail, DOMINO)?.isRunning) return;
      net.send(mail, task.nodeId, () => {
        if (task.isRunning && this.syncer.get(mail) === task.nodeId) this.lastSyncMs.set(mail, this.world.kernel.now);
      });
    });
  }

  private refresh(): void {
    for (const [id, task] of this.tasks) this.world.setNodeView(id, this.taskView(id, task));
    for (const [mail, ownerId] of this.owner) {
      const current = this.syncer.get(mail) ?? null;
      const active = current !== null && (this.tasks.get(current)?.isRunning ?? false);
      this.world.setRelation({ id: `sync:${mail}`, kind: 'sync', from: current ?? ownerId, to: mail, active });
      const note: Note = active ? { key: 'note.syncedBy', params: { server: this.name(current!) } } : { key: 'note.notSynced' };
      const running = this.world.process(mail, DOMINO)?.isRunning ?? false;
      this.world.setNodeView(mail, { status: running ? 'running' : 'failed', notes: [note] });
    }
    for (const node of this.world.nodes.values()) {
      if (node.kind === 'loadBalancer' || node.kind === 'clients') {
        const up = node.kind === 'clients' || (this.world.process(node.id, 'http')?.isRunning ?? false);
        this.world.setNodeView(node.id, { status: up ? 'running' : 'failed', notes: [] });
      }
    }
  }

  private name(nodeId: string): string {
    return this.world.nodes.get(nodeId)?.name ?? nodeId;
  }

  private taskView(id: string, task: SimProcess): Omit<NodeView, 'hostUp'> {
    const mine: string[] = [];
    const forOthers: Note[] = [];
    for (const [mail, current] of this.syncer) {
      if (current !== id) continue;
      const ownerId = this.owner.get(mail)!;
      if (ownerId === id) mine.push(this.name(mail));
      else forOthers.push({ key: 'note.syncingFor', params: { mail: this.name(mail), owner: this.name(ownerId) } });
    }
    if (!this.world.network.isHostUp(id)) return { status: 'failed', notes: [{ key: 'note.hostDown' }] };
    if (task.isDown) return { status: 'failed', notes: [{ key: 'note.taskStopped' }] };
    if (task.state !== 'running') return { status: task.state === 'starting' ? 'starting' : 'stopping', notes: [] };
    const notes: Note[] = mine.length > 0 ? [{ key: 'note.syncing', params: { mail: mine.join(', ') } }] : [];
    return { status: forOthers.length > 0 ? 'takingOver' : 'running', notes: [...notes, ...forOthers] };
  }
}
