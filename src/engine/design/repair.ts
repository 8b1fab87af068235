import type { DesignDoc } from './schema';
import { migrateUp } from './migrations';
import { validateDesignWith, type DesignIssue } from './validate';
import type { KindCatalog } from './kindCatalog';

/**
 * Designs saved in the browser by an older version of the app may break rules added since (a parameter range, a
 * relation rule). Refusing them would strand the user's work, so a stored design whose only problems are such
 * rules is repaired: an unknown or unusable parameter is dropped (its kind's default applies), a number is
 * brought into its range, a relation or cluster the kits do not allow is dropped. Files and links a user imports
 * are still refused with every problem named: there the user can fix the source.
 */
export interface Repaired {
  design: DesignDoc;
  /** What was changed: the issues found before the repair (path, code and params, so the UI can say it in its language). */
  repairs: DesignIssue[];
}

const PARAM_PATH = /^nodes\[(\d+)\]\.params\.(.+)$/;
const RELATION_PATH = /^relations\[(\d+)\]/;
const CLUSTER_PATH = /^clusters\[(\d+)\]/;

function repairParam(doc: DesignDoc, issue: DesignIssue, m: RegExpExecArray, kinds: KindCatalog): boolean {
  const node = doc.nodes[Number(m[1])];
  const key = m[2]!;
  if (!node) return false;
  const spec = kinds.nodeKinds.get(node.kind)?.params.find((p) => p.key === key);
  const value = node.params[key];
  if (spec && typeof value === 'number' && Number.isFinite(value) && (issue.code === 'param.range' || issue.code === 'param.wholeRange' || issue.code === 'param.flag')) {
    const whole = issue.code === 'param.range' ? value : Math.round(value);
    node.params[key] = Math.min(spec.max, Math.max(spec.min, whole));
  } else {
    delete node.params[key];
  }
  return true;
}

/** Repairs what the kits' rules refuse; undefined when the document has other problems (then it stays refused). */
export function repairStoredDesignWith(value: unknown, kinds: KindCatalog): Repaired | undefined {
  const first = validateDesignWith(value, kinds);
  if (first.ok) return { design: first.design, repairs: [] };
  const repairable = (i: DesignIssue) => /^(param|relation|cluster)\./.test(i.code ?? '');
  if (!first.issues.every(repairable)) return undefined;
  // The issues' paths are those of the up-to-date document: repair that one (a copy, the caller's value stays).
  const migrated = migrateUp(JSON.parse(JSON.stringify(value)) as Record<string, unknown>);
  if (!migrated.ok) return undefined;
  const doc = migrated.doc as unknown as DesignDoc;
  const dropRelations = new Set<number>();
  const dropClusters = new Set<number>();
  for (const issue of first.issues) {
    const param = PARAM_PATH.exec(issue.path);
    const relation = RELATION_PATH.exec(issue.path);
    const cluster = CLUSTER_PATH.exec(issue.path);
    if (param && issue.code?.startsWith('param.')) repairParam(doc, issue, param, kinds);
    else if (relation && issue.code?.startsWith('relation.')) dropRelations.add(Number(relation[1]));
    else if (cluster && issue.code?.startsWith('cluster.')) dropClusters.add(Number(cluster[1]));
    else return undefined;
  }
  doc.relations = doc.relations.filter((_, i) => !dropRelations.has(i));
  doc.clusters = doc.clusters.filter((_, i) => !dropClusters.has(i));
  const second = validateDesignWith(doc, kinds);
  return second.ok ? { design: second.design, repairs: first.issues } : undefined;
}
