import type { Kernel } from '../kernel/kernel';
import type { Network } from '../network/network';
import type { SimProcess } from './process';

export interface RestartPolicy {
  /** At most this many automatic restarts within `intervalMs` (WebLogic Node Manager: RestartMax = 2). */
  maxRestarts: number;
  /** The sliding window the limit applies to (Node Manager: RestartInterval = 3600 s). */
  intervalMs: number;
  /** Pause between the crash being noticed and the restart (Node Manager: RestartDelaySeconds, default 0). */
  restartDelayMs: number;
}

/** WebLogic Node Manager defaults (DOMAIN.md §2: at most 2 restarts per hour). */
export const NODE_MANAGER_POLICY: RestartPolicy = { maxRestarts: 2, intervalMs: 3_600_000, restartDelayMs: 0 };

/**
 * Restarts a process when it crashes, at most `maxRestarts` times in any window of `intervalMs`, like
 * WebLogic's Node Manager. A graceful stop is an operator's decision and is not undone. The manager lives on
 * the process's host: when the host itself lost power nothing is restarted (the host's recovery boots it).
 *
 * Events: 'restart.attempt' (caused by the crash) and 'restart.exhausted' when the limit is reached.
 */
export class RestartManager {
  private readonly restartTimes: number[] = [];
  private enabled = true;

  constructor(
    private readonly kernel: Kernel,
    private readonly network: Network,
    readonly process: SimProcess,
    readonly policy: RestartPolicy = NODE_MANAGER_POLICY,
  ) {
    process.onChange((_p, _from, to) => {
      if (to === 'crashed') this.onCrash();
    });
  }

  /** Turns automatic restarts off (an operator took over) or back on. */
  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
  }

  /** Restarts used in the current window. */
  get restartsInWindow(): number {
    this.forgetOld();
    return this.restartTimes.length;
  }

  private forgetOld(): void {
    const since = this.kernel.now - this.policy.intervalMs;
    while (this.restartTimes.length > 0 && this.restartTimes[0]! <= since) this.restartTimes.shift();
  }

  /** Runs with the crash event as the current cause. */
  private onCrash(): void {
    if (!this.enabled || !this.network.isHostUp(this.process.nodeId)) return;
    this.forgetOld();
    const { maxRestarts, intervalMs, restartDelayMs } = this.policy;
    if (this.restartTimes.length >= maxRestarts) {
      this.kernel.emit({ type: 'restart.exhausted', subject: this.process.nodeId, process: this.process.name, maxRestarts, intervalMs });
      return;
    }
    this.restartTimes.push(this.kernel.now);
    const attempt = this.kernel.emit({
      type: 'restart.attempt',
      subject: this.process.nodeId,
      process: this.process.name,
      attempt: this.restartTimes.length,
      maxRestarts,
    });
    this.kernel.after(restartDelayMs, () => {
      if (this.process.state === 'crashed' && this.network.isHostUp(this.process.nodeId)) this.process.start();
    }, attempt.id);
  }
}
