import { FAULT_SCRIPT_VERSION, validateFaultScript, type DesignDoc, type TimedFault } from '../../engine';

/** A fault script as the app saves it: the engine's format (schema/fault-script.schema.json) plus the seed. */
export interface ScriptFile {
  name: string;
  description?: string;
  /** Not part of the engine's format (it ignores it): with it, a loaded script replays the very same run. */
  seed?: number;
  faults: TimedFault[];
}

export type ScriptParse = { ok: true; script: ScriptFile } | { ok: false; errors: string[] };

/**
 * Parses a fault script file with the engine's validator (against the open design, so unknown targets are
 * caught); every problem is reported as `path: what`, nothing is thrown.
 */
export function parseScript(text: string, design?: DesignDoc): ScriptParse {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`(root): not JSON (${error instanceof Error ? error.message : String(error)})`] };
  }
  const result = validateFaultScript(raw, design);
  if (!result.ok) return { ok: false, errors: result.issues.slice(0, 8).map((i) => `${i.path || '(root)'}: ${i.message}`) };
  const seed = (raw as { seed?: unknown }).seed;
  const validSeed = typeof seed === 'number' && Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff ? seed : undefined;
  const { name, description, steps } = result.script;
  return { ok: true, script: { name, ...(description ? { description } : {}), ...(validSeed !== undefined ? { seed: validSeed } : {}), faults: steps } };
}

export function serializeScript(file: ScriptFile): string {
  const steps = file.faults.map((e) => ({ at: e.atMs, ...e.fault }));
  return JSON.stringify({ schemaVersion: FAULT_SCRIPT_VERSION, name: file.name, ...(file.description ? { description: file.description } : {}), seed: file.seed, steps }, null, 2);
}
