import { SCHEMA_VERSION } from './schema';

type Json = Record<string, unknown>;

/** One step between two adjacent versions of the design document, both ways (tldraw-style). */
export interface Migration {
  from: number;
  to: number;
  /** What changed, for people reading a migrated file's notice. */
  summary: string;
  up(doc: Json): Json;
  /** Back to the older shape (lossy where the newer shape holds more). */
  down(doc: Json): Json;
  /**
   * Where a place of the newer shape (a formatted JSON path like `links[2].rttMs`) is in the older document `old`,
   * so that problems in a migrated file name the file's own fields (issue 19).
   */
  pathDown(path: string, old: Json): string;
}

const arr = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);

/**
 * v0: the pre-release shape (files written by early prototypes): `version: 0` instead of `schemaVersion`;
 * links `{ a, b, rtt, jitter? }` without ids; nodes with `site` and flat `x`/`y`; relations and clusters
 * optional; no seed.
 */
const v0ToV1: Migration = {
  from: 0,
  to: 1,
  summary: 'version → schemaVersion; links get ids and rttMs/jitterMs; nodes get siteId and position; seed defaults to 1',
  up(doc) {
    const { version: _version, links, nodes, relations, clusters, seed, ...rest } = doc;
    return {
      ...rest,
      schemaVersion: 1,
      seed: seed ?? 1,
      links: arr(links).map(({ a, b, rtt, jitter, id, ...more }) => ({ ...more, id: id ?? `${String(a)}-${String(b)}`, a, b, rttMs: rtt, jitterMs: jitter ?? 0 })),
      nodes: arr(nodes).map(({ site, x, y, params, ...more }) => ({
        ...more,
        ...(site === undefined ? {} : { siteId: site }),
        position: { x: x ?? 0, y: y ?? 0 },
        params: params ?? {},
      })),
      relations: relations ?? [],
      clusters: clusters ?? [],
    };
  },
  pathDown(path, old) {
    const link = /^links\[(\d+)\]/.exec(path);
    const hadId = link !== null && arr(old.links)[Number(link[1])]?.id !== undefined;
    return path
      .replace(/^schemaVersion$/, 'version')
      .replace(/^(links\[\d+\])\.rttMs/, '$1.rtt')
      .replace(/^(links\[\d+\])\.jitterMs/, '$1.jitter')
      .replace(/^(links\[\d+\])\.id$/, hadId ? '$1.id' : '$1')
      .replace(/^(nodes\[\d+\])\.siteId/, '$1.site')
      .replace(/^(nodes\[\d+\])\.position\.(x|y)/, '$1.$2')
      .replace(/^(nodes\[\d+\])\.position$/, '$1');
  },
  down(doc) {
    const { schemaVersion: _v, links, nodes, ...rest } = doc;
    return {
      ...rest,
      version: 0,
      links: arr(links).map(({ rttMs, jitterMs, ...more }) => ({ ...more, rtt: rttMs, ...(jitterMs ? { jitter: jitterMs } : {}) })),
      nodes: arr(nodes).map(({ siteId, position, ...more }) => {
        const p = (position ?? {}) as { x?: number; y?: number };
        return { ...more, ...(siteId === undefined ? {} : { site: siteId }), x: p.x ?? 0, y: p.y ?? 0 };
      }),
    };
  },
};

/**
 * v1 → v2: recovery targets (issue 14). Nothing to convert going up; going down drops `targets`, which a v1
 * app would otherwise strip silently (that is why the version is bumped at all).
 */
const v1ToV2: Migration = {
  from: 1,
  to: 2,
  summary: 'optional recovery targets (RTO/RPO per service) added',
  up: (doc) => ({ ...doc, schemaVersion: 2 }),
  // Nothing moved: every place of v2 is at the same path in v1 (targets have no v1 place and keep theirs).
  pathDown: (path) => path,
  down(doc) {
    const { targets: _targets, ...rest } = doc;
    return { ...rest, schemaVersion: 1 };
  },
};

const withoutReliability = (items: unknown): Json[] => arr(items).map(({ mtbfHours: _f, mttrHours: _r, ...rest }) => rest);

/**
 * v2 → v3: stories (issue 15) and the MTBF/MTTR of sites and links (issue 14). Nothing to convert going up; going
 * down drops them, which a v2 app would otherwise strip silently.
 */
const v2ToV3: Migration = {
  from: 2,
  to: 3,
  summary: 'optional stories (narrated walkthroughs) and MTBF/MTTR of sites and links added',
  up: (doc) => ({ ...doc, schemaVersion: 3 }),
  pathDown: (path) => path,
  down(doc) {
    const { stories: _stories, sites, links, ...rest } = doc;
    return { ...rest, schemaVersion: 2, sites: withoutReliability(sites), links: withoutReliability(links) };
  },
};

/** Every migration, oldest first; the last one ends at SCHEMA_VERSION. */
export const MIGRATIONS: readonly Migration[] = [v0ToV1, v1ToV2, v2ToV3];

/** The version a raw document declares: `schemaVersion`, or the pre-release `version`; undefined if neither. */
export function declaredVersion(doc: Json): number | undefined {
  if (typeof doc.schemaVersion === 'number') return doc.schemaVersion;
  if (typeof doc.version === 'number') return doc.version;
  return undefined;
}

/** `pathInFile` takes a JSON path of the migrated document back to the same place in the file as it was given. */
export type MigrationResult = { ok: true; doc: Json; from: number; applied: string[]; pathInFile(path: string): string } | { ok: false; path: string; message: string };

/** Brings a parsed document of any known version up to SCHEMA_VERSION. Never throws. */
export function migrateUp(doc: Json): MigrationResult {
  const from = declaredVersion(doc);
  if (from === undefined) return { ok: false, path: 'schemaVersion', message: `missing: expected a number (current version is ${SCHEMA_VERSION})` };
  if (!Number.isInteger(from) || from < 0) return { ok: false, path: 'schemaVersion', message: `expected a whole number ≥ 0, got ${from}` };
  if (from > SCHEMA_VERSION) {
    return { ok: false, path: 'schemaVersion', message: `version ${from} is newer than this app understands (${SCHEMA_VERSION}); update Failover Lab` };
  }
  let current = doc;
  const applied: string[] = [];
  const steps: Array<{ migration: Migration; before: Json }> = [];
  for (const m of MIGRATIONS) {
    if (m.from < from) continue;
    steps.push({ migration: m, before: current });
    try {
      current = m.up(current);
    } catch (error) {
      return { ok: false, path: '(document)', message: `cannot migrate from version ${m.from}: ${error instanceof Error ? error.message : String(error)}` };
    }
    applied.push(`v${m.from} → v${m.to}: ${m.summary}`);
  }
  const pathInFile = (path: string) => steps.reduceRight((p, { migration, before }) => migration.pathDown(p, before), path);
  return { ok: true, doc: current, from, applied, pathInFile };
}

/** Takes a current document down to an older version (tests, and exporting for an older app). */
export function migrateDown(doc: Json, toVersion: number): Json {
  let current = doc;
  for (const m of [...MIGRATIONS].reverse()) {
    if (m.to > toVersion && m.from >= toVersion) current = m.down(current);
  }
  return current;
}
