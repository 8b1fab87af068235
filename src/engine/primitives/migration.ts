/**
 * Migration of singleton services (JMS servers, the JTA transaction recovery service) from a failed server
 * to a live one. Two styles, as in WebLogic:
 * - service migration: the service moves to another running server; no address moves with it;
 * - server migration: the whole server restarts on another machine and takes its virtual IP along, which only
 *   works where that VIP is valid (usually its own site); elsewhere a pre-migration script must first make the
 *   address valid, which costs time, or the migration cannot happen at all.
 */

export type MigrationMode = 'service' | 'server';

export interface Candidate {
  id: string;
  site: string;
  /** Running, holding a valid lease, and able to read the service's persistent store. */
  eligible: boolean;
}

export interface MigrationTiming {
  /** Service migration: activating the service on the target. */
  serviceActivationMs: number;
  /** Server migration: booting the migrated server on the target machine. */
  serverBootMs: number;
  /** Server migration to a site where the VIP is not valid: the pre-migration script's extra time. */
  vipRemapMs: number;
}

export interface MigrationRequest {
  mode: MigrationMode;
  /** Site of the failed home server (its VIP is valid there). */
  homeSite: string;
  /** Sites where the home server's VIP is valid (its own site; more with a stretched subnet). */
  vipSites: readonly string[];
  /** A pre-migration script can make the VIP valid elsewhere. */
  hasVipScript: boolean;
  candidates: readonly Candidate[];
  timing: MigrationTiming;
}

export type MigrationPlan =
  | { ok: true; target: string; delayMs: number; crossSite: boolean; vipRemapped: boolean }
  | { ok: false; reason: 'noCandidate' | 'vipInvalid' };

/** Picks where a service goes and how long it takes: same-site candidates first, then the other sites. */
export function planMigration(req: MigrationRequest): MigrationPlan {
  const eligible = req.candidates.filter((c) => c.eligible);
  const ordered = [...eligible.filter((c) => c.site === req.homeSite), ...eligible.filter((c) => c.site !== req.homeSite)];
  if (ordered.length === 0) return { ok: false, reason: 'noCandidate' };
  if (req.mode === 'service') {
    const target = ordered[0]!;
    return { ok: true, target: target.id, delayMs: req.timing.serviceActivationMs, crossSite: target.site !== req.homeSite, vipRemapped: false };
  }
  const withVip = ordered.find((c) => req.vipSites.includes(c.site));
  if (withVip) return { ok: true, target: withVip.id, delayMs: req.timing.serverBootMs, crossSite: withVip.site !== req.homeSite, vipRemapped: false };
  if (!req.hasVipScript) return { ok: false, reason: 'vipInvalid' };
  const target = ordered[0]!;
  return { ok: true, target: target.id, delayMs: req.timing.vipRemapMs + req.timing.serverBootMs, crossSite: true, vipRemapped: true };
}

/** Where a singleton service lives: its home server and the server hosting it now (undefined while down). */
export class SingletonService {
  host: string | undefined;
  /** A migration is under way to this server. */
  pendingTarget: string | undefined;

  constructor(
    readonly id: string,
    readonly home: string,
  ) {
    this.host = home;
  }

  get migrated(): boolean {
    return this.host !== undefined && this.host !== this.home;
  }

  deactivate(): void {
    this.host = undefined;
  }

  activateOn(server: string): void {
    this.host = server;
    this.pendingTarget = undefined;
  }
}
