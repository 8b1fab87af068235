import type { DesignDoc } from '../../design/schema';
import type { FailureCase } from '../../analysis/failureCase';
import type { Fault } from '../../faults/catalogue';

const WEBLOGIC_KINDS = new Set(['wlsServer', 'wlsAdmin', 'otd', 'oracleDb', 'coherence', 'storage', 'siteGuard', 'dgObserver']);

/**
 * The single failures only the WebLogic kit carries out (Kit.failureModes): a planned Data Guard switchover of
 * the primary (S6; it stays switched, nothing to repair) and the planned maintenance of each site that holds
 * WebLogic nodes (Table 6-2 "maintenance outage", repaired by bringing every node of the site back).
 */
export function weblogicFailureModes(design: DesignDoc): FailureCase[] {
  const out: FailureCase[] = [];
  const dbs = design.nodes.filter((n) => n.kind === 'oracleDb');
  const primary = dbs.find((n) => n.params.role !== 'standby');
  const guarded = primary && design.relations.some((r) => r.kind === 'dataGuard' && (r.from === primary.id || r.to === primary.id));
  if (primary && guarded) {
    out.push({ id: `dbSwitchover:${primary.id}`, fault: { kind: 'dbSwitchover', target: primary.id }, repairs: [], disruption: 'maintenance', components: [primary.id] });
  }
  for (const site of design.sites) {
    const nodes = design.nodes.filter((n) => n.siteId === site.id);
    if (!nodes.some((n) => WEBLOGIC_KINDS.has(n.kind))) continue;
    const repairs: Fault[] = nodes.map((n) => ({ kind: 'recover', target: n.id }));
    out.push({ id: `maintenance:${site.id}`, fault: { kind: 'maintenance', target: site.id }, repairs, disruption: 'maintenance', components: [site.id] });
  }
  return out;
}
