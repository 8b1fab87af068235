import type { z } from 'zod';
import { designSchema, SCHEMA_VERSION, type DesignDoc } from './schema';
import { KNOWN_NODE_KINDS } from './kinds';
import { migrateUp } from './migrations';
import { clusterIssues, paramIssues, relationIssues } from './semantics';

/** One problem found in a design document: where (a JSON path) and what. */
export interface DesignIssue {
  path: string;
  message: string;
}

/**
 * `migratedFrom`/`migrations`: set when the file was of an older version and has been brought up to date
 * (the UI tells the user; saving writes the current version).
 */
export type DesignResult = { ok: true; design: DesignDoc; migratedFrom?: number; migrations?: string[] } | { ok: false; issues: DesignIssue[] };

/** Formats a path like `nodes[3].siteId`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(document)' : out;
}

export function formatIssue(issue: DesignIssue): string {
  return `${issue.path}: ${issue.message}`;
}

function schemaIssues(error: z.ZodError): DesignIssue[] {
  return error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }));
}

/** Cross-references the schema cannot express: ids that must exist and be unique. */
function referenceIssues(doc: DesignDoc): DesignIssue[] {
  const issues: DesignIssue[] = [];
  const sites = new Set(doc.sites.map((s) => s.id));
  const nodes = new Set<string>();
  const seen = new Set<string>();
  const unique = (idValue: string, path: string) => {
    if (seen.has(idValue)) issues.push({ path, message: `duplicate id "${idValue}"` });
    seen.add(idValue);
  };
  doc.sites.forEach((s, i) => unique(s.id, `sites[${i}].id`));
  doc.nodes.forEach((n, i) => {
    unique(n.id, `nodes[${i}].id`);
    nodes.add(n.id);
    if (n.siteId !== undefined && !sites.has(n.siteId)) issues.push({ path: `nodes[${i}].siteId`, message: `unknown site "${n.siteId}"` });
    if (!KNOWN_NODE_KINDS.has(n.kind)) issues.push({ path: `nodes[${i}].kind`, message: `unknown node kind "${n.kind}"` });
  });
  const pairs = new Set<string>();
  doc.links.forEach((l, i) => {
    unique(l.id, `links[${i}].id`);
    const pair = [l.a, l.b].sort().join('|');
    if (l.a === l.b) issues.push({ path: `links[${i}].b`, message: `a link joins two different sites (both ends are "${l.a}")` });
    else if (pairs.has(pair)) issues.push({ path: `links[${i}]`, message: `a second link between "${l.a}" and "${l.b}": one link per pair of sites` });
    pairs.add(pair);
    if (!sites.has(l.a)) issues.push({ path: `links[${i}].a`, message: `unknown site "${l.a}"` });
    if (!sites.has(l.b)) issues.push({ path: `links[${i}].b`, message: `unknown site "${l.b}"` });
  });
  doc.relations.forEach((r, i) => {
    unique(r.id, `relations[${i}].id`);
    if (!nodes.has(r.from)) issues.push({ path: `relations[${i}].from`, message: `unknown node "${r.from}"` });
    if (!nodes.has(r.to)) issues.push({ path: `relations[${i}].to`, message: `unknown node "${r.to}"` });
  });
  doc.clusters.forEach((c, i) => {
    unique(c.id, `clusters[${i}].id`);
    c.members.forEach((m, j) => {
      if (!nodes.has(m)) issues.push({ path: `clusters[${i}].members[${j}]`, message: `unknown node "${m}"` });
    });
  });
  return issues;
}

/** Validates an already-parsed JSON value. Never throws: every problem comes back with its path. */
export function validateDesign(value: unknown): DesignResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, issues: [{ path: '(document)', message: 'expected a JSON object' }] };
  }
  const migrated = migrateUp(value as Record<string, unknown>);
  if (!migrated.ok) return { ok: false, issues: [{ path: migrated.path, message: migrated.message }] };
  const parsed = designSchema.safeParse(migrated.doc);
  if (!parsed.success) return { ok: false, issues: schemaIssues(parsed.error) };
  const refs = referenceIssues(parsed.data);
  refs.push(...paramIssues(parsed.data), ...relationIssues(parsed.data), ...clusterIssues(parsed.data));
  if (refs.length > 0) return { ok: false, issues: refs };
  return migrated.from === SCHEMA_VERSION ? { ok: true, design: parsed.data } : { ok: true, design: parsed.data, migratedFrom: migrated.from, migrations: migrated.applied };
}
