import { validateFaultScript, type DesignDoc, type DesignNode, type Fault, type TimedFault } from '../../engine';
import type { Demo } from './demos';

/**
 * Scenarios on the user's design (issue 15 §5). Each demo names the roles it needs, as a pure function over the
 * design; a role resolves to concrete ids, and the demo's script (written for its template) is re-targeted to them:
 * every id of the template the script names is replaced by the id that plays its part here. On its own template
 * the cast is the identity, so the demo is exactly the one it always was.
 */
export type Cast = { ok: true; script: TimedFault[]; ids: string[] } | { ok: false; missing: RoleKey[] };

/** i18n keys under branches.scenario.role: what a design lacks, said to the user ("Needs: …"). */
export type RoleKey = 'ontimePair' | 'colocatedPair' | 'wlServer' | 'wlPair' | 'standbySite' | 'maintenanceSite' | 'siteLink' | 'mistakes';

/** Template id → this design's id, or the missing role. */
type Casting = Record<string, string> | RoleKey;

const TASK_KINDS = new Set(['ontimeServer', 'dominoServer']);

/** An OnTime server with a peer in its OnTime cluster, that syncs mail (watches a mail server, or is a mail cluster member). */
function ontimePair(d: DesignDoc): string | undefined {
  const syncsMail = (id: string) => d.relations.some((r) => r.kind === 'watches' && r.from === id) || d.clusters.some((c) => c.kind === 'mail' && c.members.includes(id));
  for (const c of d.clusters.filter((c) => c.kind === 'ontime' && c.members.length >= 2)) {
    const server = c.members.find((id) => TASK_KINDS.has(d.nodes.find((n) => n.id === id)?.kind ?? '') && syncsMail(id));
    if (server) return server;
  }
  return undefined;
}

/** S2's server: it runs the OnTime task and mail (a mail cluster member) with a peer, behind a load balancer. */
function colocatedPair(d: DesignDoc): string | undefined {
  const routed = (id: string) => d.relations.some((r) => r.kind === 'routes' && r.to === id);
  const inMail = (id: string) => d.clusters.some((c) => c.kind === 'mail' && c.members.includes(id));
  return d.clusters
    .filter((c) => c.kind === 'ontime' && c.members.length >= 2)
    .flatMap((c) => c.members)
    .find((id) => TASK_KINDS.has(d.nodes.find((n) => n.id === id)?.kind ?? '') && inMail(id) && routed(id));
}

const wlsServers = (d: DesignDoc) => d.nodes.filter((n) => n.kind === 'wlsServer');
const isStandby = (n: DesignNode) => n.kind === 'oracleDb' && n.params.role === 'standby';
const isPrimary = (n: DesignNode) => n.kind === 'oracleDb' && n.params.role !== 'standby';

/** The site of a primary database with a standby database on another site. */
function primarySite(d: DesignDoc): string | undefined {
  const primary = d.nodes.find((p) => isPrimary(p) && p.siteId && d.nodes.some((s) => isStandby(s) && s.siteId && s.siteId !== p.siteId));
  return primary?.siteId;
}

/** Two managed servers on one site (a session's primary and its same-site secondary). */
function wlPair(d: DesignDoc): [string, string] | undefined {
  for (const a of wlsServers(d)) {
    const b = wlsServers(d).find((n) => n.id !== a.id && n.siteId === a.siteId);
    if (b) return [a.id, b.id];
  }
  return undefined;
}

/** A link between two sites, the first site being the primary database's when it is one of its ends. */
function siteLink(d: DesignDoc): { link: string; a: string; b: string } | undefined {
  const home = primarySite(d);
  const link = d.links.find((l) => l.a === home || l.b === home) ?? d.links[0];
  if (!link) return undefined;
  return link.b === home ? { link: link.id, a: link.b, b: link.a } : { link: link.id, a: link.a, b: link.b };
}

/** The common mistakes of the S7 comparison: consensus leasing, or a Coherence cluster stretched across sites. */
function hasMistakes(d: DesignDoc): boolean {
  const site = (id: string) => d.nodes.find((n) => n.id === id)?.siteId;
  return d.nodes.some((n) => n.kind === 'wlsAdmin' && n.params.leasing === 'consensus') || d.clusters.some((c) => c.kind === 'coherence' && new Set(c.members.map(site)).size > 1);
}

const partition = (d: DesignDoc): Casting => {
  const l = siteLink(d);
  return l ? { site1: l.a, site2: l.b, man: l.link } : 'siteLink';
};

/** Per demo (by its title key's last part): who plays which part of its template. */
const CASTINGS: Record<string, (d: DesignDoc) => Casting> = {
  S1: (d) => {
    const ot = ontimePair(d);
    return ot ? { OT1: ot } : 'ontimePair';
  },
  S2: (d) => {
    const ot = colocatedPair(d);
    return ot ? { OT1: ot } : 'colocatedPair';
  },
  S3: (d) => {
    const ms = wlsServers(d)[0];
    return ms ? { MS1: ms.id } : 'wlServer';
  },
  S4: (d) => {
    const pair = wlPair(d);
    return pair ? { MS1: pair[0], MS2: pair[1] } : 'wlPair';
  },
  S5: (d) => {
    const site = primarySite(d);
    return site ? { site1: site } : 'standbySite';
  },
  S6: (d) => {
    const site = primarySite(d);
    return site && wlsServers(d).some((n) => n.siteId === site) ? { site1: site } : 'maintenanceSite';
  },
  S7: partition,
  S7mistakes: (d) => (hasMistakes(d) ? partition(d) : 'mistakes'),
  S8: (d) => {
    const l = siteLink(d);
    return l ? { man: l.link } : 'siteLink';
  },
};

function recast(fault: Fault, ids: Record<string, string>): Fault {
  const swap = (v: unknown): unknown => (typeof v === 'string' ? (ids[v] ?? v) : Array.isArray(v) ? v.map(swap) : v);
  return Object.fromEntries(Object.entries(fault).map(([k, v]) => [k, k === 'kind' || k === 'process' ? v : swap(v)])) as Fault;
}

const demoKey = (demo: Demo) => demo.titleKey.replace(/^live\.demo\.|\.title$/g, '');

/** The demo's script on this design, or the roles it lacks. The re-targeted script is checked like any script. */
export function castDemo(demo: Demo, design: DesignDoc): Cast {
  const casting = CASTINGS[demoKey(demo)];
  if (!casting) return { ok: false, missing: [] };
  const ids = casting(design);
  if (typeof ids === 'string') return { ok: false, missing: [ids] };
  const script = demo.script.map((e) => ({ atMs: e.atMs, fault: recast(e.fault, ids) }));
  const steps = script.map((e) => ({ at: e.atMs, ...e.fault }));
  // A role found but a target the engine would refuse (a process this kind does not run): not this design's scenario.
  if (!validateFaultScript({ schemaVersion: 1, name: demo.scenario, steps }, design).ok) return { ok: false, missing: [] };
  return { ok: true, script, ids: [...new Set(Object.values(ids))] };
}
