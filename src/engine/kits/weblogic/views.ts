import type { NodeStatus, Note } from '../../sim/view';
import type { ProcessState } from '../../events';
import { PROC } from './kinds';
import type { WeblogicModel } from './model';

const STATUS: Record<ProcessState, NodeStatus> = { running: 'running', starting: 'starting', stopping: 'stopping', crashed: 'failed', stopped: 'stopped' };

function procStatus(m: WeblogicModel, id: string, proc: string): NodeStatus {
  if (!m.ctx.network.isHostUp(id)) return 'failed';
  return STATUS[m.ctx.world.process(id, proc)?.state ?? 'stopped'];
}

function serverNotes(m: WeblogicModel, id: string): Note[] {
  const notes: Note[] = [];
  const ctx = m.ctx;
  if (m.servers.isUp(id)) {
    notes.push({ key: 'wl.note.sessions', params: { count: m.sessions.ofPrimary(id), cross: m.sessions.crossSite(id) } });
    // Sessions with no live secondary: one more failure and they are gone (WL-1).
    const atRisk = m.sessions.atRisk((s) => m.servers.isUp(s), id);
    if (atRisk > 0) notes.push({ key: 'live.note.sessionsAtRisk', params: { count: atRisk } });
    notes.push({ key: m.leasing.held(id) ? 'wl.note.leaseHeld' : 'wl.note.leaseLost' });
    if (m.tx.isFailing(id)) notes.push({ key: 'wl.note.dbUnreachable' });
  }
  const hosted = m.services.hostedOn(id).filter((s) => s.home !== id);
  for (const s of hosted) notes.push({ key: 'wl.note.hostsFor', params: { service: s.id.split(':')[0]!.toUpperCase(), server: ctx.name(s.home) } });
  const away = m.services.services.filter((s) => s.home === id && s.host !== id);
  if (away.length > 0 && !m.servers.isUp(id)) {
    const where = away.map((s) => (s.host === undefined ? '—' : ctx.name(s.host)));
    notes.push({ key: 'wl.note.servicesAway', params: { where: [...new Set(where)].join(', ') } });
  }
  if (m.zdt.current === id) notes.push({ key: m.zdt.phase === 'rollingBack' ? 'wl.note.zdtRollingBack' : 'wl.note.zdtPatching' });
  else if (m.zdt.patched.has(id)) notes.push({ key: 'wl.note.zdtPatched' });
  return notes;
}

function serverStatus(m: WeblogicModel, id: string): NodeStatus {
  const base = procStatus(m, id, PROC.wls);
  if (base !== 'running') return base;
  const hostsForOthers = m.services.hostedOn(id).some((s) => s.home !== id);
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
  const notes: Note[] = [{ key: role === 'primary' ? 'wl.note.dbPrimary' : 'wl.note.dbStandby' }, { key: `wl.note.mode.${m.ctx.str(m.db.primary, 'protectionMode')}` }];
  if (role === 'standby') notes.push({ key: 'wl.note.applyLag', params: { ms: m.db.redoTo(id)?.lagMs() ?? 0 } });
  if (m.db.dataLostMs > 0 && role === 'primary') notes.push({ key: 'wl.note.dataLost', params: { ms: m.db.dataLostMs } });
  const inTransition = m.db.inTransition && (role === 'standby' || m.db.openPrimary() === undefined);
  const status: NodeStatus = base !== 'running' ? base : inTransition ? 'takingOver' : role === 'standby' ? 'standby' : 'running';
  return { status, notes };
}

function simpleView(m: WeblogicModel, id: string, proc: string, notes: Note[] = []) {
  return { status: procStatus(m, id, proc), notes };
}

/** Every node view and live relation of the kit; the world keeps only what changed. */
export function refreshViews(m: WeblogicModel): void {
  const w = m.ctx.world;
  for (const id of m.servers.ids) w.setNodeView(id, { status: serverStatus(m, id), notes: serverNotes(m, id) });
  if (m.admin.id !== undefined) {
    const v = adminView(m, m.admin.id);
    w.setNodeView(m.admin.id, { status: v.status, notes: v.notes });
  }
  for (const id of m.db.ids) w.setNodeView(id, dbView(m, id));
  for (const id of m.coherence.ids) {
    const split = w.design.clusters.some((c) => c.kind === 'coherence' && c.members.includes(id) && m.coherence.isSplit(c.id));
    const paused = m.coherence.federations.some((f) => (f.from === id || f.to === id) && f.pausedAt !== undefined);
    const notes: Note[] = split ? [{ key: 'wl.note.splitBrain' }] : paused ? [{ key: 'wl.note.federationPaused' }] : [];
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
  refreshClaims(m);
}

/** Exclusive roles as claims, for the engine's invariants (one primary database; session copies apart). */
function refreshClaims(m: WeblogicModel): void {
  const claims = m.ctx.world.claims;
  claims.set('primary:dataguard', m.db.ids.filter((id) => m.db.role(id) === 'primary' && m.db.procs.get(id)?.isRunning && m.ctx.network.isHostUp(id)));
  for (const [resource] of claims.ofKind('sessionPrimary')) claims.set(resource, []);
  for (const [resource] of claims.ofKind('sessionSecondary')) claims.set(resource, []);
  for (const e of m.sessions.entries()) {
    claims.set(`sessionPrimary:${e.primary}>${e.secondary}`, [e.primary]);
    if (e.secondary !== '') claims.set(`sessionSecondary:${e.primary}>${e.secondary}`, [e.secondary]);
  }
}

function refreshRelations(m: WeblogicModel): void {
  const w = m.ctx.world;
  for (const e of m.sessions.entries()) {
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
