import type { DesignNode, DesignRelation } from '../../design/schema';
import type { SimEvent, SimEventInput } from '../../events';
import type { ParamSpec } from '../../params';
import type { World } from '../../sim/world';
import { choiceDefault } from './params';

/**
 * What every part of the WebLogic kit shares: the world, the design read with defaults, reachability, and a
 * "something changed" signal so the views are refreshed once per action rather than by every part.
 */
export class WlContext {
  private readonly changeListeners: Array<() => void> = [];
  private refreshQueued = false;
  private readonly relationsByKind = new Map<string, readonly DesignRelation[]>();

  /** The run start, current while the kit installs: the cause of what the design alone explains (no database, no server). */
  readonly designCause: number | null;

  constructor(readonly world: World) {
    this.designCause = world.kernel.cause;
  }

  get kernel() {
    return this.world.kernel;
  }

  get network() {
    return this.world.network;
  }

  get now(): number {
    return this.world.kernel.now;
  }

  nodesOfKind(kind: string): DesignNode[] {
    return this.world.design.nodes.filter((n) => n.kind === kind);
  }

  site(nodeId: string): string {
    return this.network.siteOf(nodeId);
  }

  name(nodeId: string): string {
    return this.world.nodes.get(nodeId)?.name ?? nodeId;
  }

  num(nodeId: string | undefined, spec: ParamSpec): number {
    return nodeId === undefined ? spec.default : this.world.numParam(nodeId, spec.key, spec.default);
  }

  str(nodeId: string | undefined, key: string): string {
    const node = nodeId === undefined ? undefined : this.world.nodes.get(nodeId);
    const value = node?.params[key];
    if (typeof value === 'string' || typeof value === 'boolean') return String(value);
    return choiceDefault(node?.kind ?? '', key);
  }

  flag(nodeId: string | undefined, key: string): boolean {
    return this.str(nodeId, key) === 'true';
  }

  /** Whether a message from `a` could reach `b` right now (both hosts up, a path between their sites). */
  reachable(a: string, b: string): boolean {
    return this.network.isHostUp(a) && this.network.isHostUp(b) && this.network.rttMs(a, b) !== undefined;
  }

  rtt(a: string, b: string): number {
    return this.network.rttMs(a, b) ?? 0;
  }

  emit(input: SimEventInput, cause?: number | null): SimEvent {
    return cause === undefined ? this.kernel.emit(input) : this.kernel.emit(input, cause);
  }

  /** The design relations of one kind (the design does not change during a run: each kind is filtered once). */
  relations(kind: string): readonly DesignRelation[] {
    let list = this.relationsByKind.get(kind);
    if (!list) this.relationsByKind.set(kind, (list = this.world.design.relations.filter((r) => r.kind === kind)));
    return list;
  }

  onChange(listener: () => void): void {
    this.changeListeners.push(listener);
  }

  /** Asks for the views to be redrawn at the end of the current instant (coalesced). */
  changed(): void {
    if (this.refreshQueued) return;
    this.refreshQueued = true;
    this.kernel.after(0, () => {
      this.refreshQueued = false;
      this.changeListeners.forEach((l) => l());
    }, null);
  }
}

/** A host of a site, to measure round trips to "wherever in that site" (the Admin Server after a move). */
export function hostInSite(ctx: WlContext, site: string): string | undefined {
  return ctx.world.design.nodes.find((n) => n.siteId === site)?.id;
}
