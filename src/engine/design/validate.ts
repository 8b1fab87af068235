import type { z } from '../zod';
import { designSchema, reservedMessage, SCHEMA_VERSION, type DesignDoc } from './schema';
import type { KindCatalog } from './kindCatalog';
import { declaredVersion, migrateUp } from './migrations';
import { clusterIssues, paramIssues, relationIssues } from './semantics';
import { storyIssues } from './stories';
import { targetIssues } from './targets';

/**
 * One problem found in a design document: where (a JSON path) and what. `message` is English (the CLI prints it);
 * `code` + `params` let the UI say the same in the user's language (it falls back to `message` for unknown codes).
 */
export interface DesignIssue {
  path: string;
  message: string;
  code?: string;
  params?: Record<string, string | number>;
}

/** The JSON type of a value, as people name it: "missing" for an absent field. */
function jsonType(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (typeof value === 'number' && !Number.isFinite(value)) return 'nonFinite';
  return Array.isArray(value) ? 'array' : typeof value;
}

function valueAt(doc: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  return path.reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Record<PropertyKey, unknown>)[key] : undefined), doc);
}

/** The facts of a schema issue a translation needs (expected type, bounds, offending keys). */
function schemaParams(issue: z.core.$ZodIssue, doc: unknown): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  if (issue.code === 'invalid_type') Object.assign(params, { expected: issue.expected, got: jsonType(valueAt(doc, issue.path)) });
  if (issue.code === 'too_big') Object.assign(params, { max: Number(issue.maximum), origin: issue.origin });
  if (issue.code === 'too_small') Object.assign(params, { min: Number(issue.minimum), origin: issue.origin });
  if (issue.code === 'invalid_format') params.format = issue.format;
  if (issue.code === 'unrecognized_keys') params.keys = issue.keys.join(', ');
  if (issue.code === 'invalid_value') params.values = issue.values.map(String).join(', ');
  return params;
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

function schemaIssue(i: z.core.$ZodIssue, doc: unknown): DesignIssue {
  const path = formatPath(i.path);
  if (i.code === 'custom' && i.params?.reserved === true) return { path, message: i.message, code: 'id.reserved', params: { id: String(valueAt(doc, i.path)) } };
  return { path, message: i.message, code: `schema.${i.code}`, params: schemaParams(i, doc) };
}

export function schemaIssues(error: z.ZodError, doc: unknown): DesignIssue[] {
  return error.issues.map((i) => schemaIssue(i, doc));
}

/**
 * Own "__proto__" keys anywhere in the document (JSON.parse makes them; zod drops them without a word, so a
 * parameter named so would vanish silently). Iterative: a deeply nested file must not overflow the stack.
 */
export function protoKeyIssues(doc: unknown): DesignIssue[] {
  interface Place { value: unknown; key?: PropertyKey; parent?: Place }
  const pathOf = (place: Place): PropertyKey[] => {
    const keys: PropertyKey[] = [];
    for (let p: Place | undefined = place; p?.key !== undefined; p = p.parent) keys.unshift(p.key);
    return keys;
  };
  const issues: DesignIssue[] = [];
  const stack: Place[] = [{ value: doc }];
  while (stack.length > 0 && issues.length < 100) {
    const place = stack.pop()!;
    const { value } = place;
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      value.forEach((v, i) => stack.push({ value: v, key: i, parent: place }));
      continue;
    }
    if (Object.prototype.hasOwnProperty.call(value, '__proto__')) issues.push({ path: formatPath([...pathOf(place), '__proto__']), message: reservedMessage('__proto__'), code: 'id.reserved', params: { id: '__proto__' } });
    for (const [key, v] of Object.entries(value)) stack.push({ value: v, key, parent: place });
  }
  return issues;
}

/** Why migrateUp refused the document's version, as a code: missing, not a whole number, newer than this app. */
function versionCode(doc: Record<string, unknown>): string {
  const got = declaredVersion(doc);
  if (got === undefined) return 'version.missing';
  if (!Number.isInteger(got) || got < 0) return 'version.invalid';
  return got > SCHEMA_VERSION ? 'version.newer' : 'version.migrate';
}

/** Cross-references the schema cannot express: ids that must exist and be unique. */
function referenceIssues(doc: DesignDoc, kinds: KindCatalog): DesignIssue[] {
  const issues: DesignIssue[] = [];
  const sites = new Set(doc.sites.map((s) => s.id));
  const nodes = new Set<string>();
  const seen = new Set<string>();
  const unique = (idValue: string, path: string) => {
    if (seen.has(idValue)) issues.push({ path, message: `duplicate id "${idValue}"`, code: 'ref.duplicateId', params: { id: idValue } });
    seen.add(idValue);
  };
  doc.sites.forEach((s, i) => unique(s.id, `sites[${i}].id`));
  doc.nodes.forEach((n, i) => {
    unique(n.id, `nodes[${i}].id`);
    nodes.add(n.id);
    if (n.siteId !== undefined && !sites.has(n.siteId)) issues.push({ path: `nodes[${i}].siteId`, message: `unknown site "${n.siteId}"`, code: 'ref.unknownSite', params: { id: n.siteId } });
    if (!kinds.nodeKinds.has(n.kind)) issues.push({ path: `nodes[${i}].kind`, message: `unknown node kind "${n.kind}"`, code: 'ref.unknownKind', params: { id: n.kind } });
  });
  const pairs = new Set<string>();
  doc.links.forEach((l, i) => {
    unique(l.id, `links[${i}].id`);
    const pair = [l.a, l.b].sort().join('|');
    if (l.a === l.b) issues.push({ path: `links[${i}].b`, message: `a link joins two different sites (both ends are "${l.a}")`, code: 'ref.selfLink', params: { id: l.a } });
    else if (pairs.has(pair)) issues.push({ path: `links[${i}]`, message: `a second link between "${l.a}" and "${l.b}": one link per pair of sites`, code: 'ref.secondLink', params: { a: l.a, b: l.b } });
    pairs.add(pair);
    if (!sites.has(l.a)) issues.push({ path: `links[${i}].a`, message: `unknown site "${l.a}"`, code: 'ref.unknownSite', params: { id: l.a } });
    if (!sites.has(l.b)) issues.push({ path: `links[${i}].b`, message: `unknown site "${l.b}"`, code: 'ref.unknownSite', params: { id: l.b } });
  });
  doc.relations.forEach((r, i) => {
    unique(r.id, `relations[${i}].id`);
    if (!nodes.has(r.from)) issues.push({ path: `relations[${i}].from`, message: `unknown node "${r.from}"`, code: 'ref.unknownNode', params: { id: r.from } });
    if (!nodes.has(r.to)) issues.push({ path: `relations[${i}].to`, message: `unknown node "${r.to}"`, code: 'ref.unknownNode', params: { id: r.to } });
  });
  doc.clusters.forEach((c, i) => {
    unique(c.id, `clusters[${i}].id`);
    const listed = new Set<string>();
    c.members.forEach((m, j) => {
      // A member listed twice counted as two members: "OT1 declares OT2 dead" at 10 s with no fault (issue 19).
      if (listed.has(m)) issues.push({ path: `clusters[${i}].members[${j}]`, message: `"${m}" is listed twice in this cluster's members`, code: 'ref.duplicateMember', params: { id: m } });
      listed.add(m);
      if (!nodes.has(m)) issues.push({ path: `clusters[${i}].members[${j}]`, message: `unknown node "${m}"`, code: 'ref.unknownNode', params: { id: m } });
    });
  });
  return issues;
}

/**
 * Validates an already-parsed JSON value against the kinds of `kinds` (the format knows no kit: the app, the CLI
 * and the tests validate through src/engine/documents.ts, which passes the registered kits). Never throws: every
 * problem comes back with its path.
 */
export function validateDesignWith(value: unknown, kinds: KindCatalog): DesignResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, issues: [{ path: '(document)', message: 'expected a JSON object', code: 'notObject' }] };
  }
  const migrated = migrateUp(value as Record<string, unknown>);
  if (!migrated.ok) {
    const got = declaredVersion(value as Record<string, unknown>);
    return { ok: false, issues: [{ path: migrated.path, message: migrated.message, code: versionCode(value as Record<string, unknown>), params: { got: got ?? '', current: SCHEMA_VERSION } }] };
  }
  const inFile = (issues: DesignIssue[]) => issues.map((i) => ({ ...i, path: migrated.pathInFile(i.path) }));
  const parsed = designSchema.safeParse(migrated.doc);
  const protoKeys = protoKeyIssues(migrated.doc);
  if (!parsed.success || protoKeys.length > 0) return { ok: false, issues: inFile([...protoKeys, ...(parsed.success ? [] : schemaIssues(parsed.error, migrated.doc))]) };
  const refs = referenceIssues(parsed.data, kinds);
  refs.push(...paramIssues(parsed.data, kinds), ...relationIssues(parsed.data, kinds), ...clusterIssues(parsed.data, kinds), ...targetIssues(parsed.data), ...storyIssues(parsed.data, kinds));
  if (refs.length > 0) return { ok: false, issues: inFile(refs) };
  return migrated.from === SCHEMA_VERSION ? { ok: true, design: parsed.data } : { ok: true, design: parsed.data, migratedFrom: migrated.from, migrations: migrated.applied };
}
