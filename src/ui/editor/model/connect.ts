import { RELATION_KINDS, type DesignDoc, type RelationKindSpec } from '../../../engine';
import { freshId, takenIds } from './geometry';

/** Why a connection is refused: an i18n key under `editor.refuse` and its parameters (names, not ids). */
export interface Refusal {
  key: string;
  params: Record<string, string | number>;
}

export type ConnectPlan =
  | { ok: true; type: 'link'; a: string; b: string }
  | { ok: true; type: 'relation'; kind: string; from: string; to: string }
  | { ok: false; refusal: Refusal };

/** The default round trip of a new network link between two sites: a metro distance (WL-3 allows ≤ 10 ms). */
export const DEFAULT_LINK_RTT_MS = 5;

function refuse(key: string, params: Record<string, string | number> = {}): ConnectPlan {
  return { ok: false, refusal: { key, params } };
}

function relationKindsBetween(fromKind: string, toKind: string): RelationKindSpec[] {
  return [...RELATION_KINDS.values()].filter((r) => r.from.includes(fromKind) && r.to.includes(toKind));
}

/**
 * What connecting `source` to `target` would mean: a network link (two sites), a relation of the kind the engine
 * registry allows between the two node kinds (tried in both directions, since people drag either way), or a
 * refusal with a short reason.
 */
export function planConnection(design: DesignDoc, source: string, target: string): ConnectPlan {
  if (source === target) return refuse('self');
  const siteA = design.sites.find((s) => s.id === source);
  const siteB = design.sites.find((s) => s.id === target);
  if (siteA && siteB) {
    const exists = design.links.some((l) => (l.a === source && l.b === target) || (l.a === target && l.b === source));
    return exists ? refuse('linkExists', { a: siteA.name, b: siteB.name }) : { ok: true, type: 'link', a: source, b: target };
  }
  const a = design.nodes.find((n) => n.id === source);
  const b = design.nodes.find((n) => n.id === target);
  if (!a || !b) return refuse('siteToServer');
  const forward = relationKindsBetween(a.kind, b.kind).map((spec) => ({ spec, from: a, to: b }));
  const backward = relationKindsBetween(b.kind, a.kind).map((spec) => ({ spec, from: b, to: a }));
  const candidates = [...forward, ...backward];
  if (candidates.length === 0) return refuse('noRelation', { a: a.kind, b: b.kind });
  let lastRefusal: ConnectPlan | undefined;
  for (const { spec, from, to } of candidates) {
    if (design.relations.some((r) => r.kind === spec.kind && r.from === from.id && r.to === to.id)) {
      lastRefusal = refuse('exists', { from: from.name, to: to.name });
      continue;
    }
    const incoming = design.relations.filter((r) => r.kind === spec.kind && r.to === to.id);
    if (spec.maxIncoming !== undefined && incoming.length >= spec.maxIncoming) {
      const other = design.nodes.find((n) => n.id === incoming[0]?.from);
      lastRefusal = refuse('maxIncoming', { relation: spec.kind, toKind: to.kind, fromKind: from.kind, to: to.name, other: other?.name ?? '', max: spec.maxIncoming });
      continue;
    }
    return { ok: true, type: 'relation', kind: spec.kind, from: from.id, to: to.id };
  }
  return lastRefusal!;
}

/** Applies an accepted plan; returns the new document and the id of what was created. */
export function applyConnection(design: DesignDoc, plan: Extract<ConnectPlan, { ok: true }>): { design: DesignDoc; id: string } {
  const taken = takenIds(design);
  if (plan.type === 'link') {
    const id = freshId(`link-${plan.a}-${plan.b}-`, taken);
    return { design: { ...design, links: [...design.links, { id, a: plan.a, b: plan.b, rttMs: DEFAULT_LINK_RTT_MS, jitterMs: 0 }] }, id };
  }
  const id = freshId(`${plan.kind}-${plan.from}-${plan.to}-`, taken);
  return { design: { ...design, relations: [...design.relations, { id, kind: plan.kind, from: plan.from, to: plan.to }] }, id };
}
