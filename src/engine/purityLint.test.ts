import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

/**
 * The engine's purity rules (eslint.config.js) hold against the ways round them: each snippet, linted as if it
 * were an engine source file, must be rejected by a purity rule; plain arithmetic must pass.
 */
const eslint = new ESLint({ cwd: process.cwd() });
const ENGINE_FILE = 'src/engine/kernel/snippet.ts';
const PURITY_RULES = new Set(['no-restricted-globals', 'no-restricted-properties', 'no-restricted-syntax']);

async function purityErrors(code: string, filePath = ENGINE_FILE): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId !== null && PURITY_RULES.has(m.ruleId)).map((m) => m.ruleId!);
}

const IMPURE: Array<[string, string]> = [
  ['Date.now()', 'export const t = Date.now();'],
  ['globalThis.Date.now()', 'export const t = globalThis.Date.now();'],
  ['Date() without new', 'export const d = Date();'],
  ['new Date()', 'export const d = new Date();'],
  ['globalThis.setInterval', 'globalThis.setInterval(() => 0, 1000);'],
  ['setTimeout', 'setTimeout(() => 0, 1000);'],
  ['Math.random()', 'export const r = Math.random();'],
  ['an alias of Math', 'const M = Math;\nexport const r = M.random();'],
  ['Math destructured', 'const { random } = Math;\nexport const r = random();'],
  ["Math['random']", "export const r = Math['random']();"],
  ['performance.now()', 'export const t = performance.now();'],
  ['crypto', 'export const b = crypto.getRandomValues(new Uint8Array(4));'],
  ['self', 'export const s = self;'],
  ['window', 'export const w = window.innerWidth;'],
];

describe('engine purity lint', () => {
  it.each(IMPURE)('rejects %s in src/engine', async (_name, code) => {
    expect(await purityErrors(code)).not.toEqual([]);
  }, 30_000);

  it('accepts plain arithmetic with Math', async () => {
    const [result] = await eslint.lintText('export const x = Math.max(1, Math.floor(2.5)) + Math.PI;\nexport const o = { Math: 1 };\n', { filePath: ENGINE_FILE });
    expect(result!.messages).toEqual([]);
  }, 30_000);

  it('applies to engine sources only: tests and the UI may use the clock', async () => {
    expect(await purityErrors('export const t = Date.now();', 'src/engine/kernel/snippet.test.ts')).toEqual([]);
    expect(await purityErrors('export const t = new Date();', 'src/ui/snippet.ts')).toEqual([]);
  }, 30_000);
});
