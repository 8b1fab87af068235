import { SCHEMA_VERSION, type DesignDoc, type DesignNode, type ParamValue } from '../design/schema';
import { formatIssue } from '../design/validate';
import { validateDesign } from '../documents';

/**
 * The one builder of test designs, shared by the engine's, both kits' and the analyses' tests (and fuzzers):
 * a terse sketch in, a design validated against the registered kits out.
 */

/** A node as tests and generators write it: kind, site and params; the rest gets defaults. */
export interface NodeSketch {
  id: string;
  kind: string;
  siteId?: string;
  name?: string;
  params?: Record<string, ParamValue>;
}

export interface DesignSketch {
  name?: string;
  seed?: number;
  sites?: string[];
  /** [siteA, siteB, rttMs, jitterMs?]; the link id is `${a}-${b}`. */
  links?: Array<[string, string, number, number?]>;
  nodes?: NodeSketch[];
  relations?: Array<[kind: string, from: string, to: string]>;
  /** A cluster's id doubles as its name. */
  clusters?: Array<{ id: string; kind: string; members: string[] }>;
}

/** The raw document of a sketch (not yet validated). */
function documentOf(sketch: DesignSketch): unknown {
  const nodes: DesignNode[] = (sketch.nodes ?? []).map((n, i) => ({
    id: n.id,
    kind: n.kind,
    name: n.name ?? n.id,
    ...(n.siteId === undefined ? {} : { siteId: n.siteId }),
    position: { x: 40 + (i % 10) * 160, y: 40 + Math.floor(i / 10) * 120 },
    params: n.params ?? {},
  }));
  return {
    schemaVersion: SCHEMA_VERSION,
    name: sketch.name ?? 'test design',
    seed: sketch.seed ?? 1,
    sites: (sketch.sites ?? []).map((id) => ({ id, name: id })),
    links: (sketch.links ?? []).map(([a, b, rttMs, jitterMs]) => ({ id: `${a}-${b}`, a, b, rttMs, jitterMs: jitterMs ?? 0 })),
    nodes,
    relations: (sketch.relations ?? []).map(([kind, from, to], i) => ({ id: `r${i}`, kind, from, to })),
    clusters: (sketch.clusters ?? []).map((c) => ({ ...c, name: c.id })),
  };
}

/** A parsed design file (a template, a pinned counterexample) that must be valid: throws with the JSON paths if not. */
export function loadDesign(raw: unknown): DesignDoc {
  const result = validateDesign(raw);
  if (!result.ok) throw new Error(`invalid design: ${result.issues.map(formatIssue).join('; ')}`);
  return result.design;
}

/** A valid design from a sketch. Throws with the JSON paths when it is not: a broken fixture must fail loudly. */
export function buildDesign(sketch: DesignSketch): DesignDoc {
  return loadDesign(documentOf(sketch));
}

/** The design of a sketch, or null when the kits refuse it (generators that draw sketches at random skip those). */
export function tryBuildDesign(sketch: DesignSketch): DesignDoc | null {
  const result = validateDesign(documentOf(sketch));
  return result.ok ? result.design : null;
}
