import type { World } from '../sim/world';
import type { Membership } from './membership';
import type { SimProcess } from './process';

export interface AssignmentOptions {
  /** Claim kind the holders are declared under, e.g. 'sync' gives claims 'sync:<resource>' (see invariants/). */
  claimKind: string;
  /** Wait after the owner is back before it takes its resources again (OT-5: ≈ 10 s). */
  failbackDelayMs: number;
}

/** Heartbeat timing from "every intervalMs, dead after missedBeats silent intervals" (WebLogic: 10 s × 3). */
export function timingFromBeats(heartbeatIntervalMs: number, missedBeats: number): { heartbeatIntervalMs: number; deadAfterMs: number } {
  return { heartbeatIntervalMs, deadAfterMs: heartbeatIntervalMs * missedBeats };
}

/**
 * Resources (a mail server's Sync, a singleton service…) each owned by one member of a heartbeat membership.
 * When an observer declares a holder dead and is the first member it still believes alive, it takes over that
 * holder's resources ('assignment.takeover'); when the owner is back (restarted, or heard again after a
 * partition) the resources go home after `failbackDelayMs` ('assignment.failback').
 *
 * Beliefs are per member, so a partition can leave two members acting on one resource: both are declared as
 * claims, which is exactly what the invariants and the report look at. A member that stops or crashes drops
 * its claims.
 */
export class Assignment {
  private readonly owner = new Map<string, SimProcess>();
  /** Who acts on each resource, by its own belief. */
  private readonly actors = new Map<string, Set<SimProcess>>();
  /** The member that last stopped acting on each resource: whose death orphans it. */
  private readonly lastHolder = new Map<string, SimProcess>();
  private readonly listeners: Array<(resource: string, holders: readonly SimProcess[]) => void> = [];

  constructor(
    private readonly world: World,
    private readonly membership: Membership,
    resources: ReadonlyArray<{ id: string; owner: SimProcess }>,
    private readonly options: AssignmentOptions,
  ) {
    for (const { id, owner } of resources) {
      this.owner.set(id, owner);
      this.actors.set(id, new Set(owner.isRunning ? [owner] : []));
      this.declare(id);
    }
    for (const member of membership.members) member.onChange((p, _from, to) => this.onMemberChange(p, to));
  }

  /** Called after the holders of a resource changed (the kit refreshes its view). */
  onChange(listener: (resource: string, holders: readonly SimProcess[]) => void): void {
    this.listeners.push(listener);
  }

  /** Who acts on the resource now (normally one member; two during a partition; none when all are down). */
  holders(resource: string): SimProcess[] {
    return [...(this.actors.get(resource) ?? [])];
  }

  ownerOf(resource: string): SimProcess | undefined {
    return this.owner.get(resource);
  }

  /** Membership handler: wire as `onDead: (o, p) => assignment.peerDead(o, p)`. */
  peerDead(observer: SimProcess, peer: SimProcess): void {
    const standIn = this.membership.aliveAccordingTo(observer).find((p) => p !== peer);
    if (standIn !== observer) return;
    for (const [resource, actors] of this.actors) {
      const orphanedBy = actors.size === 0 ? (this.lastHolder.get(resource) ?? this.owner.get(resource)) : undefined;
      if (!actors.has(peer) && orphanedBy !== peer) continue;
      if (actors.has(observer)) continue;
      actors.add(observer);
      this.world.kernel.emit({ type: 'assignment.takeover', subject: resource, resource, from: peer.nodeId, to: observer.nodeId });
      this.changed(resource);
    }
  }

  /**
   * Membership handler: a stand-in hears the owner again. After a partition the owner never stopped acting,
   * so the stand-in stops at once (two actors would be a split brain); a restarted owner gets its resources
   * after the failback delay (see onMemberChange).
   */
  peerAlive(observer: SimProcess, peer: SimProcess): void {
    for (const [resource, owner] of this.owner) {
      const actors = this.actors.get(resource)!;
      if (owner === peer && owner.isRunning && actors.has(owner) && actors.has(observer)) this.failback(resource);
    }
  }

  private onMemberChange(member: SimProcess, to: string): void {
    if (to === 'running') {
      for (const [resource, owner] of this.owner) if (owner === member) this.world.kernel.after(this.options.failbackDelayMs, () => this.failback(resource));
      return;
    }
    for (const [resource, actors] of this.actors) {
      if (!actors.delete(member)) continue;
      this.lastHolder.set(resource, member);
      this.changed(resource);
    }
  }

  /** OT-5: the owner resumes; every stand-in stops. */
  private failback(resource: string): void {
    const owner = this.owner.get(resource)!;
    const actors = this.actors.get(resource)!;
    if (!owner.isRunning) return;
    const standIns = [...actors].filter((p) => p !== owner);
    if (standIns.length === 0 && actors.has(owner)) return;
    actors.clear();
    actors.add(owner);
    this.world.kernel.emit({ type: 'assignment.failback', subject: resource, resource, from: standIns.map((p) => p.nodeId).join('+'), to: owner.nodeId });
    this.changed(resource);
  }

  private declare(resource: string): void {
    this.world.claims.set(`${this.options.claimKind}:${resource}`, this.holders(resource).map((p) => p.nodeId));
  }

  private changed(resource: string): void {
    this.declare(resource);
    const holders = this.holders(resource);
    this.listeners.forEach((l) => l(resource, holders));
  }
}
