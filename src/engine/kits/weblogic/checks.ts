import type { DesignDoc, DesignNode } from '../../design/schema';
import type { DesignFinding, Severity } from '../kit';
import { ADMIN_PARAMS, choiceDefault, TABLE_6_1 } from './params';
import { SUPPORTED_RTT_MS } from './throughput';

/**
 * Design checks of the WebLogic MAA kit: each names the behaviour of DOMAIN.md §2 it enforces, the nodes at
 * fault, and a one-line fix (i18n keys `wl.check.<id>.message` / `.fix`).
 */

function str(node: DesignNode | undefined, key: string): string {
  const v = node?.params[key];
  return typeof v === 'string' || typeof v === 'boolean' ? String(v) : choiceDefault(node?.kind ?? '', key);
}

function num(node: DesignNode | undefined, key: string, fallback: number): number {
  const v = node?.params[key];
  return typeof v === 'number' ? v : fallback;
}

function finding(checkId: string, severity: Severity, ref: string, nodes: string[], params?: Record<string, string | number>): DesignFinding {
  return { checkId, severity, ref, nodes, messageKey: `wl.check.${checkId}.message`, fixKey: `wl.check.${checkId}.fix`, ...(params ? { params } : {}) };
}

const ofKind = (d: DesignDoc, kind: string) => d.nodes.filter((n) => n.kind === kind);
const sitesOf = (nodes: DesignNode[]) => new Set(nodes.map((n) => n.siteId ?? ''));

function latency(d: DesignDoc, servers: DesignNode[]): DesignFinding[] {
  const sites = sitesOf(servers);
  return d.links
    .filter((l) => sites.has(l.a) && sites.has(l.b) && l.rttMs > SUPPORTED_RTT_MS)
    .map((l) => finding('rtt', 'warning', 'WL-3', servers.map((s) => s.id), { link: l.id, rttMs: l.rttMs }));
}

function storage(d: DesignDoc): DesignFinding[] {
  const out: DesignFinding[] = [];
  for (const st of ofKind(d, 'storage')) {
    const users = d.relations.filter((r) => r.kind === 'usesStorage' && r.to === st.id).map((r) => d.nodes.find((n) => n.id === r.from)!);
    const foreign = users.filter((u) => u && u.siteId !== st.siteId);
    if (str(st, 'sharedAcrossSites') === 'true' || foreign.length > 0) out.push(finding('sharedStorage', 'error', 'WL-4', [st.id, ...foreign.map((f) => f.id)]));
  }
  return out;
}

function stores(admin: DesignNode | undefined, servers: DesignNode[]): DesignFinding[] {
  const stretched = sitesOf(servers).size > 1;
  const out: DesignFinding[] = [];
  // WL-5 + WL-8: JMS/JTA of a stretched cluster migrate across sites, which file stores only allow with a constant replica.
  if (stretched && str(admin, 'storeType') === 'file') out.push(finding('fileStores', 'warning', 'WL-5, WL-8', [admin?.id ?? '', ...servers.map((s) => s.id)].filter(Boolean)));
  if (stretched && str(admin, 'migration') === 'server') out.push(finding('serverMigration', 'warning', 'WL-9', admin ? [admin.id] : []));
  if (stretched && str(admin, 'leasing') === 'consensus') out.push(finding('consensusLeasing', 'warning', 'WL-10', admin ? [admin.id] : []));
  return out;
}

function leasingSettings(admin: DesignNode | undefined): DesignFinding[] {
  if (!admin || str(admin, 'leasing') === 'consensus') return [];
  const off = (Object.keys(TABLE_6_1) as Array<keyof typeof TABLE_6_1>).filter((k) => num(admin, k, ADMIN_PARAMS[k].default) !== TABLE_6_1[k]);
  return off.length === 0 ? [] : [finding('leasingSettings', 'warning', 'WL-14', [admin.id], { settings: off.join(', ') })];
}

function coherence(d: DesignDoc): DesignFinding[] {
  return d.clusters
    .filter((c) => c.kind === 'coherence')
    .filter((c) => sitesOf(d.nodes.filter((n) => c.members.includes(n.id))).size > 1)
    .map((c) => finding('stretchedCoherence', 'error', 'WL-12', [...c.members], { cluster: c.name }));
}

function replicationGroups(servers: DesignNode[]): DesignFinding[] {
  if (sitesOf(servers).size < 2) return [];
  const missing = servers.filter((s) => str(s, 'replicationGroup') === '');
  if (missing.length > 0) return [finding('noReplicationGroups', 'warning', 'WL-1', missing.map((s) => s.id))];
  const groupSites = new Map<string, Set<string>>();
  for (const s of servers) {
    const g = str(s, 'replicationGroup');
    groupSites.set(g, (groupSites.get(g) ?? new Set()).add(s.siteId ?? ''));
  }
  const mixed = servers.filter((s) => (groupSites.get(str(s, 'replicationGroup'))?.size ?? 0) > 1);
  const crossPreferred = servers.filter((s) => {
    const pref = str(s, 'preferredSecondaryGroup');
    return pref !== '' && ![...(groupSites.get(pref) ?? [])].every((site) => site === s.siteId);
  });
  const bad = [...new Set([...mixed, ...crossPreferred])];
  return bad.length === 0 ? [] : [finding('mixedReplicationGroups', 'warning', 'WL-1', bad.map((s) => s.id))];
}

function adminStorage(d: DesignDoc, admin: DesignNode | undefined): DesignFinding[] {
  if (!admin) return [];
  const rel = d.relations.find((r) => r.kind === 'usesStorage' && r.from === admin.id);
  const store = rel?.to ?? ofKind(d, 'storage').find((s) => s.siteId === admin.siteId)?.id;
  const mirrored = store !== undefined && d.relations.some((r) => r.kind === 'mirrors' && r.from === store && d.nodes.find((n) => n.id === r.to)?.siteId !== admin.siteId);
  return mirrored ? [] : [finding('adminNotReplicated', 'warning', 'WL-6', [admin.id, ...(store ? [store] : [])])];
}

/** WL-6: one Administration Server for both sites; the simulation runs the first and leaves any other out. */
function oneAdmin(d: DesignDoc): DesignFinding[] {
  const admins = ofKind(d, 'wlsAdmin');
  if (admins.length < 2) return [];
  return [finding('oneAdmin', 'warning', 'WL-6', admins.map((a) => a.id), { admin: admins[0]!.name, others: admins.slice(1).map((a) => a.name).join(', ') })];
}

function siteGuard(d: DesignDoc): DesignFinding[] {
  return ofKind(d, 'siteGuard')
    .filter((g) => str(g, 'expectMidTierFailover') === 'true')
    .map((g) => finding('siteGuardMidTier', 'warning', 'WL-13', [g.id]));
}

function database(d: DesignDoc): DesignFinding[] {
  const dbs = ofKind(d, 'oracleDb');
  const primaries = dbs.filter((n) => str(n, 'role') !== 'standby');
  if (dbs.length > 0 && primaries.length !== 1) return [finding('onePrimary', 'error', 'WL-17', primaries.map((p) => p.id), { count: primaries.length })];
  return [];
}

export function checkWeblogic(d: DesignDoc): DesignFinding[] {
  const servers = ofKind(d, 'wlsServer');
  if (servers.length === 0 && ofKind(d, 'oracleDb').length === 0) return [];
  const admin = ofKind(d, 'wlsAdmin')[0];
  return [
    ...latency(d, servers),
    ...storage(d),
    ...stores(admin, servers),
    ...leasingSettings(admin),
    ...coherence(d),
    ...replicationGroups(servers),
    ...adminStorage(d, admin),
    ...oneAdmin(d),
    ...siteGuard(d),
    ...database(d),
  ];
}
