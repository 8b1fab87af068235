import type { Fault } from '../../faults/catalogue';
import type { WeblogicModel } from './model';
import { PROC } from './kinds';
import { deploymentMs, deploymentRttMs, SUPPORTED_RTT_MS } from './throughput';

/**
 * The faults the WebLogic kit carries out itself (Kit.applyFault): a Data Guard switchover or reinstatement,
 * restarting the Admin Server in the other site (WL-6), planned
 * maintenance of a whole site (S6, Table 6-2 "maintenance outage"), a zero-downtime patching rollout (WL-11)
 * and a deployment (WL-16). Runs with the 'fault.injected' event as the current cause.
 */
export function applyWeblogicFault(m: WeblogicModel, fault: Fault): boolean {
  switch (fault.kind) {
    case 'dbSwitchover':
      if (!m.db.ids.includes(fault.target)) return false;
      m.failover.switchover();
      return true;
    case 'maintenance':
      if (!m.ctx.world.design.sites.some((s) => s.id === fault.target)) return false;
      siteMaintenance(m, fault.target);
      return true;
    case 'zdtRollout':
      if (m.admin.id !== fault.target) return false;
      m.zdt.start();
      return true;
    case 'deploy': {
      if (m.admin.id !== fault.target) return false;
      const durationMs = deploymentMs(m);
      m.ctx.kernel.after(durationMs, () => m.ctx.emit({ type: 'wl.deployed', subject: fault.target, durationMs, rttMs: deploymentRttMs(m) }));
      return true;
    }
    case 'reinstateDatabase':
      if (!m.db.ids.includes(fault.target)) return false;
      m.db.reinstate(fault.target);
      return true;
    case 'restartAdminServer':
      if (m.admin.id !== fault.target) return false;
      m.admin.restartInOtherSite(fault.site, fault.responseMs);
      return true;
    case 'setRtt':
      // The engine changes the link; right after, tell the user when it leaves the metro model (WL-3, S8).
      m.ctx.kernel.after(0, () => rttWarning(m, fault.target));
      return false;
    default:
      return false;
  }
}

function rttWarning(m: WeblogicModel, link: string): void {
  const rttMs = m.ctx.network.linkRttMs(link);
  if (rttMs !== undefined && rttMs > SUPPORTED_RTT_MS) m.ctx.emit({ type: 'wl.rttOutOfRange', subject: link, rttMs });
}

/**
 * Planned maintenance of a site (Table 6-2): its OTD stops taking new work, its managed servers shut down
 * gracefully one after the other (each hands its sessions to a live secondary, so none is lost), and when the
 * database primary is in that site Site Guard orchestrates the switchover to the other site.
 */
function siteMaintenance(m: WeblogicModel, site: string): void {
  const ctx = m.ctx;
  const inSite = (id: string) => ctx.site(id) === site;
  m.traffic.drainSite(site);
  for (const otd of m.traffic.balancers.keys()) if (inSite(otd)) ctx.world.process(otd, PROC.otd)?.stop();
  const servers = m.servers.ids.filter(inSite);
  const stopNext = (i: number) => {
    const id = servers[i];
    if (id === undefined) return;
    const proc = m.servers.procs.get(id)!;
    proc.stop();
    ctx.kernel.after(proc.timing.drainMs + 1000, () => stopNext(i + 1));
  };
  stopNext(0);
  const primary = m.db.primary;
  if (primary !== undefined && inSite(primary)) m.failover.switchover();
  for (const c of m.coherence.ids) if (inSite(c)) m.coherence.procs.get(c)?.stop();
}
