import { compressToEncodedURIComponent } from 'lz-string';
import { FAULT_SCRIPT_VERSION, validateFaultScript, type DesignDoc, type TimedFault } from '../../engine';
import { decompressUriSafeBounded } from './boundedLz';

/**
 * A share link's fault script (issue 15 §4): `#share=<design>&faults=<lz-string, URI-safe>`, the engine's fault-script
 * format plus the run's seed. `&` is not in lz-string's URI-safe alphabet, so a link made before (no `&faults=`) reads
 * as it always did, and the design part never swallows the script.
 */
export const FAULTS_PARAM = '&faults=';
/** A script of 10 000 steps is far below this; a longer one is damaged or not a script. */
const MAX_SCRIPT_TEXT_CHARS = 2_000_000;

export function scriptFragmentPart(script: readonly TimedFault[], seed: number): string {
  if (script.length === 0) return '';
  const text = JSON.stringify({ schemaVersion: FAULT_SCRIPT_VERSION, name: 'shared', seed, steps: script.map((e) => ({ at: e.atMs, ...e.fault })) });
  return `${FAULTS_PARAM}${compressToEncodedURIComponent(text)}`;
}

/** The fragment without its script part: what the design reader reads. */
export function withoutScript(fragment: string): string {
  const at = fragment.indexOf(FAULTS_PARAM);
  return at < 0 ? fragment : fragment.slice(0, at);
}

export type SharedScript = { script: TimedFault[]; seed?: number } | { issues: string[] };

/**
 * The link's script, validated by the engine against the design (unknown targets, bad times: each with its JSON
 * path); undefined when the link carries none. A bad script is reported; the design opens all the same.
 */
export function readShareScript(hash: string, design: DesignDoc): SharedScript | undefined {
  const at = hash.indexOf(FAULTS_PARAM);
  if (at < 0) return undefined;
  const decoded = decompressUriSafeBounded(hash.slice(at + FAULTS_PARAM.length), MAX_SCRIPT_TEXT_CHARS);
  if (!decoded.ok || decoded.text === '') return { issues: ['(script): the link is damaged (it cannot be decompressed)'] };
  let raw: unknown;
  try {
    raw = JSON.parse(decoded.text);
  } catch {
    return { issues: ['(script): not JSON'] };
  }
  const result = validateFaultScript(raw, design);
  if (!result.ok) return { issues: result.issues.slice(0, 5).map((i) => `${i.path || '(root)'}: ${i.message}`) };
  const seed = (raw as { seed?: unknown }).seed;
  const validSeed = typeof seed === 'number' && Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff;
  return { script: result.script.steps, ...(validSeed ? { seed } : {}) };
}
