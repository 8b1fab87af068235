import type { Kernel } from '../kernel/kernel';
import type { Network } from '../network/network';
import type { SimProcess } from './process';
import type { RelationView } from '../sim/view';
import { latestCause } from '../kernel/cause';

export interface MembershipTiming {
  /** How often each running member sends a heartbeat to every peer. */
  heartbeatIntervalMs: number;
  /** A peer not heard from for this long is declared dead. */
  deadAfterMs: number;
}

export interface MembershipHandlers {
  /** `observer` has just declared `peer` dead; the current cause is the 'member.dead' event. */
  onDead?(observer: SimProcess, peer: SimProcess): void;
  /** `observer` hears from `peer` again after having declared it dead. */
  onAlive?(observer: SimProcess, peer: SimProcess): void;
}

/** `heard` is false while either member is down or has declared the other dead. */
export type PairListener = (a: SimProcess, b: SimProcess, heard: boolean) => void;

interface PeerView {
  lastHeardMs: number;
  dead: boolean;
  checkPending: boolean;
  /** The 'member.dead' verdict while `dead`: the cause of 'alive again' when nothing else changed since. */
  deadEvent: number | null;
  /** Delivers a heartbeat of the peer to the observer; checks the peer's silence. Made once: beats are frequent. */
  deliver: () => void;
  check: () => void;
}

/**
 * Heartbeat membership: every running member beats to every peer over the network; each member keeps its own
 * view of who is alive. A peer is declared dead when nothing arrived for `deadAfterMs`, so a partition makes
 * both sides declare each other dead: what the kits do then is their business.
 *
 * Heartbeats are kernel actions, not events: only the verdicts (dead, alive again) are reported.
 */
export class Membership {
  private readonly views = new Map<SimProcess, Map<SimProcess, PeerView>>();
  private readonly generations = new Map<SimProcess, number>();
  private readonly pairListeners: PairListener[] = [];
  /** Each member's heartbeats: the peer's host and the delivery to it (see PeerView.deliver). */
  private readonly outboxes = new Map<SimProcess, Array<{ to: string; deliver: () => void }>>();
  /** Each member's next beat, for its current generation (made when it joins, not at every beat). */
  private readonly nextBeats = new Map<SimProcess, () => void>();

  constructor(
    private readonly kernel: Kernel,
    private readonly network: Network,
    readonly members: readonly SimProcess[],
    private readonly timing: MembershipTiming,
    private readonly handlers: MembershipHandlers = {},
  ) {
    // Every view (and so every outbox) exists before the first member joins and beats.
    for (const member of members) this.outboxes.set(member, []);
    for (const member of members) this.views.set(member, new Map(members.filter((p) => p !== member).map((p) => [p, this.newView(member, p)])));
    for (const member of members) {
      this.generations.set(member, 0);
      member.onChange((p, _from, to) => (to === 'running' ? this.join(p) : this.leave(p)));
      if (member.isRunning) this.join(member);
    }
  }

  private newView(observer: SimProcess, peer: SimProcess): PeerView {
    const view: PeerView = { lastHeardMs: 0, dead: false, checkPending: false, deadEvent: null, deliver: () => this.receive(observer, peer), check: () => this.check(observer, peer, view) };
    this.outboxes.get(peer)!.push({ to: observer.nodeId, deliver: view.deliver });
    return view;
  }

  /** Whether `observer` currently believes `peer` is alive. */
  believesAlive(observer: SimProcess, peer: SimProcess): boolean {
    if (observer === peer) return observer.isRunning;
    return this.views.get(observer)?.get(peer)?.dead === false;
  }

  /** Members `observer` believes alive, itself included when running, in membership order. */
  aliveAccordingTo(observer: SimProcess): SimProcess[] {
    return this.members.filter((p) => this.believesAlive(observer, p));
  }

  /**
   * Calls `listener` now for every pair of members, then whenever a pair's heartbeats start or stop being
   * heard (a member stops or starts, a verdict changes): never per heartbeat, so it costs nothing per beat.
   */
  onPairChange(listener: PairListener): void {
    this.pairListeners.push(listener);
    this.members.forEach((a, i) => this.members.slice(i + 1).forEach((b) => listener(a, b, this.heard(a, b))));
  }

  private heard(a: SimProcess, b: SimProcess): boolean {
    return a.isRunning && b.isRunning && this.views.get(a)?.get(b)?.dead === false && this.views.get(b)?.get(a)?.dead === false;
  }

  private notifyPairs(member: SimProcess): void {
    if (this.pairListeners.length === 0) return;
    const at = this.members.indexOf(member);
    this.members.forEach((peer, i) => {
      if (peer === member) return;
      const [a, b] = i < at ? [peer, member] : [member, peer];
      for (const listener of this.pairListeners) listener(a, b, this.heard(a, b));
    });
  }

  private join(member: SimProcess): void {
    const gen = (this.generations.get(member) ?? 0) + 1;
    this.generations.set(member, gen);
    this.nextBeats.set(member, () => this.beat(member, gen));
    // A (re)started member gives every peer a fresh grace period before judging it.
    for (const [, view] of this.views.get(member) ?? []) {
      view.lastHeardMs = this.kernel.now;
      view.dead = false;
      this.scheduleCheck(view);
    }
    this.beat(member, gen);
    this.notifyPairs(member);
  }

  private leave(member: SimProcess): void {
    this.generations.set(member, (this.generations.get(member) ?? 0) + 1);
    this.notifyPairs(member);
  }

  private beat(member: SimProcess, gen: number): void {
    if (this.generations.get(member) !== gen || !member.isRunning) return;
    for (const { to, deliver } of this.outboxes.get(member)!) this.network.send(member.nodeId, to, deliver);
    // `gen` is current here, so the next beat is this generation's.
    this.kernel.after(this.timing.heartbeatIntervalMs, this.nextBeats.get(member)!, null);
  }

  private receive(observer: SimProcess, sender: SimProcess): void {
    if (!observer.isRunning) return;
    const view = this.views.get(observer)?.get(sender);
    if (!view) return;
    view.lastHeardMs = this.kernel.now;
    if (view.dead) {
      view.dead = false;
      this.notifyPairs(sender);
      // Back because the path reopened (a heal) or because the peer restarted: whichever happened last. A peer
      // silent for another reason (heartbeats lost in a cut that reopened before the verdict) is back because the
      // verdict was wrong: the verdict is the cause then.
      const cause = latestCause(this.network.reopenedCause(sender.nodeId, observer.nodeId), sender.lastChangeEvent) ?? view.deadEvent;
      const event = this.kernel.emit({ type: 'member.alive', subject: sender.nodeId, observer: observer.nodeId, peer: sender.nodeId }, cause);
      this.kernel.withCause(event.id, () => this.handlers.onAlive?.(observer, sender));
    }
    this.scheduleCheck(view);
  }

  /**
   * The reason `peer` fell silent for `observer`: a partition or a cut link on the way when the peer is still
   * up, otherwise what last changed the peer (its crash, its host's power failure, its stop).
   */
  private whySilent(observer: SimProcess, peer: SimProcess): number | null {
    if (peer.isRunning) {
      const cut = this.network.silenceCause(peer.nodeId, observer.nodeId);
      if (cut !== undefined && cut !== null) return cut;
      // The path is open again, but the heartbeats sent while it was cut were lost (a cut shorter than deadAfterMs).
      return latestCause(this.network.lastCutCause(peer.nodeId, observer.nodeId), peer.lastChangeEvent);
    }
    return peer.lastChangeEvent;
  }

  private scheduleCheck(view: PeerView): void {
    if (view.checkPending) return;
    view.checkPending = true;
    this.kernel.at(view.lastHeardMs + this.timing.deadAfterMs, view.check, null);
  }

  private check(observer: SimProcess, peer: SimProcess, view: PeerView): void {
    view.checkPending = false;
    if (!observer.isRunning || view.dead) return;
    if (this.kernel.now - view.lastHeardMs < this.timing.deadAfterMs) {
      this.scheduleCheck(view);
      return;
    }
    view.dead = true;
    this.notifyPairs(peer);
    const event = this.kernel.emit({ type: 'member.dead', subject: peer.nodeId, observer: observer.nodeId, peer: peer.nodeId }, this.whySilent(observer, peer));
    view.deadEvent = event.id;
    this.kernel.withCause(event.id, () => this.handlers.onDead?.(observer, peer));
  }
}

/** Heartbeat edges are drawn only for small clusters: n members make n·(n−1)/2 edges. */
export const MAX_HEARTBEAT_MEMBERS = 6;

/**
 * Publishes the heartbeats of a membership as live relations `heartbeat:<a>~<b>`, active while both members
 * hear each other, for clusters of at most MAX_HEARTBEAT_MEMBERS members.
 */
export function publishHeartbeats(membership: Membership, setRelation: (relation: RelationView) => void): void {
  if (membership.members.length > MAX_HEARTBEAT_MEMBERS) return;
  membership.onPairChange((a, b, heard) => setRelation({ id: `heartbeat:${a.nodeId}~${b.nodeId}`, kind: 'heartbeat', from: a.nodeId, to: b.nodeId, active: heard }));
}
