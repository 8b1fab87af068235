import type { Kernel } from '../kernel/kernel';
import type { Network } from '../network/network';
import { latestCause } from '../kernel/cause';

export interface RetryPolicy {
  /** Attempts after the first one on the same target before failing over (OT-6: "several"; model 3). */
  retries: number;
  /** Pause between two attempts (model 5 s). */
  retryDelayMs: number;
  /** An attempt without an answer within this time fails (Domino TCP connect timeout 5 s). */
  timeoutMs: number;
}

/** OT-6 defaults: 3 retries, 5 s apart, 5 s connect timeout (DOMAIN.md §1; "several" is all that is public). */
export const MAIL_DB_RETRY: RetryPolicy = { retries: 3, retryDelayMs: 5000, timeoutMs: 5000 };

export interface RequestResult {
  ok: boolean;
  /** Where it was finally answered (or the last target tried). */
  target: string;
  attempts: number;
  /** From the call to the answer or the final failure. */
  elapsedMs: number;
}

/**
 * A client on host `clientNode` that sends a request to its current target, retries on failure, and after
 * `retries` failed retries fails over to the next target of its list (OT-6: the mail DB's replica on a
 * cluster mate). It stays on the target that answered; `failback()` sends it home again (OT-6: back home
 * after recovery). `serves(target)` says whether a target can answer right now (its server runs, its replica
 * exists); the network decides whether the request and the answer get through.
 *
 * Events: 'client.failover' when it moves on, 'client.failed' when every target failed. Single attempts are
 * kernel actions, not events.
 */
export class RetryingClient {
  private index = 0;
  /** Why the last attempt failed (see attemptOnce): the cause of giving up on a target. */
  private lastFailCause: number | null = null;

  constructor(
    private readonly kernel: Kernel,
    private readonly network: Network,
    readonly clientNode: string,
    /** The home target first, then the failover targets in order. */
    readonly targets: readonly string[],
    private readonly serves: (target: string) => boolean,
    readonly policy: RetryPolicy = MAIL_DB_RETRY,
    /** Why a target does not serve (e.g. its process's last change): the cause of giving up on it. */
    private readonly whyNotServing: (target: string) => number | null = () => null,
  ) {}

  /** Why `target` did not answer: its host's power failure, a cut path, or why it does not serve. */
  private whyNot(target: string): number | null {
    if (!this.network.isHostUp(target)) return this.network.hostCause(target) ?? this.whyNotServing(target);
    if (!this.network.isHostUp(this.clientNode)) return this.network.hostCause(this.clientNode);
    return this.network.silenceCause(this.clientNode, target) ?? this.network.silenceCause(target, this.clientNode) ?? this.whyNotServing(target);
  }

  get current(): string {
    return this.targets[this.index] ?? '';
  }

  /** Back to the home target (e.g. once it has recovered). */
  failback(): void {
    this.index = 0;
  }

  /** Sends a request; `done` runs once with the outcome (the current cause is preserved for it). */
  request(done: (result: RequestResult) => void): void {
    const startedMs = this.kernel.now;
    const tried = new Set<string>();
    let attempts = 0;
    const attempt = (triesLeft: number) => {
      attempts++;
      const target = this.current;
      tried.add(target);
      this.attemptOnce(target, (ok) => {
        if (ok) return done({ ok, target, attempts, elapsedMs: this.kernel.now - startedMs });
        if (triesLeft > 0) return this.kernel.after(this.policy.retryDelayMs, () => attempt(triesLeft - 1));
        const next = this.nextTarget(tried);
        if (next === undefined) {
          this.kernel.emit({ type: 'client.failed', subject: this.clientNode, client: this.clientNode, target, attempts }, this.lastFailCause);
          return done({ ok: false, target, attempts, elapsedMs: this.kernel.now - startedMs });
        }
        this.index = next;
        const event = this.kernel.emit({ type: 'client.failover', subject: this.clientNode, client: this.clientNode, from: target, to: this.current }, this.lastFailCause);
        this.kernel.withCause(event.id, () => attempt(this.policy.retries));
      });
    };
    attempt(this.policy.retries);
  }

  /** The next target not yet tried in this request, wrapping round the list. */
  private nextTarget(tried: ReadonlySet<string>): number | undefined {
    for (let step = 1; step < this.targets.length; step++) {
      const i = (this.index + step) % this.targets.length;
      if (!tried.has(this.targets[i]!)) return i;
    }
    return undefined;
  }

  private attemptOnce(target: string, outcome: (ok: boolean) => void): void {
    let settled = false;
    const settle = (ok: boolean) => {
      if (settled) return;
      settled = true;
      outcome(ok);
    };
    // What stood in the way when the attempt left: it may be over by the time the attempt times out.
    const atSend = this.whyNot(target);
    this.network.send(this.clientNode, target, () => {
      if (this.serves(target)) this.network.send(target, this.clientNode, () => settle(true));
    });
    this.kernel.after(this.policy.timeoutMs, () => {
      if (!settled) this.lastFailCause = latestCause(this.whyNot(target), atSend);
      settle(false);
    });
  }
}
