import type { DesignDoc } from './schema';
import type { DesignIssue } from './validate';

/** The service of the whole-system error rate (report.ts): always a valid target. */
export const SYSTEM_SERVICE = 'system';

/**
 * Cross-references of `targets[]`: the service is "*", "system", a node or a site (the ids the report names
 * services by), and one target per service and kind of disruption (two would leave it unclear which applies).
 */
export function targetIssues(doc: DesignDoc): DesignIssue[] {
  const issues: DesignIssue[] = [];
  const known = new Set<string>(['*', SYSTEM_SERVICE, ...doc.nodes.map((n) => n.id), ...doc.sites.map((s) => s.id)]);
  const seen = new Set<string>();
  (doc.targets ?? []).forEach((t, i) => {
    if (!known.has(t.service)) {
      issues.push({ path: `targets[${i}].service`, message: `unknown service "${t.service}" (expected "*", "system", a node id or a site id)`, code: 'ref.unknownService', params: { id: t.service } });
    }
    const key = `${t.service}|${t.disruption ?? ''}`;
    if (seen.has(key)) {
      issues.push({ path: `targets[${i}]`, message: `a second target for "${t.service}"${t.disruption ? ` (${t.disruption})` : ''}: one per service and kind of disruption`, code: 'ref.duplicateTarget', params: { id: t.service } });
    }
    seen.add(key);
  });
  return issues;
}
