import { SCHEMA_VERSION, type DesignDoc, type DesignNode, type ParamValue } from './schema';
import { validateDesign, formatIssue } from './validate';

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
  clusters?: Array<{ id: string; kind: string; members: string[] }>;
}

/**
 * Builds a valid design document from a terse sketch (tests, fuzzing, benchmarks). Throws with the JSON
 * paths when the sketch is not a valid design: a broken fixture must fail loudly.
 */
export function buildDesign(sketch: DesignSketch): DesignDoc {
  const nodes: DesignNode[] = (sketch.nodes ?? []).map((n, i) => ({
    id: n.id,
    kind: n.kind,
    name: n.name ?? n.id,
    ...(n.siteId === undefined ? {} : { siteId: n.siteId }),
    position: { x: 40 + (i % 10) * 160, y: 40 + Math.floor(i / 10) * 120 },
    params: n.params ?? {},
  }));
  const raw = {
    schemaVersion: SCHEMA_VERSION,
    name: sketch.name ?? 'test design',
    seed: sketch.seed ?? 1,
    sites: (sketch.sites ?? []).map((id) => ({ id, name: id })),
    links: (sketch.links ?? []).map(([a, b, rttMs, jitterMs]) => ({ id: `${a}-${b}`, a, b, rttMs, jitterMs: jitterMs ?? 0 })),
    nodes,
    relations: (sketch.relations ?? []).map(([kind, from, to], i) => ({ id: `r${i}`, kind, from, to })),
    clusters: (sketch.clusters ?? []).map((c) => ({ ...c, name: c.id })),
  };
  const result = validateDesign(raw);
  if (!result.ok) throw new Error(`invalid design sketch: ${result.issues.map(formatIssue).join('; ')}`);
  return result.design;
}
