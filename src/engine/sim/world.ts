import { Kernel } from '../kernel/kernel';
import { Network } from '../network/network';
import { SimProcess, type ProcessTiming } from '../primitives/process';
import type { DesignDoc, DesignNode, ParamValue } from '../design/schema';
import type { NodeView, Note, RelationView } from './view';
import { Workload, type WorkloadSpec } from '../primitives/workload';
import { ClaimRegistry } from './claims';
import { idTable } from '../idTable';

function sameParams(a: Note['params'], b: Note['params']): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}

/** Kits set every node's view on every change, so this runs very often: no JSON, no allocation. */
function sameView(a: NodeView | undefined, status: NodeView['status'], notes: readonly Note[], hostUp: boolean): boolean {
  if (a === undefined || a.status !== status || a.hostUp !== hostUp || a.notes.length !== notes.length) return false;
  for (let i = 0; i < notes.length; i++) {
    const x = a.notes[i]!;
    const y = notes[i]!;
    if (x.key !== y.key || !sameParams(x.params, y.params)) return false;
  }
  return true;
}

function sameRelation(a: RelationView | undefined, b: RelationView): boolean {
  return a !== undefined && a.from === b.from && a.to === b.to && a.active === b.active && a.lagMs === b.lagMs;
}

/**
 * The simulated world a kit builds on: kernel, network, processes by node, and the live view with dirty
 * tracking so that a frame carries only what changed.
 */
export class World {
  readonly kernel: Kernel;
  readonly network: Network;
  readonly nodes = new Map<string, DesignNode>();
  private readonly processes = new Map<string, SimProcess[]>();
  private readonly views = new Map<string, NodeView>();
  private readonly dirtyViews = new Set<string>();
  private readonly relations = new Map<string, RelationView>();
  private readonly dirtyRelations = new Set<string>();
  readonly gauges: Array<[key: string, read: () => number]> = [];
  private readonly viewRenderers: Array<() => void> = [];
  readonly workloads: Workload[] = [];
  /** Who holds what exclusively (a mail server's Sync, the primary role…): what invariants check. */
  readonly claims = new ClaimRegistry();
  private processChanges = 0;
  /** Sites whose power is off (a `siteDown` not yet undone by `siteUp`): part of the network view of every frame. */
  readonly downSites = new Set<string>();
  /** Counts changes of `downSites` and of parameters: see `netVersion` and `stateVersion`. */
  private siteChanges = 0;
  private paramChanges = 0;

  constructor(readonly design: DesignDoc, seed: number) {
    this.kernel = new Kernel(seed);
    this.network = new Network(this.kernel, design);
    for (const node of design.nodes) this.nodes.set(node.id, node);
  }

  /**
   * Changes whenever a process changes state or the network changes (hosts, links, partitions, round trips):
   * what a kit derives from those alone can be cached until it changes (OnTime's REST paths are, every tick).
   */
  get stateVersion(): number {
    return this.network.version + this.processChanges + this.paramChanges;
  }

  /** Changes whenever the network view (links, partitions, sites without power) may have changed. */
  get netVersion(): number {
    return this.network.version + this.siteChanges;
  }

  /** A numeric parameter of a node, or the kit's default. */
  numParam(nodeId: string, key: string, fallback: number): number {
    const value: ParamValue | undefined = this.nodes.get(nodeId)?.params[key];
    return typeof value === 'number' ? value : fallback;
  }

  /**
   * Parameters changed while running (a 'setParams' fault): every later read of them (numParam) sees the new
   * values; what a kit fixed at install does not change. Emits 'node.params'; false for an unknown node.
   */
  setParams(nodeId: string, params: Readonly<Record<string, number>>): boolean {
    const node = this.nodes.get(nodeId);
    if (!node) return false;
    this.nodes.set(nodeId, { ...node, params: { ...node.params, ...params } });
    // Kits cache what they derive from the state (OnTime's REST paths): a parameter may be part of it.
    this.paramChanges++;
    this.kernel.emit({ type: 'node.params', subject: nodeId, params: { ...params } });
    return true;
  }

  /** `requires`: what else must run for this process to start (e.g. the server it is a task of); default nothing. */
  addProcess(nodeId: string, name: string, timing: ProcessTiming, requires: () => boolean = () => true): SimProcess {
    const process = new SimProcess(this.kernel, nodeId, name, timing, () => this.network.isHostUp(nodeId) && requires());
    process.onChange(() => this.processChanges++);
    const list = this.processes.get(nodeId) ?? [];
    list.push(process);
    this.processes.set(nodeId, list);
    return process;
  }

  process(nodeId: string, name: string): SimProcess | undefined {
    return this.processes.get(nodeId)?.find((p) => p.name === name);
  }

  processesOn(nodeId: string): readonly SimProcess[] {
    return this.processes.get(nodeId) ?? [];
  }

  /** Power failure of a host: every process on it crashes, attributed to the host event. */
  crashHost(nodeId: string): void {
    if (!this.network.isHostUp(nodeId)) return;
    const event = this.kernel.emit({ type: 'host.state', subject: nodeId, up: false });
    this.network.setHostUp(nodeId, false, event.id);
    this.kernel.withCause(event.id, () => this.processesOn(nodeId).forEach((p) => p.crash()));
  }

  /** The host is powered on again: its processes boot as they would at server start. */
  recoverHost(nodeId: string): void {
    if (this.network.isHostUp(nodeId)) return;
    const event = this.kernel.emit({ type: 'host.state', subject: nodeId, up: true });
    this.network.setHostUp(nodeId, true, event.id);
    this.kernel.withCause(event.id, () => this.processesOn(nodeId).forEach((p) => p.start()));
  }

  /** Whole-site power failure: every host of the site goes down (and its processes crash), caused by 'site.down'. */
  siteDown(siteId: string): void {
    if (!this.downSites.has(siteId)) {
      this.downSites.add(siteId);
      this.siteChanges++;
    }
    const hosts = this.network.hostsIn(siteId).filter((h) => this.network.isHostUp(h));
    if (hosts.length === 0) return;
    const event = this.kernel.emit({ type: 'site.down', subject: siteId });
    this.kernel.withCause(event.id, () => hosts.forEach((h) => this.crashHost(h)));
  }

  /** Power is back in the site: its hosts come up and boot their processes, caused by 'site.up'. */
  siteUp(siteId: string): void {
    if (this.downSites.delete(siteId)) this.siteChanges++;
    const hosts = this.network.hostsIn(siteId).filter((h) => !this.network.isHostUp(h));
    if (hosts.length === 0) return;
    const event = this.kernel.emit({ type: 'site.up', subject: siteId });
    this.kernel.withCause(event.id, () => hosts.forEach((h) => this.recoverHost(h)));
  }

  /** Sets what the canvas shows of a node; the host's power state is filled in here for every kit. */
  setNodeView(nodeId: string, partial: Omit<NodeView, 'hostUp'>): void {
    const hostUp = this.network.isHostUp(nodeId);
    if (sameView(this.views.get(nodeId), partial.status, partial.notes, hostUp)) return;
    const view: NodeView = { ...partial, hostUp };
    this.views.set(nodeId, view);
    this.dirtyViews.add(nodeId);
  }

  setRelation(relation: RelationView): void {
    if (sameRelation(this.relations.get(relation.id), relation)) return;
    this.relations.set(relation.id, relation);
    this.dirtyRelations.add(relation.id);
  }

  /** The live relations by id (read-only: invariant checkers compare them with a kit's state). */
  relationViews(): ReadonlyMap<string, RelationView> {
    this.renderViews();
    return this.relations;
  }

  /**
   * A kit's drawing of its node views and relations. Views are drawn when they are looked at (a frame is drained,
   * relations are read), not on every change: a view is a pure function of the state at that moment, and one drawing
   * per frame costs a fraction of one per change (a third of the engine's time went into redrawing views nobody saw).
   */
  addViewRenderer(render: () => void): void {
    this.viewRenderers.push(render);
  }

  private renderViews(): void {
    for (const render of this.viewRenderers) render();
  }

  gauge(key: string, read: () => number): void {
    this.gauges.push([key, read]);
  }

  /**
   * Adds a closed-loop workload (see primitives/workload.ts). Its figures are gauges `<metric>:<id>`; the
   * whole-system gauges `throughput`, `errorRate`, `latencyP50Ms`, `latencyP95Ms` combine every workload
   * (weighted by the requests each sends) and are registered with the first one.
   */
  addWorkload(spec: WorkloadSpec): Workload {
    const workload = new Workload(this.kernel, spec);
    if (this.workloads.length === 0) this.registerSystemGauges();
    this.workloads.push(workload);
    this.gauge(`throughput:${spec.id}`, () => workload.stats.throughput);
    this.gauge(`errorRate:${spec.id}`, () => workload.stats.errorRate);
    this.gauge(`latencyP50Ms:${spec.id}`, () => workload.stats.latencyP50Ms);
    this.gauge(`latencyP95Ms:${spec.id}`, () => workload.stats.latencyP95Ms);
    return workload;
  }

  private registerSystemGauges(): void {
    const weighted = (read: (w: Workload) => number) => () => {
      const attempts = this.workloads.reduce((s, w) => s + w.stats.attempts, 0);
      return attempts > 0 ? this.workloads.reduce((s, w) => s + read(w) * w.stats.attempts, 0) / attempts : 0;
    };
    this.gauge('throughput', () => this.workloads.reduce((s, w) => s + w.stats.throughput, 0));
    this.gauge('errorRate', weighted((w) => w.stats.errorRate));
    this.gauge('latencyP50Ms', weighted((w) => w.stats.latencyP50Ms));
    this.gauge('latencyP95Ms', weighted((w) => w.stats.latencyP95Ms));
  }

  /** The views changed since the last call (or all of them with `all`). */
  drainViews(all = false): { nodes: Record<string, NodeView>; relations: RelationView[] } {
    this.renderViews();
    const ids = all ? [...this.views.keys()] : [...this.dirtyViews];
    const relIds = all ? [...this.relations.keys()] : [...this.dirtyRelations];
    this.dirtyViews.clear();
    this.dirtyRelations.clear();
    const nodes = idTable<NodeView>();
    for (const id of ids) nodes[id] = this.views.get(id)!;
    return { nodes, relations: relIds.map((id) => this.relations.get(id)!) };
  }
}
