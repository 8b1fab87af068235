import type { Kernel } from '../kernel/kernel';
import { latestCause } from '../kernel/cause';
import type { Network } from '../network/network';
import type { SimProcess } from './process';

export interface HealthCheckTiming {
  /** Time between two health checks of a member. */
  intervalMs: number;
  /** A check not answered within this time counts as a failure. */
  timeoutMs: number;
  /** Consecutive failures before the member is marked down. */
  failuresToMarkDown: number;
  /** Consecutive successes before a member marked down is marked up again. */
  successesToMarkUp: number;
}

/** Oracle Traffic Director defaults, used for any HTTP load balancer (DOMAIN.md §1, §2; vendor). */
export const OTD_HEALTH_CHECK: HealthCheckTiming = { intervalMs: 30_000, timeoutMs: 5000, failuresToMarkDown: 3, successesToMarkUp: 1 };

/**
 * 'token': any healthy member can answer any request (OT-1: OnTime's token REST), so requests go round-robin.
 * 'sticky': a request key (a session) stays on the member it was first sent to while that member is up
 * (WebLogic HTTP sessions); when it is marked down the key moves to another member.
 */
export type Routing = 'token' | 'sticky';

/** A backend behind the balancer: how the health check sees it. */
export interface LbMember {
  nodeId: string;
  /** Whether the member answers a health check right now (its server process is running). */
  serving(): boolean;
  /** The event that last changed the member (the cause of it being marked down or up). */
  lastChange?(): number | null;
}

/** The usual member: a server process, healthy while running. */
export function processMember(process: SimProcess): LbMember {
  return { nodeId: process.nodeId, serving: () => process.isRunning, lastChange: () => process.lastChangeEvent };
}

export interface Route {
  member: string;
  /** Sticky routing only: the key had to leave the member it was pinned to (its session moves). */
  moved: boolean;
}

interface MemberState {
  member: LbMember;
  markedUp: boolean;
  failures: number;
  successes: number;
  probe: number;
  /** Why the last failed health check failed, as seen when it was sent (a cut may heal before it times out). */
  failCause: number | null;
}

/**
 * A health-checked HTTP load balancer on host `lbNode`. Every `intervalMs` it probes each member over the
 * network; `failuresToMarkDown` consecutive unanswered probes mark the member down ('lb.markedDown'),
 * `successesToMarkUp` answered ones mark it up again ('lb.markedUp'). Until a dead member is marked down the
 * balancer keeps routing requests to it: the errors users see after a crash (S2: up to ≈ 90 s with OTD defaults).
 *
 * The verdict names its cause: the partition or link cut between balancer and member when there is one,
 * otherwise what last happened to the member.
 */
export class LoadBalancer {
  private readonly states: MemberState[];
  private readonly pins = new Map<string, string>();
  private next = 0;
  private readonly listeners: Array<(member: string, up: boolean) => void> = [];
  /** The last 'lb.markedUp' / 'lb.markedDown' event: why requests are routed as they are now. */
  lastVerdict: number | null = null;

  constructor(
    private readonly kernel: Kernel,
    private readonly network: Network,
    readonly lbNode: string,
    members: readonly LbMember[],
    readonly timing: HealthCheckTiming = OTD_HEALTH_CHECK,
    readonly routing: Routing = 'token',
    /** Whether the balancer itself runs (its process); a stopped balancer checks and routes nothing. */
    private readonly running: () => boolean = () => true,
  ) {
    this.states = members.map((member) => ({ member, markedUp: true, failures: 0, successes: 0, probe: 0, failCause: null }));
    this.kernel.after(timing.intervalMs, () => this.checkAll(), null);
  }

  /** Called with (member, up) whenever a member is marked down or up; runs with that event as the cause. */
  onChange(listener: (member: string, up: boolean) => void): void {
    this.listeners.push(listener);
  }

  isMarkedUp(nodeId: string): boolean {
    return this.states.find((s) => s.member.nodeId === nodeId)?.markedUp ?? false;
  }

  /** Members the balancer currently routes to, in design order. */
  markedUp(): string[] {
    return this.states.filter((s) => s.markedUp).map((s) => s.member.nodeId);
  }

  /**
   * Where the balancer sends a request now; undefined when it is down or no member is marked up (the client
   * gets an error from the balancer itself). `key` identifies the session for sticky routing.
   */
  route(key?: string): Route | undefined {
    if (!this.running()) return undefined;
    const up = this.states.filter((s) => s.markedUp);
    if (up.length === 0) return undefined;
    if (this.routing === 'token' || key === undefined) {
      const chosen = up[this.next++ % up.length]!;
      return { member: chosen.member.nodeId, moved: false };
    }
    const pinned = this.pins.get(key);
    if (pinned !== undefined && up.some((s) => s.member.nodeId === pinned)) return { member: pinned, moved: false };
    const chosen = up[hash(key) % up.length]!.member.nodeId;
    this.pins.set(key, chosen);
    return { member: chosen, moved: pinned !== undefined };
  }

  private checkAll(): void {
    if (this.running()) this.states.forEach((s) => this.probe(s));
    this.kernel.after(this.timing.intervalMs, () => this.checkAll(), null);
  }

  private probe(state: MemberState): void {
    const probe = ++state.probe;
    let answered = false;
    const target = state.member.nodeId;
    const cutAtSend = this.network.silenceCause(this.lbNode, target) ?? this.network.silenceCause(target, this.lbNode) ?? null;
    this.network.send(this.lbNode, target, () => {
      if (!state.member.serving()) return;
      this.network.send(target, this.lbNode, () => {
        if (state.probe !== probe || answered) return;
        answered = true;
        this.record(state, true);
      });
    });
    this.kernel.after(this.timing.timeoutMs, () => {
      if (state.probe === probe && !answered) {
        answered = true;
        state.failCause = latestCause(cutAtSend, this.network.silenceCause(this.lbNode, target), this.network.silenceCause(target, this.lbNode));
        this.record(state, false);
      }
    });
  }

  private record(state: MemberState, ok: boolean): void {
    state.failures = ok ? 0 : state.failures + 1;
    state.successes = ok ? state.successes + 1 : 0;
    if (state.markedUp && state.failures >= this.timing.failuresToMarkDown) this.mark(state, false);
    else if (!state.markedUp && state.successes >= this.timing.successesToMarkUp) this.mark(state, true);
  }

  /**
   * Why the health checks of `member` now pass or fail: either way round of the path (a check needs its answer
   * back, so a one-way partition counts), the member's own change, or either host's power.
   */
  private verdictCause(state: MemberState, up: boolean): number | null {
    const member = state.member;
    const net = this.network;
    const hosts = [net.hostCause(this.lbNode), net.hostCause(member.nodeId)];
    const changed = member.lastChange?.() ?? null;
    if (up) return latestCause(net.reopenedCause(this.lbNode, member.nodeId), net.reopenedCause(member.nodeId, this.lbNode), changed, ...hosts);
    if (!net.isHostUp(this.lbNode)) return hosts[0]!;
    const cut = net.silenceCause(this.lbNode, member.nodeId) ?? net.silenceCause(member.nodeId, this.lbNode);
    return latestCause(cut, changed) ?? state.failCause ?? hosts[1]!;
  }

  private mark(state: MemberState, up: boolean): void {
    state.markedUp = up;
    const member = state.member.nodeId;
    const event = this.kernel.emit({ type: up ? 'lb.markedUp' : 'lb.markedDown', subject: member, lb: this.lbNode, member }, this.verdictCause(state, up));
    this.lastVerdict = event.id;
    this.kernel.withCause(event.id, () => this.listeners.forEach((l) => l(member, up)));
  }
}

/** FNV-1a: a stable spread of session keys over members. */
function hash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
