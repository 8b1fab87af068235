import { z } from '../zod';
import { faultSchema, type Fault } from './catalogue';
import { DURATION_HINT, MAX_DURATION_MS, MAX_DURATION_TEXT, parseDuration } from './duration';
import type { TimedFault } from '../sim/simulation';
import type { DesignDoc } from '../design/schema';
import { formatPath, type DesignIssue } from '../design/validate';
import { FAULT_TARGET_KINDS, NODE_KINDS } from '../kits/catalog';

/** The current version of the fault-script format. */
export const FAULT_SCRIPT_VERSION = 1;

/** A number JSON cannot hold (1e400 parses to Infinity) becomes its text, so it gets the duration message too. */
const finiteOrText = (v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v);
const at = z.preprocess(
  finiteOrText,
  z.union([z.number(), z.string()]).refine((v) => parseDuration(v) !== undefined && (typeof v !== 'number' || Number.isInteger(v)), { message: DURATION_HINT }),
).meta({
  description: `When the step happens: ms, or a text like "30s", "10m", "1.5h"; at most ${MAX_DURATION_TEXT}.`,
  anyOf: [
    { type: 'integer', minimum: 0, maximum: MAX_DURATION_MS },
    { type: 'string', pattern: '^\\s*\\d+(\\.\\d+)?\\s*(ms|s|min|m|h)?\\s*$' },
  ],
});

/** A step is a fault with the time it happens at: `{ "at": "30s", "kind": "crashHost", "target": "OT1" }`. */
const stepSchema = z.intersection(z.object({ at, note: z.string().max(500).optional() }), faultSchema);

export const faultScriptSchema = z.object({
  schemaVersion: z.literal(FAULT_SCRIPT_VERSION),
  name: z.string().min(1).max(120),
  description: z.string().max(4000).optional(),
  steps: z.array(stepSchema).max(10_000),
});

export interface FaultScript {
  name: string;
  description?: string;
  /** Sorted by time (stable: steps at the same time keep their order). */
  steps: TimedFault[];
}

export type ScriptResult = { ok: true; script: FaultScript } | { ok: false; issues: DesignIssue[] };

/**
 * Validates a parsed fault script. Never throws: problems come back with their JSON path
 * (`steps[2].target: unknown node "OT9"`). With a design, targets are checked against it too.
 */
export function validateFaultScript(value: unknown, design?: DesignDoc): ScriptResult {
  const parsed = faultScriptSchema.safeParse(value);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })) };
  const steps = parsed.data.steps.map((step) => {
    const { at: when, note: _note, ...fault } = step;
    return { atMs: parseDuration(when)!, fault: fault as Fault };
  });
  const issues = design ? steps.flatMap((s, i) => targetIssues(s.fault, design).map((issue) => ({ ...issue, path: `steps[${i}].${issue.path}` }))) : [];
  if (issues.length > 0) return { ok: false, issues };
  const sorted = steps.map((s, i) => ({ s, i })).sort((a, b) => a.s.atMs - b.s.atMs || a.i - b.i).map(({ s }) => s);
  return { ok: true, script: { name: parsed.data.name, ...(parsed.data.description ? { description: parsed.data.description } : {}), steps: sorted } };
}

/** Whether the ids a fault names exist in the design (and the process on the node's kind). */
export function targetIssues(fault: Fault, design: DesignDoc): Array<{ path: string; message: string }> {
  const nodes = new Map(design.nodes.map((n) => [n.id, n]));
  const sites = new Set(design.sites.map((s) => s.id));
  const links = new Set(design.links.map((l) => l.id));
  const issues: Array<{ path: string; message: string }> = [];
  const need = (ok: boolean, path: string, message: string) => {
    if (!ok) issues.push({ path, message });
  };
  switch (fault.kind) {
    case 'siteDown':
    case 'siteUp':
      need(sites.has(fault.target), 'target', `unknown site "${fault.target}"`);
      break;
    case 'linkDown':
    case 'linkUp':
    case 'setRtt':
      need(links.has(fault.target), 'target', `unknown link "${fault.target}"`);
      break;
    case 'partition':
      fault.from.forEach((s, j) => need(sites.has(s), `from[${j}]`, `unknown site "${s}"`));
      fault.to.forEach((s, j) => need(sites.has(s), `to[${j}]`, `unknown site "${s}"`));
      break;
    case 'heal':
      break;
    default: {
      // Maintenance of a whole site is a kit's (WebLogic: Site Guard, S6), like the site menu offers it.
      if (fault.kind === 'maintenance' && fault.process === undefined && sites.has(fault.target)) break;
      const node = nodes.get(fault.target);
      need(node !== undefined, 'target', `unknown node "${fault.target}"`);
      const takers = FAULT_TARGET_KINDS.get(fault.kind);
      if (node && takers) need(takers.includes(node.kind), 'target', `"${node.id}" (${node.kind}) cannot take the fault "${fault.kind}": it applies to ${takers.join(', ')} nodes`);
      if (fault.kind === 'restartAdminServer' && fault.site !== undefined) need(sites.has(fault.site), 'site', `unknown site "${fault.site}"`);
      if (fault.kind === 'changeRestUrl') need(nodes.has(fault.to), 'to', `unknown node "${fault.to}"`);
      const process = 'process' in fault ? fault.process : undefined;
      if (node && process !== undefined) {
        const known = NODE_KINDS.get(node.kind)?.processes ?? [];
        need(known.includes(process), 'process', `node kind "${node.kind}" has no process "${process}" (it has: ${known.join(', ') || 'none'})`);
      }
    }
  }
  return issues;
}
