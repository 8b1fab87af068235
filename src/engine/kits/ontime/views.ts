import type { NodeView, Note } from '../../sim/view';
import { K, MAIL_KINDS, TASK_KINDS } from './kinds';
import { systemOf } from './topology';

const ONTIME_KINDS: ReadonlySet<string> = new Set(Object.values(K));
import type { OnTimeRuntime } from './runtime';
import type { WorkloadStats } from '../../primitives/workload';

type View = Omit<NodeView, 'hostUp'>;

/**
 * What the canvas shows of the OnTime world: each node's state with notes (i18n keys), and the live relations:
 * `sync:<mail>` (who syncs it now), `maildb:<mail>` (which replica OnTime reads and writes), and
 * `configdb:<a>~<b>` (ConfigDB replication between two OnTime servers).
 */
export function renderOnTime(rt: OnTimeRuntime): void {
  const change = sinceLastRender(rt);
  const lagged = rt.sync.lagChangedMails.splice(0);
  if (change === 'none') return;
  if (change !== 'all') return renderFigures(rt, lagged, change);
  const { ctx } = rt;
  for (const node of ctx.world.nodes.values()) {
    // Other kits draw their own nodes (an OTD is not a Domino server).
    if (!ONTIME_KINDS.has(node.kind)) continue;
    const view = nodeView(rt, node.id, node.kind);
    if (view) ctx.world.setNodeView(node.id, view);
  }
  for (const mail of rt.sync.syncer.keys()) renderMailRelations(rt, mail);
  rt.rest.render();
  renderConfigReplication(rt);
}

/** Per runtime: the inputs of the last render (see sinceLastRender). */
const LAST_RENDER = new WeakMap<OnTimeRuntime, { state: string; lag: number; stats: readonly WorkloadStats[] }>();

/**
 * renderOnTime runs on every change, often several times for one (a process listener, then the takeover's):
 * 'none' when nothing it reads changed since it last ran (hosts, processes, network, who syncs what and its shown
 * lag, mail DB targets, ConfigDB versions, balancer verdicts and URLs, workload figures); figures (with the stats last drawn) when only
 * shown Sync lags or workload figures changed (the most frequent case: a Sync pass ends), whose redraw touches
 * only what shows them; 'all' otherwise.
 */
function sinceLastRender(rt: OnTimeRuntime): 'none' | 'all' | { drawnStats: readonly WorkloadStats[] } {
  const state = `${rt.ctx.world.stateVersion}|${rt.sync.syncer.changes}|${rt.mailDb.changes}|${rt.configDb.versionChanges}|${rt.rest.routingChanges}`;
  const lag = rt.sync.lagChanges;
  const stats = [...rt.rest.workloads.values()].map((w) => w.stats);
  const last = LAST_RENDER.get(rt);
  LAST_RENDER.set(rt, { state, lag, stats });
  if (last === undefined || last.state !== state) return 'all';
  return last.lag === lag && last.stats.every((s, i) => s === stats[i]) ? 'none' : { drawnStats: last.stats };
}

/**
 * The redraw of a full render when only shown Sync lags and workload figures changed: every other node view,
 * mail DB edge and ConfigDB edge would come out as drawn. What remains, in the full render's order: the views of
 * client populations whose figures changed (design order), the sync edges whose lag changed (Sync order), REST.
 */
function renderFigures(rt: OnTimeRuntime, lagged: readonly string[], { drawnStats }: { drawnStats: readonly WorkloadStats[] }): void {
  let i = 0;
  for (const [clients, workload] of rt.rest.workloads) {
    if (drawnStats[i++] !== workload.stats) rt.ctx.world.setNodeView(clients, rt.rest.view(clients)!);
  }
  if (lagged.length === 1) renderMailRelations(rt, lagged[0]!);
  else if (lagged.length > 1) for (const mail of rt.sync.syncer.keys()) if (lagged.includes(mail)) renderMailRelations(rt, mail);
  rt.rest.render();
}

/** Per runtime: ConfigDB edges (one per pair of OnTime servers of a system), what each was last drawn as, and its inputs. */
interface ConfigEdges {
  ids: string[];
  /** The pair of each edge, as indexes into the task servers. */
  ends: Array<[number, number]>;
  active: Int8Array;
  hostUp: boolean[];
  dominoUp: boolean[];
  network: number;
}
const CONFIG_EDGES = new WeakMap<OnTimeRuntime, ConfigEdges>();

/** Every pair of task servers of one system, in server order: their ConfigDB replicas replicate with each other. */
function configPairs(rt: OnTimeRuntime): Pick<ConfigEdges, 'ids' | 'ends'> {
  const servers = rt.ctx.topo.taskServers;
  const ids: string[] = [];
  const ends: Array<[number, number]> = [];
  for (let i = 0; i < servers.length; i++) {
    const system = systemOf(rt.ctx.topo, servers[i]!);
    for (let j = i + 1; j < servers.length; j++) {
      if (systemOf(rt.ctx.topo, servers[j]!) !== system) continue;
      ids.push(`configdb:${servers[i]!}~${servers[j]!}`);
      ends.push([i, j]);
    }
  }
  return { ids, ends };
}

/**
 * Every pair of OnTime servers of a system replicates its ConfigDB: quadratic in servers, and redrawn on every
 * change. An edge depends only on its two servers' host and Domino state and on the network, so when the network
 * is as last time only the pairs of servers whose state changed are looked at; an edge is handed to the world only
 * when it differs from what this function drew last (the world gets these edges from nowhere else).
 */
function renderConfigReplication(rt: OnTimeRuntime): void {
  const { ctx } = rt;
  const servers = ctx.topo.taskServers;
  const net = ctx.world.network;
  const hostUp = servers.map((s) => net.isHostUp(s));
  const dominoUp = servers.map((s) => ctx.dominoUp(s));
  let edges = CONFIG_EDGES.get(rt);
  const all = edges === undefined || edges.network !== net.version;
  if (!edges) {
    const pairs = configPairs(rt);
    edges = { ...pairs, active: new Int8Array(pairs.ids.length).fill(-1), hostUp, dominoUp, network: net.version };
    CONFIG_EDGES.set(rt, edges);
  }
  const changed = servers.map((_, i) => all || hostUp[i] !== edges.hostUp[i] || dominoUp[i] !== edges.dominoUp[i]);
  edges.hostUp = hostUp;
  edges.dominoUp = dominoUp;
  edges.network = net.version;
  if (!changed.includes(true)) return;
  for (let k = 0; k < edges.ids.length; k++) {
    const [i, j] = edges.ends[k]!;
    if (!changed[i] && !changed[j]) continue;
    const a = servers[i]!;
    const b = servers[j]!;
    // ctx.reachable(a, b) && ctx.dominoUp(a), from the per-server answers.
    const active = hostUp[i]! && dominoUp[j]! && net.rttMs(a, b) !== undefined && dominoUp[i]! ? 1 : 0;
    if (edges.active[k] === active) continue;
    edges.active[k] = active;
    ctx.world.setRelation({ id: edges.ids[k]!, kind: 'configReplication', from: a, to: b, active: active === 1 });
  }
}

/** Per runtime: what renderMailRelations last handed to the world for each edge (only it draws these edges). */
const MAIL_EDGES = new WeakMap<OnTimeRuntime, Map<string, string>>();

function renderMailRelations(rt: OnTimeRuntime, mail: string): void {
  const { ctx } = rt;
  let drawn = MAIL_EDGES.get(rt);
  if (!drawn) MAIL_EDGES.set(rt, (drawn = new Map()));
  const draw = (id: string, kind: string, from: string, to: string, active: boolean, lagMs?: number) => {
    const key = `${from}|${to}|${active ? 1 : 0}|${lagMs ?? ''}`;
    if (drawn.get(id) === key) return;
    drawn.set(id, key);
    ctx.world.setRelation(lagMs === undefined ? { id, kind, from, to, active } : { id, kind, from, to, active, lagMs });
  };
  const syncer = rt.sync.syncer.get(mail)!;
  const st = rt.mailDb.state.get(mail);
  const active = ctx.taskActive(syncer);
  draw(`sync:${mail}`, 'sync', syncer, mail, active, rt.sync.lagMs(mail));
  if (st) {
    const reachable = !st.broken && ctx.dominoUp(st.target);
    draw(`maildb:${mail}`, 'maildb', syncer, st.target, active && reachable);
  }
}

function nodeView(rt: OnTimeRuntime, id: string, kind: string): View | undefined {
  const { ctx } = rt;
  if (kind === K.lb || kind === K.clients) return rt.rest.view(id) ?? { status: ctx.world.network.isHostUp(id) ? 'running' : 'failed', notes: [] };
  // A mail server that is down still tells where OnTime went for its mail DBs.
  const mail = MAIL_KINDS.has(kind) ? mailNotes(rt, id) : [];
  if (!ctx.world.network.isHostUp(id)) return { status: 'failed', notes: [{ key: 'note.hostDown' }, ...mail] };
  if (!ctx.dominoUp(id)) return { status: ctx.domino(id)?.state === 'starting' ? 'starting' : 'failed', notes: [{ key: 'note.dominoDown' }, ...mail] };
  if (kind === K.webOnly) return { status: 'running', notes: [{ key: 'note.restOnly' }] };
  const notes: Note[] = [];
  let status: NodeView['status'] = 'running';
  if (TASK_KINDS.has(kind)) {
    const task = taskPart(rt, id);
    notes.push(...task.notes);
    status = task.status === 'failed' && kind === K.domino ? 'degraded' : task.status;
  }
  notes.push(...mail);
  return { status, notes };
}

function taskPart(rt: OnTimeRuntime, id: string): View {
  const task = rt.ctx.task(id);
  if (!task || task.isDown) return { status: 'failed', notes: [{ key: 'note.taskStopped' }] };
  if (!task.isRunning) return { status: task.state === 'starting' ? 'starting' : 'stopping', notes: [] };
  const mine: string[] = [];
  const forOthers: Note[] = [];
  let local = false;
  for (const mail of rt.sync.syncedBy(id)) {
    const owner = rt.sync.owner(mail)!;
    // A co-located server (P1) owns its own mail DBs: say "local" rather than naming itself.
    if (owner === id && mail === id) local = true;
    else if (owner === id) mine.push(rt.ctx.name(mail));
    else if (mail === owner) forOthers.push({ key: 'note.syncingForLocal', params: { owner: rt.ctx.name(owner) } });
    else forOthers.push({ key: 'note.syncingFor', params: { mail: rt.ctx.name(mail), owner: rt.ctx.name(owner) } });
  }
  const notes: Note[] = local ? [{ key: 'note.syncingLocal' }] : [];
  if (mine.length > 0) notes.push({ key: 'note.syncing', params: { mail: mine.join(', ') } });
  notes.push(...forOthers);
  const have = rt.configDb.version.get(id) ?? 0;
  const latest = rt.configDb.latestVersion(id);
  if (have < latest) notes.push({ key: 'note.configDbBehind', params: { have, latest } });
  if (forOthers.length > 0) return { status: 'takingOver', notes };
  if (mine.length === 0 && !local) return { status: 'standby', notes: [{ key: 'note.standby' }, ...notes] };
  return { status: 'running', notes };
}

function mailNotes(rt: OnTimeRuntime, mail: string): Note[] {
  const { ctx } = rt;
  const notes: Note[] = [];
  const syncer = rt.sync.syncer.get(mail);
  const mine = syncer === mail;
  if (syncer === undefined) notes.push({ key: 'note.notWatched' });
  else if (!ctx.taskActive(syncer)) notes.push({ key: 'note.notSynced' });
  else if (!mine) notes.push({ key: 'note.syncedBy', params: { server: ctx.name(syncer) } });
  const st = rt.mailDb.state.get(mail);
  if (st?.broken) notes.push({ key: 'note.mailDbBroken' });
  else if (st && st.target !== st.home) notes.push({ key: 'note.mailDbReplica', params: { server: ctx.name(st.target) } });
  return notes;
}
