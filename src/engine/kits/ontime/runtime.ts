import type { World } from '../../sim/world';
import { ConfigDbService } from './configdb';
import { OnTimeContext } from './context';
import { DOMINO_KINDS, K, PROC, TASK_KINDS } from './kinds';
import { MailDbService } from './maildb';
import { RestService } from './rest';
import { DOMINO_PARAMS as D, ONTIME_SERVER_PARAMS as P } from './params';
import { SyncService } from './sync';
import { TakeoverService } from './takeover';
import { readTopology } from './topology';
import { renderOnTime } from './views';

/** Graceful drains, in ms: a model choice (a Domino server shuts its tasks down, then itself). */
const DOMINO_DRAIN_MS = 5000;
const TASK_DRAIN_MS = 1000;
const LB_BOOT_MS = 5000;

/**
 * The OnTime world of one simulation: processes on every Domino server, then the three independent parts of
 * OnTime failover (DOMAIN.md §1): REST via the load balancer, Sync takeover in the OnTime cluster, mail DB
 * failover by Domino clustering; plus ConfigDB replication.
 */
export class OnTimeRuntime {
  readonly ctx: OnTimeContext;
  readonly mailDb: MailDbService;
  readonly sync: SyncService;
  readonly takeover: TakeoverService;
  readonly configDb: ConfigDbService;
  readonly rest: RestService;

  constructor(world: World) {
    this.ctx = new OnTimeContext(world, readTopology(world.design));
    this.createProcesses();
    this.mailDb = new MailDbService(this.ctx);
    this.sync = new SyncService(this.ctx, this.mailDb);
    this.takeover = new TakeoverService(this.ctx, this.sync);
    this.configDb = new ConfigDbService(this.ctx);
    this.rest = new RestService(this.ctx, this.mailDb, this.configDb);
    // Drawn when a frame is taken (see World.addViewRenderer); renderPlan redraws only what changed since.
    world.addViewRenderer(() => renderOnTime(this));
  }

  private createProcesses(): void {
    const { world } = this.ctx;
    for (const node of world.nodes.values()) {
      const procs = [];
      if (DOMINO_KINDS.has(node.kind)) {
        procs.push(world.addProcess(node.id, PROC.domino, { bootMs: this.ctx.num(node.id, D.dominoStartMs), drainMs: DOMINO_DRAIN_MS }));
      }
      if (TASK_KINDS.has(node.kind)) {
        // OT-4: the OnTime task is a Domino server task: it runs only inside a running Domino server (no
        // heartbeats while the server is still starting); TakeoverService starts it when Domino is up.
        const domino = world.process(node.id, PROC.domino);
        const timing = { bootMs: this.ctx.num(node.id, P.taskStartMs), drainMs: TASK_DRAIN_MS };
        procs.push(world.addProcess(node.id, PROC.task, timing, () => domino?.isRunning ?? true));
      }
      if (node.kind === K.lb) procs.push(world.addProcess(node.id, PROC.http, { bootMs: LB_BOOT_MS, drainMs: DOMINO_DRAIN_MS }));
      for (const p of procs) {
        p.bootInstantly();
        // Also what makes OnTimeContext.version (and so the cached REST paths) follow every process change.
        p.onChange(() => this.ctx.changed(node.id));
      }
    }
  }
}
