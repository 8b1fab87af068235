import type { WorkloadStats } from '../../primitives/workload';
import { K } from './kinds';
import type { OnTimeRuntime } from './runtime';
import { systemOf, type OnTimeSystem } from './topology';

const ONTIME_KINDS: ReadonlySet<string> = new Set(Object.values(K));

/** An OnTime node as the renderer walks them, in design order. */
export interface RenderedNode {
  id: string;
  kind: string;
  system: OnTimeSystem;
  /** Its position among the client populations' workloads (clients only). */
  workload: number | undefined;
}

/** What renderOnTime has to redraw now. */
export interface RenderPlan {
  /** Everything (the first render, a balancer verdict or URL changed, a change reported without its node). */
  all: boolean;
  /** Systems whose node views and mail edges may have changed: changes reported in them, hosts that went up or down. */
  systems: ReadonlySet<OnTimeSystem>;
  /** The workload figures when it last drew (a client population whose figures changed is redrawn). */
  drawnStats: readonly WorkloadStats[];
  /** Mail servers whose shown Sync lag changed. */
  lagged: readonly string[];
}

interface LastRender {
  state: string;
  lag: number;
  routing: number;
  stats: readonly WorkloadStats[];
  network: number;
  hostUp: boolean[];
}

const LAST_RENDER = new WeakMap<OnTimeRuntime, LastRender>();
const NODES = new WeakMap<OnTimeRuntime, RenderedNode[]>();

/** The OnTime nodes in design order (other kits draw their own nodes: an OTD is not a Domino server). */
export function renderedNodes(rt: OnTimeRuntime): readonly RenderedNode[] {
  let nodes = NODES.get(rt);
  if (!nodes) {
    const workloads = [...rt.rest.workloads.keys()];
    nodes = [...rt.ctx.world.nodes.values()]
      .filter((n) => ONTIME_KINDS.has(n.kind))
      .map((n) => {
        const workload = workloads.indexOf(n.id);
        return { id: n.id, kind: n.kind, system: systemOf(rt.ctx.topo, n.id), workload: workload >= 0 ? workload : undefined };
      });
    NODES.set(rt, nodes);
  }
  return nodes;
}

/**
 * renderOnTime runs on every change, often several times for one (a process listener, then the takeover's).
 * Undefined when nothing it reads changed since it last ran (hosts, processes, network, who syncs what and its
 * shown lag, mail DB targets, ConfigDB versions, balancer verdicts and URLs, workload figures). Otherwise what may
 * have changed: a node view or mail edge reads only its own system's state (processes, hosts, Sync, mail DBs,
 * ConfigDB), every change of which is reported with a node of that system or shows in its hosts; workload figures
 * and lags are redrawn where they show; anything else redraws everything.
 */
export function planRender(rt: OnTimeRuntime): RenderPlan | undefined {
  const marked = rt.ctx.takeChangedSystems();
  const lagged = rt.sync.lagChangedMails.splice(0);
  const world = rt.ctx.world;
  const state = `${world.stateVersion}|${rt.sync.syncer.changes}|${rt.mailDb.changes}|${rt.configDb.versionChanges}|${rt.rest.routingChanges}`;
  const lag = rt.sync.lagChanges;
  const stats = [...rt.rest.workloads.values()].map((w) => w.stats);
  const last = LAST_RENDER.get(rt);
  const network = world.network.version;
  const nodes = renderedNodes(rt);
  const hostUp = last === undefined || last.network !== network ? nodes.map((n) => world.network.isHostUp(n.id)) : last.hostUp;
  LAST_RENDER.set(rt, { state, lag, routing: rt.rest.routingChanges, stats, network, hostUp });
  if (last !== undefined && last.state === state && last.lag === lag && last.stats.every((s, i) => s === stats[i])) return undefined;
  const all = last === undefined || marked === 'all' || last.routing !== rt.rest.routingChanges;
  const systems = new Set(marked === 'all' ? [] : marked);
  if (last !== undefined && hostUp !== last.hostUp) nodes.forEach((n, i) => hostUp[i] !== last.hostUp[i] && systems.add(n.system));
  return { all, systems, drawnStats: last?.stats ?? [], lagged };
}
