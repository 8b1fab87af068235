import type { WlContext } from './context';
import { ADMIN_PARAMS as A } from './params';
import type { ManagedServers } from './servers';

type Phase = 'idle' | 'rolling' | 'rollingBack' | 'halted' | 'done';

/**
 * Zero-downtime patching (WL-11): the rollout takes the servers of both sites one at a time: graceful stop,
 * patch, start, wait until running, next. If anything fails meanwhile (a server it did not stop goes down, a
 * patched server does not come back), the workflow rolls back the servers already patched, one at a time, if
 * rollback is enabled; otherwise it stops and waits for an operator (Table 6-2, every scenario).
 */
export class Zdt {
  phase: Phase = 'idle';
  readonly patched = new Set<string>();
  current: string | undefined;
  private order: string[] = [];
  private generation = 0;

  constructor(
    private readonly ctx: WlContext,
    private readonly admin: string | undefined,
    private readonly servers: ManagedServers,
  ) {}

  get rollbackEnabled(): boolean {
    return this.ctx.num(this.admin, A.zdtRollback) >= 1;
  }

  start(): void {
    if (this.phase === 'rolling' || this.phase === 'rollingBack') return;
    this.phase = 'rolling';
    this.patched.clear();
    // Site by site, so one site always has its servers while the other is being patched.
    this.order = [...this.servers.ids].sort((a, b) => this.ctx.site(a).localeCompare(this.ctx.site(b)) || a.localeCompare(b));
    this.ctx.emit({ type: 'zdt.started', subject: this.admin ?? 'domain', servers: this.order.length });
    this.next(++this.generation);
  }

  private next(gen: number): void {
    if (gen !== this.generation || this.phase !== 'rolling') return;
    const server = this.order.find((s) => !this.patched.has(s));
    if (server === undefined) {
      this.phase = 'done';
      this.current = undefined;
      this.ctx.emit({ type: 'zdt.completed', subject: this.admin ?? 'domain', servers: this.patched.size });
      this.ctx.changed();
      return;
    }
    this.cycle(server, gen, () => {
      this.patched.add(server);
      this.ctx.emit({ type: 'zdt.nodePatched', subject: server, server });
      this.next(gen);
    });
  }

  /** Stop, patch (or unpatch), start one server; `done` runs once it is running again. */
  private cycle(server: string, gen: number, done: () => void): void {
    const proc = this.servers.procs.get(server);
    if (!proc) return;
    this.current = server;
    const patchMs = this.ctx.num(this.admin, A.zdtPatchMs);
    proc.stop();
    const wait = proc.timing.drainMs + patchMs;
    this.ctx.kernel.after(wait, () => {
      if (gen !== this.generation) return;
      proc.start();
      const deadline = this.ctx.now + proc.timing.bootMs + 120_000;
      const poll = () => {
        if (gen !== this.generation) return;
        if (proc.isRunning) {
          this.current = undefined;
          done();
        } else if (this.ctx.now >= deadline) this.fail(server);
        else this.ctx.kernel.after(1000, poll);
      };
      this.ctx.kernel.after(1000, poll);
    });
    this.ctx.changed();
  }

  /** A server went down or out of sight during the rollout (cause: that detection). */
  serverFailed(server: string): void {
    if (this.phase !== 'rolling' || server === this.current) return;
    this.fail(server);
  }

  private fail(server: string): void {
    if (this.phase !== 'rolling') return;
    const gen = ++this.generation;
    const failed = this.ctx.emit({ type: 'zdt.failed', subject: server, server });
    this.ctx.kernel.withCause(failed.id, () => {
      if (!this.rollbackEnabled) {
        this.phase = 'halted';
        this.ctx.emit({ type: 'zdt.halted', subject: server, server });
        this.ctx.changed();
        return;
      }
      this.phase = 'rollingBack';
      if (this.current !== undefined) this.patched.add(this.current);
      this.rollBack(gen, this.patched.size);
    });
  }

  private rollBack(gen: number, total: number): void {
    if (gen !== this.generation) return;
    const server = [...this.patched].reverse().find((s) => this.servers.isUp(s) || this.servers.procs.get(s)?.state !== 'crashed');
    if (server === undefined || this.patched.size === 0) {
      this.phase = 'idle';
      this.current = undefined;
      this.ctx.emit({ type: 'zdt.rolledBack', subject: this.admin ?? 'domain', servers: total });
      this.ctx.changed();
      return;
    }
    this.patched.delete(server);
    // A server the failure took down cannot be cycled: it gets the old version when it is restarted.
    if (!this.ctx.network.isHostUp(server)) {
      this.rollBack(gen, total);
      return;
    }
    this.cycle(server, gen, () => this.rollBack(gen, total));
  }
}
