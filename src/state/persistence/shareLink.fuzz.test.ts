import { describe, expect, it } from 'vitest';
import { compressToEncodedURIComponent } from 'lz-string';
import { inBothLanguages } from '../../i18n/lookup';
import { TEMPLATES } from '../../templates';
import { quadraticBomb } from './lzBomb.testing';
import { readShareFragment, shareFragment } from './shareLink';

/**
 * Seeded fuzzing of share-link decoding: random, mutated, truncated and flipped links and decompression bombs must
 * never throw, every refusal must name the link and say why in both languages, and a link with a checksum must never
 * open a design whose text differs from the one it was made from. A failure prints its seed and case number.
 * `FUZZ_LONG=1` runs many more cases.
 */
const CASES = process.env.FUZZ_LONG === '1' ? 20_000 : 600;
/** Room for a slow, shared machine; the long mode takes minutes. */
const TIMEOUT_MS = process.env.FUZZ_LONG === '1' ? 30 * 60_000 : 30_000;
const SEED = 20_260_519;
const URI_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const NOISE = `${URI_SAFE}.~%# _v0123456789`;

/** mulberry32: small, seedable, good enough to pick mutations. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Rand = () => number;
const pick = <T,>(r: Rand, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
const int = (r: Rand, max: number) => Math.floor(r() * max);
const noise = (r: Rand, length: number) => Array.from({ length }, () => pick(r, [...NOISE])).join('');

function flip(r: Rand, text: string, count: number): string {
  const chars = [...text];
  for (let i = 0; i < count; i++) chars[int(r, chars.length)] = pick(r, [...URI_SAFE]);
  return chars.join('');
}

/** Compressing is the slow part: each template's links are made once and mutated many times. */
const LINKS = TEMPLATES.map((t) => ({ original: JSON.stringify(t.design), fresh: shareFragment(t.design), old: `share=${compressToEncodedURIComponent(JSON.stringify(t.design))}` }));
/** Bombs of a few sizes, from one that stays under the cap to one ~100 times over it. */
const BOMBS = [1_000, 3_000, 8_000, 30_000].map(quadraticBomb);

/** One mutated link and whether it carries a checksum (so any design it opens must be the original). */
function mutant(r: Rand): { hash: string; original: string; checked: boolean } {
  const { original, fresh, old } = pick(r, LINKS);
  const base = r() < 0.8 ? fresh : old;
  const kind = int(r, 8);
  const hash = [
    () => flip(r, base, 1 + int(r, 4)),
    () => base.slice(0, int(r, base.length)),
    () => {
      const at = int(r, base.length);
      return base.slice(0, at) + noise(r, 1 + int(r, 8)) + base.slice(at);
    },
    () => {
      const at = int(r, base.length);
      return base.slice(0, at) + base.slice(at + 1 + int(r, 8));
    },
    () => `share=${noise(r, int(r, 400))}`,
    () => `share=${r() < 0.5 ? '' : `v2.${int(r, 9_000_000)}.${noise(r, 8)}.`}${flip(r, pick(r, BOMBS), int(r, 2))}`,
    () => `share=${compressToEncodedURIComponent(noise(r, int(r, 200)))}`,
    () => base,
  ][kind]!();
  return { hash: `#${hash}`, original, checked: hash.startsWith('share=v2.') };
}

describe('share-link fuzzing', () => {
  it(`${CASES} random, mutated, truncated and flipped links and bombs: no exception, a clear refusal, never altered text`, () => {
    const r = rng(SEED);
    let opened = 0;
    for (let n = 0; n < CASES; n++) {
      const { hash, original, checked } = mutant(r);
      const where = `seed ${SEED}, case ${n}: ${hash.slice(0, 80)}`;
      let result: ReturnType<typeof readShareFragment>;
      try {
        result = readShareFragment(hash);
      } catch (error) {
        throw new Error(`${where} threw ${String(error)}`, { cause: error });
      }
      if (result.ok) {
        opened++;
        if (checked) expect(JSON.stringify(result.design), where).toBe(original);
        continue;
      }
      expect(result.issues.length, where).toBeGreaterThan(0);
      for (const issue of result.issues) {
        expect(issue.path, where).not.toBe('');
        expect(issue.code && inBothLanguages(`editor.issue.${issue.code}`), `${where}: ${issue.code}`).toBe(true);
      }
    }
    // Intact links are among the cases: the fuzzer also proves that the good ones open.
    expect(opened).toBeGreaterThan(CASES / 20);
  }, TIMEOUT_MS);
});
