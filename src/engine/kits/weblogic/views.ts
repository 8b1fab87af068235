import type { NodeStatus, Note } from '../../sim/view';
import type { ProcessState } from '../../events';
import { PROC } from './kinds';
import type { WeblogicModel } from './model';
import type { SingletonService } from '../../primitives/migration';

/** Services by the server they run on and, moved away, by their home: built once per refresh, not per server. */
interface Placement {
  hostedOn: Map<string, SingletonService[]>;
  away: Map<string, SingletonService[]>;
  /** Sessions at risk by primary, from one pass over the session table (asking per server is quadratic). */
  atRisk: ReadonlyMap<string, number>;
}

function placement(m: WeblogicModel): Placement {
  const hostedOn = new Map<string, SingletonService[]>();
  const away = new Map<string, SingletonService[]>();
  const add = (map: Map<string, SingletonService[]>, key: string, s: SingletonService) => {
    const list = map.get(key);
    if (list) list.push(s);
    else map.set(key, [s]);
  };
  for (const s of m.services.services) {
    if (s.host !== undefined) add(hostedOn, s.host, s);
    if (s.host !== s.home) add(away, s.home, s);
  }
  return { hostedOn, away, atRisk: m.sessions.atRiskByPrimary((s) => m.servers.isUp(s)) };
}

/** Coherence node → the coherence clusters listing it (the design does not change during a run). */
const COHERENCE_CLUSTERS = new WeakMap<WeblogicModel, Map<string, string[]>>();

function coherenceClustersOf(m: WeblogicModel, id: string): readonly string[] {
  let byNode = COHERENCE_CLUSTERS.get(m);
  if (!byNode) {
    byNode = new Map();
    for (const c of m.ctx.world.design.clusters) {
      if (c.kind !== 'coherence') continue;
      for (const member of new Set(c.members)) byNode.set(member, [...(byNode.get(member) ?? []), c.id]);
    }
    COHERENCE_CLUSTERS.set(m, byNode);
  }
  return byNode.get(id) ?? [];
}

const STATUS: Record<ProcessState, NodeStatus> = { running: 'running', starting: 'starting', stopping: 'stopping', crashed: 'failed', stopped: 'stopped' };

function procStatus(m: WeblogicModel, id: string, proc: string): NodeStatus {
  if (!m.ctx.network.isHostUp(id)) return 'failed';
  return STATUS[m.ctx.world.process(id, proc)?.state ?? 'stopped'];
}

function serverNotes(m: WeblogicModel, id: string, where: Placement): Note[] {
  const notes: Note[] = [];
  const ctx = m.ctx;
  if (m.servers.isUp(id)) {
    notes.push({ key: 'wl.note.sessions', params: { count: m.sessions.ofPrimary(id), cross: m.sessions.crossSite(id) } });
    // Sessions with no live secondary: one more failure and they are gone (WL-1).
    const atRisk = where.atRisk.get(id) ?? 0;
    if (atRisk > 0) notes.push({ key: 'live.note.sessionsAtRisk', params: { count: atRisk } });
    notes.push({ key: m.leasing.held(id) ? 'wl.note.leaseHeld' : 'wl.note.leaseLost' });
    if (m.tx.isFailing(id)) notes.push({ key: 'wl.note.dbUnreachable' });
  }
  const hosted = (where.hostedOn.get(id) ?? []).filter((s) => s.home !== id);
  for (const s of hosted) notes.push({ key: 'wl.note.hostsFor', params: { service: s.id.split(':')[0]!.toUpperCase(), server: ctx.name(s.home) } });
  const away = where.away.get(id) ?? [];
  if (away.length > 0 && !m.servers.isUp(id)) {
    const where = away.map((s) => (s.host === undefined ? '—' : ctx.name(s.host)));
    notes.push({ key: 'wl.note.servicesAway', params: { where: [...new Set(where)].join(', ') } });
  }
  if (m.zdt.current === id) notes.push({ key: m.zdt.phase === 'rollingBack' ? 'wl.note.zdtRollingBack' : 'wl.note.zdtPatching' });
  else if (m.zdt.patched.has(id)) notes.push({ key: 'wl.note.zdtPatched' });
  return notes;
}

function serverStatus(m: WeblogicModel, id: string, where: Placement): NodeStatus {
  const base = procStatus(m, id, PROC.wls);
  if (base !== 'running') return base;
  const hostsForOthers = (where.hostedOn.get(id) ?? []).some((s) => s.home !== id);
  if (!m.leasing.held(id) || m.tx.isFailing(id)) return 'degraded';
  return hostsForOthers ? 'takingOver' : 'running';
}

function adminView(m: WeblogicModel, id: string) {
  const a = m.admin;
  const notes: Note[] = [
    { key: `wl.note.leasing.${m.leasing.basis}` },
    { key: `wl.note.store.${m.services.storeType}` },
    { key: `wl.note.migration.${m.services.mode}` },
  ];
  if (!a.running) return { status: 'failed' as NodeStatus, notes: [{ key: 'wl.note.adminDown' }, ...notes] };
  if (a.place === 'inSite') notes.unshift({ key: 'wl.note.adminInSite', params: { site: siteName(m, a.site) } });
  if (a.place === 'otherSite') notes.unshift({ key: 'wl.note.adminCrossSite', params: { site: siteName(m, a.site), host: a.hostName, address: a.addressIn(a.site) } });
  return { status: (a.place === 'home' ? 'running' : 'takingOver') as NodeStatus, notes, id };
}

function siteName(m: WeblogicModel, site: string): string {
  return m.ctx.world.design.sites.find((s) => s.id === site)?.name ?? site;
}

function dbView(m: WeblogicModel, id: string) {
  const role = m.db.role(id);
  const base = procStatus(m, id, PROC.db);
  const roleNote = role === 'primary' ? 'wl.note.dbPrimary' : role === 'reinstateRequired' ? 'wl.note.dbReinstateRequired' : 'wl.note.dbStandby';
  const notes: Note[] = [{ key: roleNote }, { key: `wl.note.mode.${m.ctx.str(m.db.primary, 'protectionMode')}` }];
  if (role === 'standby') notes.push({ key: 'wl.note.applyLag', params: { ms: m.db.redoTo(id)?.lagMs() ?? 0 } });
  if (m.db.dataLostMs > 0 && role === 'primary') notes.push({ key: 'wl.note.dataLost', params: { ms: m.db.dataLostMs } });
  const inTransition = m.db.inTransition && (role === 'standby' || m.db.openPrimary() === undefined);
  const status: NodeStatus = base !== 'running' ? base : inTransition ? 'takingOver' : role === 'standby' ? 'standby' : role === 'reinstateRequired' ? 'degraded' : 'running';
  return { status, notes };
}

function simpleView(m: WeblogicModel, id: string, proc: string, notes: Note[] = []) {
  return { status: procStatus(m, id, proc), notes };
}

/** Every node view and live relation of the kit; the world keeps only what changed. */
export function refreshViews(m: WeblogicModel): void {
  const w = m.ctx.world;
  const where = placement(m);
  for (const id of m.servers.ids) w.setNodeView(id, { status: serverStatus(m, id, where), notes: serverNotes(m, id, where) });
  if (m.admin.id !== undefined) {
    const v = adminView(m, m.admin.id);
    w.setNodeView(m.admin.id, { status: v.status, notes: v.notes });
  }
  for (const id of m.db.ids) w.setNodeView(id, dbView(m, id));
  const paused = new Set<string>();
  for (const f of m.coherence.federations) if (f.pausedAt !== undefined) paused.add(f.from).add(f.to);
  for (const id of m.coherence.ids) {
    const split = coherenceClustersOf(m, id).some((c) => m.coherence.isSplit(c));
    const notes: Note[] = split ? [{ key: 'wl.note.splitBrain' }] : paused.has(id) ? [{ key: 'wl.note.federationPaused' }] : [];
    w.setNodeView(id, { status: split ? 'degraded' : procStatus(m, id, PROC.coherence), notes });
  }
  for (const id of m.storage.ids) w.setNodeView(id, simpleView(m, id, PROC.storage, m.storage.sharedAcrossSites(id) ? [{ key: 'wl.note.sharedAcrossSites' }] : []));
  for (const [otd, lb] of m.traffic.balancers) {
    const routes = lb.markedUp().map((s) => m.ctx.name(s));
    const notes: Note[] = routes.length > 0 ? [{ key: 'wl.note.routesTo', params: { servers: routes.join(', ') } }] : [{ key: 'wl.note.noBackend' }];
    w.setNodeView(otd, { status: procStatus(m, otd, PROC.otd), notes });
  }
  if (m.traffic.glb !== undefined) {
    const live = m.traffic.dns.filter((d) => d.withdrawnAt === undefined).map((d) => m.ctx.name(d.otd));
    const notes: Note[] = [{ key: 'wl.note.resolvesTo', params: { targets: live.join(', ') || '—' } }];
    w.setNodeView(m.traffic.glb, { status: procStatus(m, m.traffic.glb, PROC.glb), notes });
  }
  for (const id of m.failover.observers) w.setNodeView(id, simpleView(m, id, PROC.observer));
  for (const id of m.failover.siteGuards) w.setNodeView(id, simpleView(m, id, PROC.siteGuard));
  refreshRelations(m);
}

/** Exclusive roles as claims, for the engine's invariants (one primary database; session copies apart). */
export function refreshClaims(m: WeblogicModel): void {
  const claims = m.ctx.world.claims;
  claims.set('primary:dataguard', m.db.ids.filter((id) => m.db.role(id) === 'primary' && m.db.procs.get(id)?.isRunning && m.ctx.network.isHostUp(id)));
  // Session claims name pairs only (not counts): re-derived when a pair came or went, or someone else touched them.
  const last = DERIVED.get(m) ?? { claims: '', relations: '' };
  DERIVED.set(m, last);
  const stamp = `${m.sessions.structure}|${claims.version('sessionPrimary')}|${claims.version('sessionSecondary')}`;
  if (stamp === last.claims) return;
  const entries = m.sessions.entries();
  claims.replaceKind('sessionPrimary', entries.map((e) => [`sessionPrimary:${e.primary}>${e.secondary}`, [e.primary]] as const));
  claims.replaceKind('sessionSecondary', entries.filter((e) => e.secondary !== '').map((e) => [`sessionSecondary:${e.primary}>${e.secondary}`, [e.secondary]] as const));
  last.claims = `${m.sessions.structure}|${claims.version('sessionPrimary')}|${claims.version('sessionSecondary')}`;
}

/** What the kit last derived claims and session relations from (see refreshClaims, refreshRelations). */
const DERIVED = new WeakMap<WeblogicModel, { claims: string; relations: string }>();

function refreshRelations(m: WeblogicModel): void {
  const w = m.ctx.world;
  // Session edges depend on the pairs, the servers' processes and the network only: skip them while those stand still.
  const last = DERIVED.get(m) ?? { claims: '', relations: '' };
  DERIVED.set(m, last);
  const stamp = `${m.sessions.structure}|${w.stateVersion}`;
  const sessionsUnchanged = stamp === last.relations;
  last.relations = stamp;
  for (const e of sessionsUnchanged ? [] : m.sessions.entries()) {
    if (e.secondary === '') continue;
    const active = m.servers.isUp(e.primary) && m.servers.isUp(e.secondary) && m.ctx.reachable(e.primary, e.secondary);
    w.setRelation({ id: `session:${e.primary}>${e.secondary}`, kind: 'sessionReplication', from: e.primary, to: e.secondary, active, lagMs: Math.round(m.ctx.rtt(e.primary, e.secondary) / 2) });
  }
  for (const rel of m.ctx.relations('dataGuard')) {
    const primary = m.db.primary === rel.to ? rel.to : rel.from;
    const standby = primary === rel.from ? rel.to : rel.from;
    const stream = m.db.redoTo(standby);
    w.setRelation({ id: `redo:${rel.id}`, kind: 'redo', from: primary, to: standby, active: stream?.isConnected === true && m.db.openPrimary() === primary, lagMs: stream?.lagMs() ?? 0 });
  }
  for (const f of m.coherence.federations) {
    w.setRelation({ id: `federation:${f.id}`, kind: 'federation', from: f.from, to: f.to, active: f.pausedAt === undefined && m.coherence.isUp(f.from), lagMs: f.stream.lagMs() });
  }
  for (const mirror of m.storage.mirrors) {
    w.setRelation({ id: `mirror:${mirror.id}`, kind: 'mirror', from: mirror.from, to: mirror.to, active: mirror.stream.isConnected && m.storage.isUp(mirror.from), lagMs: mirror.stream.lagMs() });
  }
}
