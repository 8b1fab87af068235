import { z } from 'zod';
import type { Fault } from '../../engine';
import type { ScriptEntry } from '../../worker/script';

export const SCRIPT_FORMAT = 'failover-lab/fault-script';
export const SCRIPT_VERSION = 1;

const id = z.string().min(1).max(64);

/** Every fault kind the engine knows, with its fields: a file naming anything else is refused with its path. */
const faultSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('stopProcess'), target: id, process: id }),
  z.object({ kind: z.literal('startProcess'), target: id, process: id }),
  z.object({ kind: z.literal('crashProcess'), target: id, process: id }),
  z.object({ kind: z.literal('crashHost'), target: id }),
  z.object({ kind: z.literal('recoverHost'), target: id }),
]);

const scriptSchema = z.object({
  format: z.literal(SCRIPT_FORMAT),
  version: z.literal(SCRIPT_VERSION),
  name: z.string().max(200).optional(),
  design: z.string().max(200).optional(),
  seed: z.number().int().min(0).max(0xffffffff).optional(),
  faults: z
    .array(z.object({ atMs: z.number().int().min(0).max(7 * 24 * 3_600_000), fault: faultSchema }))
    .max(10_000),
});

export interface ScriptFile {
  name?: string;
  design?: string;
  seed?: number;
  faults: ScriptEntry[];
}

export type ScriptParse = { ok: true; script: ScriptFile } | { ok: false; errors: string[] };

function pathOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '') || '(root)';
}

/** Parses a fault script file; every problem is reported as `path: what`, nothing is thrown. */
export function parseScript(text: string): ScriptParse {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`(root): not JSON (${error instanceof Error ? error.message : String(error)})`] };
  }
  const result = scriptSchema.safeParse(raw);
  if (!result.success) return { ok: false, errors: result.error.issues.slice(0, 8).map((i) => `${pathOf(i.path)}: ${i.message}`) };
  const { faults, ...rest } = result.data;
  const sorted = [...faults].sort((a, b) => a.atMs - b.atMs).map((e) => ({ atMs: e.atMs, fault: e.fault as Fault }));
  return { ok: true, script: { ...rest, faults: sorted } };
}

export function serializeScript(file: ScriptFile): string {
  return JSON.stringify({ format: SCRIPT_FORMAT, version: SCRIPT_VERSION, ...file }, null, 2);
}
