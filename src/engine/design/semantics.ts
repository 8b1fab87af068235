import type { DesignIssue } from './validate';
import type { DesignDoc, DesignNode, ParamValue } from './schema';
import { isWholeUnit, type ChoiceSpec, type ParamSpec } from '../params';
import type { KindCatalog, NodeKindSpec } from './kindCatalog';

/**
 * What the schema cannot know because it lives in the kits (passed in as a KindCatalog): each node's parameters against its kind's specs
 * (ParamSpec ranges, ChoiceSpec options), and each relation against the relation rules the editor also uses
 * (which kinds it may join, at most how many may end at one node: OT-10).
 */

const UNIT_WORDS: Record<ParamSpec['unit'], string> = {
  ms: 'ms',
  count: 'a whole number',
  users: 'a whole number of users',
  percent: 'a percentage',
  flag: '0 or 1',
  kB: 'kB',
  h: 'hours',
  perRequest: 'a mean number per request',
};


function shown(value: ParamValue): string {
  return typeof value === 'number' ? String(value) : JSON.stringify(value);
}

/** A problem without its path: the English message (CLI) and the code + params the UI translates. */
type Problem = Omit<DesignIssue, 'path'>;

function numberProblem(spec: ParamSpec, value: ParamValue): Problem | undefined {
  const got = shown(value);
  const wrong = typeof value !== 'number' || !Number.isFinite(value) || value < spec.min || value > spec.max || (isWholeUnit(spec.unit) && !Number.isInteger(value));
  if (!wrong) return undefined;
  if (spec.unit === 'flag') return { message: `expected 0 or 1, got ${got}`, code: 'param.flag', params: { got } };
  const code = isWholeUnit(spec.unit) ? 'param.wholeRange' : 'param.range';
  return { message: `expected ${UNIT_WORDS[spec.unit]} between ${spec.min} and ${spec.max}, got ${got}`, code, params: { got, min: spec.min, max: spec.max, unit: spec.unit === 'percent' ? '%' : spec.unit } };
}

function choiceProblem(spec: ChoiceSpec, value: ParamValue): Problem | undefined {
  const isBooleanChoice = spec.options.length === 2 && spec.options.includes('true') && spec.options.includes('false');
  if (isBooleanChoice && typeof value === 'boolean') return undefined;
  const got = shown(value);
  const options = spec.options.map((o) => `"${o}"`).join(', ');
  if (typeof value !== 'string' && spec.options.length === 0) return { message: `expected text, got ${got}`, code: 'param.text', params: { got } };
  if (typeof value !== 'string' || (spec.options.length > 0 && !spec.options.includes(value))) return { message: `expected one of ${options}, got ${got}`, code: 'param.choice', params: { got, options } };
  return undefined;
}

function nodeParamIssues(node: DesignNode, index: number, kind: NodeKindSpec): DesignIssue[] {
  const issues: DesignIssue[] = [];
  for (const [key, value] of Object.entries(node.params)) {
    const path = `nodes[${index}].params.${key}`;
    const spec = kind.params.find((p) => p.key === key);
    const choice = kind.choices?.find((c) => c.key === key);
    const problem = spec ? numberProblem(spec, value) : choice ? choiceProblem(choice, value) : unknownParam(key, kind);
    if (problem !== undefined) issues.push({ path, ...problem });
  }
  return issues;
}

function unknownParam(key: string, kind: NodeKindSpec): Problem {
  const known = [...kind.params.map((p) => p.key), ...(kind.choices ?? []).map((c) => c.key)];
  const message = `unknown parameter "${key}" for kind ${kind.kind}` + (known.length > 0 ? ` (known: ${known.join(', ')})` : ' (it has none)');
  return { message, code: known.length > 0 ? 'param.unknown' : 'param.unknownNone', params: { key, kind: kind.kind, known: known.join(', ') } };
}

/** Every node's parameters: known to its kind, of the right type, within range. */
export function paramIssues(doc: DesignDoc, kinds: KindCatalog): DesignIssue[] {
  return doc.nodes.flatMap((node, i) => {
    const kind = kinds.nodeKinds.get(node.kind);
    return kind ? nodeParamIssues(node, i, kind) : [];
  });
}

/** Every relation: a kind a kit defines, joining node kinds it allows, at most `maxIncoming` per target. */
export function relationIssues(doc: DesignDoc, kinds: KindCatalog): DesignIssue[] {
  const issues: DesignIssue[] = [];
  const kindOf = new Map(doc.nodes.map((n) => [n.id, n.kind]));
  const seen = new Set<string>();
  const incoming = new Map<string, string[]>();
  doc.relations.forEach((r, i) => {
    const spec = kinds.relationKinds.get(r.kind);
    if (!spec) {
      const known = [...kinds.relationKinds.keys()].join(', ');
      issues.push({ path: `relations[${i}].kind`, message: `unknown relation kind "${r.kind}" (known: ${known})`, code: 'relation.unknownKind', params: { kind: r.kind, known } });
      return;
    }
    const fromKind = kindOf.get(r.from);
    const toKind = kindOf.get(r.to);
    if (fromKind === undefined || toKind === undefined) return; // reported as an unknown node already
    const kind = r.kind;
    if (r.from === r.to) issues.push({ path: `relations[${i}].to`, message: `a "${kind}" relation joins two different nodes (both ends are "${r.from}")`, code: 'relation.self', params: { kind, id: r.from } });
    const fromKinds = spec.from.join(' or ');
    const toKinds = spec.to.join(' or ');
    if (!spec.from.includes(fromKind)) issues.push({ path: `relations[${i}].from`, message: `a "${kind}" relation starts at a node of kind ${fromKinds}, got "${r.from}" (${fromKind})`, code: 'relation.fromKind', params: { kind, expected: fromKinds, id: r.from, nodeKind: fromKind } });
    if (!spec.to.includes(toKind)) issues.push({ path: `relations[${i}].to`, message: `a "${kind}" relation ends at a node of kind ${toKinds}, got "${r.to}" (${toKind})`, code: 'relation.toKind', params: { kind, expected: toKinds, id: r.to, nodeKind: toKind } });
    const key = `${r.kind}|${r.from}|${r.to}`;
    if (seen.has(key)) issues.push({ path: `relations[${i}]`, message: `a second "${kind}" relation from "${r.from}" to "${r.to}"`, code: 'relation.duplicate', params: { kind, from: r.from, to: r.to } });
    seen.add(key);
    const into = incoming.get(`${r.kind}|${r.to}`) ?? [];
    if (spec.maxIncoming !== undefined && into.length >= spec.maxIncoming) {
      const message = `at most ${spec.maxIncoming} "${kind}" relation(s) may end at "${r.to}"${spec.ref ? ` (${spec.ref})` : ''}; "${into.join('", "')}" already ${into.length === 1 ? 'does' : 'do'}`;
      issues.push({ path: `relations[${i}]`, message, code: 'relation.maxIncoming', params: { kind, max: spec.maxIncoming, to: r.to, ref: spec.ref ?? '', existing: into.join(', ') } });
    }
    incoming.set(`${r.kind}|${r.to}`, [...into, r.from]);
  });
  return issues;
}

/** Every cluster: a kind a kit understands. */
export function clusterIssues(doc: DesignDoc, kinds: KindCatalog): DesignIssue[] {
  const known = [...kinds.clusterKinds.keys()].join(', ');
  return doc.clusters.flatMap((c, i) =>
    kinds.clusterKinds.has(c.kind) ? [] : [{ path: `clusters[${i}].kind`, message: `unknown cluster kind "${c.kind}" (known: ${known})`, code: 'cluster.unknownKind', params: { kind: c.kind, known } }],
  );
}
