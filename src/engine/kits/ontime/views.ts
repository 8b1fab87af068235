import type { NodeView, Note } from '../../sim/view';
import { K, MAIL_KINDS, TASK_KINDS } from './kinds';
import { planRender, renderedNodes } from './renderPlan';
import type { OnTimeRuntime } from './runtime';
import { systemOf } from './topology';

type View = Omit<NodeView, 'hostUp'>;

/**
 * What the canvas shows of the OnTime world: each node's state with notes (i18n keys), and the live relations:
 * `sync:<mail>` (who syncs it now), `maildb:<mail>` (which replica OnTime reads and writes), and
 * `configdb:<a>~<b>` (ConfigDB replication between two OnTime servers).
 */
export function renderOnTime(rt: OnTimeRuntime): void {
  const plan = planRender(rt);
  if (plan === undefined) return;
  const { all, systems, drawnStats, lagged } = plan;
  const { ctx } = rt;
  const workloads = [...rt.rest.workloads.values()];
  for (const node of renderedNodes(rt)) {
    const figuresOnly = !all && !systems.has(node.system);
    // Outside the changed systems only a client population's figures can have changed.
    if (figuresOnly && (node.workload === undefined || drawnStats[node.workload] === workloads[node.workload]!.stats)) continue;
    const view = nodeView(rt, node.id, node.kind);
    if (view) ctx.world.setNodeView(node.id, view);
  }
  for (const mail of rt.sync.syncer.keys()) {
    if (all || systems.has(systemOf(ctx.topo, mail)) || lagged.includes(mail)) renderMailRelations(rt, mail);
  }
  rt.rest.render();
  renderConfigReplication(rt);
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
