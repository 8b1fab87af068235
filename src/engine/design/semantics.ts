import type { DesignIssue } from './validate';
import type { DesignDoc, DesignNode, ParamValue } from './schema';
import type { ChoiceSpec, ParamSpec } from '../params';
import type { NodeKindSpec } from '../kits/kit';
import { KITS, NODE_KINDS, RELATION_KINDS } from '../kits/registry';

/**
 * What the schema cannot know because it lives in the kits: each node's parameters against its kind's specs
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
};

/** Units that count things: a fraction makes no sense. */
const WHOLE_UNITS: ReadonlySet<ParamSpec['unit']> = new Set(['count', 'users', 'flag']);

function shown(value: ParamValue): string {
  return typeof value === 'number' ? String(value) : JSON.stringify(value);
}

function numberProblem(spec: ParamSpec, value: ParamValue): string | undefined {
  const expected = spec.unit === 'flag' ? 'expected 0 or 1' : `expected ${UNIT_WORDS[spec.unit]} between ${spec.min} and ${spec.max}`;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < spec.min || value > spec.max) return `${expected}, got ${shown(value)}`;
  if (WHOLE_UNITS.has(spec.unit) && !Number.isInteger(value)) return `${expected}, got ${shown(value)}`;
  return undefined;
}

function choiceProblem(spec: ChoiceSpec, value: ParamValue): string | undefined {
  const isBooleanChoice = spec.options.length === 2 && spec.options.includes('true') && spec.options.includes('false');
  if (isBooleanChoice && typeof value === 'boolean') return undefined;
  if (typeof value !== 'string') return spec.options.length === 0 ? `expected text, got ${shown(value)}` : `expected one of ${spec.options.map((o) => `"${o}"`).join(', ')}, got ${shown(value)}`;
  if (spec.options.length > 0 && !spec.options.includes(value)) return `expected one of ${spec.options.map((o) => `"${o}"`).join(', ')}, got ${shown(value)}`;
  return undefined;
}

function nodeParamIssues(node: DesignNode, index: number, kind: NodeKindSpec): DesignIssue[] {
  const issues: DesignIssue[] = [];
  for (const [key, value] of Object.entries(node.params)) {
    const path = `nodes[${index}].params.${key}`;
    const spec = kind.params.find((p) => p.key === key);
    const choice = kind.choices?.find((c) => c.key === key);
    const problem = spec ? numberProblem(spec, value) : choice ? choiceProblem(choice, value) : unknownParam(key, kind);
    if (problem !== undefined) issues.push({ path, message: problem });
  }
  return issues;
}

function unknownParam(key: string, kind: NodeKindSpec): string {
  const known = [...kind.params.map((p) => p.key), ...(kind.choices ?? []).map((c) => c.key)];
  return `unknown parameter "${key}" for kind ${kind.kind}` + (known.length > 0 ? ` (known: ${known.join(', ')})` : ' (it has none)');
}

/** Every node's parameters: known to its kind, of the right type, within range. */
export function paramIssues(doc: DesignDoc): DesignIssue[] {
  return doc.nodes.flatMap((node, i) => {
    const kind = NODE_KINDS.get(node.kind);
    return kind ? nodeParamIssues(node, i, kind) : [];
  });
}

/** Every relation: a kind a kit defines, joining node kinds it allows, at most `maxIncoming` per target. */
export function relationIssues(doc: DesignDoc): DesignIssue[] {
  const issues: DesignIssue[] = [];
  const kindOf = new Map(doc.nodes.map((n) => [n.id, n.kind]));
  const seen = new Set<string>();
  const incoming = new Map<string, string[]>();
  doc.relations.forEach((r, i) => {
    const spec = RELATION_KINDS.get(r.kind);
    if (!spec) {
      issues.push({ path: `relations[${i}].kind`, message: `unknown relation kind "${r.kind}" (known: ${[...RELATION_KINDS.keys()].join(', ')})` });
      return;
    }
    const fromKind = kindOf.get(r.from);
    const toKind = kindOf.get(r.to);
    if (fromKind === undefined || toKind === undefined) return; // reported as an unknown node already
    if (r.from === r.to) issues.push({ path: `relations[${i}].to`, message: `a "${r.kind}" relation joins two different nodes (both ends are "${r.from}")` });
    if (!spec.from.includes(fromKind)) issues.push({ path: `relations[${i}].from`, message: `a "${r.kind}" relation starts at a node of kind ${spec.from.join(' or ')}, got "${r.from}" (${fromKind})` });
    if (!spec.to.includes(toKind)) issues.push({ path: `relations[${i}].to`, message: `a "${r.kind}" relation ends at a node of kind ${spec.to.join(' or ')}, got "${r.to}" (${toKind})` });
    const key = `${r.kind}|${r.from}|${r.to}`;
    if (seen.has(key)) issues.push({ path: `relations[${i}]`, message: `a second "${r.kind}" relation from "${r.from}" to "${r.to}"` });
    seen.add(key);
    const into = incoming.get(`${r.kind}|${r.to}`) ?? [];
    if (spec.maxIncoming !== undefined && into.length >= spec.maxIncoming) {
      issues.push({ path: `relations[${i}]`, message: `at most ${spec.maxIncoming} "${r.kind}" relation(s) may end at "${r.to}"${spec.ref ? ` (${spec.ref})` : ''}; "${into.join('", "')}" already ${into.length === 1 ? 'does' : 'do'}` });
    }
    incoming.set(`${r.kind}|${r.to}`, [...into, r.from]);
  });
  return issues;
}

const CLUSTER_KINDS: ReadonlySet<string> = new Set(KITS.flatMap((k) => k.clusterKinds));

/** Every cluster: a kind a kit understands. */
export function clusterIssues(doc: DesignDoc): DesignIssue[] {
  return doc.clusters.flatMap((c, i) => (CLUSTER_KINDS.has(c.kind) ? [] : [{ path: `clusters[${i}].kind`, message: `unknown cluster kind "${c.kind}" (known: ${[...CLUSTER_KINDS].join(', ')})` }]));
}
