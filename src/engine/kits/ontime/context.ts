import { latestCause } from '../../kernel/cause';
import type { World } from '../../sim/world';
import type { SimProcess } from '../../primitives/process';
import { PROC } from './kinds';
import { systemOf, type OnTimeSystem, type OnTimeTopology } from './topology';

/** A parameter spec as the kit reads it: key and default. */
export interface ParamRef {
  key: string;
  default: number;
}

/**
 * What every part of the OnTime runtime needs: the world, the resolved topology, parameters with their
 * defaults, and the liveness questions they all ask ("is the Domino server up?", "can A reach B?").
 */
export class OnTimeContext {
  private readonly listeners: Array<() => void> = [];
  private changes = 0;
  private dirty = new Set<OnTimeSystem>();
  private everything = true;
  /** The run start, current while the kit installs: the cause of what the design alone explains (no REST URL). */
  readonly designCause: number | null;

  constructor(
    readonly world: World,
    readonly topo: OnTimeTopology,
  ) {
    this.designCause = world.kernel.cause;
  }

  get kernel() {
    return this.world.kernel;
  }

  get now(): number {
    return this.world.kernel.now;
  }

  num(nodeId: string, spec: ParamRef): number {
    return this.world.numParam(nodeId, spec.key, spec.default);
  }

  name(nodeId: string): string {
    return this.world.nodes.get(nodeId)?.name ?? nodeId;
  }

  domino(nodeId: string): SimProcess | undefined {
    return this.world.process(nodeId, PROC.domino);
  }

  task(nodeId: string): SimProcess | undefined {
    return this.world.process(nodeId, PROC.task);
  }

  /** The Domino server answers (its host is powered and the server process runs). */
  dominoUp(nodeId: string): boolean {
    return this.world.network.isHostUp(nodeId) && (this.domino(nodeId)?.isRunning ?? false);
  }

  /** The OnTime task can work: it runs, inside a running Domino server. */
  taskActive(nodeId: string): boolean {
    return (this.task(nodeId)?.isRunning ?? false) && this.dominoUp(nodeId);
  }

  /** `from` can open a connection to the Domino server `to` right now. */
  reachable(from: string, to: string): boolean {
    return this.world.network.isHostUp(from) && this.dominoUp(to) && this.world.network.rttMs(from, to) !== undefined;
  }

  rttMs(from: string, to: string): number {
    return this.world.network.rttMs(from, to) ?? 0;
  }

  /** The event that last changed `nodeId`'s Domino server: why a peer could not reach it. */
  whyDown(nodeId: string): number | null {
    return this.domino(nodeId)?.lastChangeEvent ?? latestCause(this.world.network.hostCause(nodeId), ...this.world.processesOn(nodeId).map((p) => p.lastChangeEvent)) ?? this.kernel.cause;
  }

  /** The last RTT change along a chain of hosts (clients → LB → server): why requests got slower. */
  slowedBy(...hops: string[]): number | null {
    return latestCause(...hops.slice(1).map((h, i) => this.world.network.rttCause(hops[i]!, h)));
  }

  /** Why `from` cannot reach `to` now: the cut path (partition, link down), else `to`'s own state. */
  whyUnreachable(from: string, to: string): number | null {
    if (!this.world.network.isHostUp(from)) return this.whyDown(from);
    return this.world.network.silenceCause(from, to) ?? this.whyDown(to);
  }

  /** What let `from` reach `to` again: the later of the path reopening and `to` coming up. */
  whyReachable(from: string, to: string): number | null {
    return latestCause(this.world.network.reopenedCause(from, to), this.world.network.hostCause(from), this.whyDown(to));
  }

  /**
   * Changes whenever the network changes or a part of the runtime reports a change (`changed`: every state
   * change of an OnTime process, mail DB failover, takeovers…): equal versions mean the same OnTime state.
   * Other kits' processes do not count: nothing OnTime derives depends on them.
   */
  get version(): number {
    return this.world.network.version + this.changes;
  }

  /** Something visible changed: the runtime re-renders node views and relations. */
  onChanged(listener: () => void): void {
    this.listeners.push(listener);
  }

  /**
   * `nodeId`: the node whose OnTime system the change is in (its views are redrawn); null for a change only of
   * shown figures (a Sync lag: see SyncService.lagChangedMails); none: anything may have changed.
   */
  changed(nodeId?: string | null): void {
    if (nodeId === undefined) this.everything = true;
    else if (nodeId !== null) this.dirty.add(systemOf(this.topo, nodeId));
    this.changes++;
    for (const l of this.listeners) l();
  }

  /** The systems changes were reported in since the last call ('all' when one was not placed), then forgets them. */
  takeChangedSystems(): ReadonlySet<OnTimeSystem> | 'all' {
    const taken = this.everything ? 'all' : this.dirty;
    this.everything = false;
    this.dirty = new Set();
    return taken;
  }
}
