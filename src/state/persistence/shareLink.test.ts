import { describe, expect, it } from 'vitest';
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { TEMPLATES } from '../../templates';
import { decompressUriSafeBounded } from './boundedLz';
import { quadraticBomb } from './lzBomb.testing';
import { MAX_SHARE_TEXT_CHARS, readShareFragment, shareFragment, textChecksum } from './shareLink';

function refusal(hash: string) {
  const result = readShareFragment(hash);
  if (result.ok) throw new Error('expected the link to be refused');
  return result.issues[0]!;
}

describe('the bounded lz-string decoder', () => {
  it('reads what lz-string writes exactly as lz-string does (texts of every kind of character)', () => {
    const texts = ['a', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'ÉtéΩ漢字😀 mixed', ...TEMPLATES.map((t) => JSON.stringify(t.design))];
    for (const text of texts) {
      const payload = compressToEncodedURIComponent(text);
      expect(decompressUriSafeBounded(payload, MAX_SHARE_TEXT_CHARS)).toEqual({ ok: true, text });
      expect(decompressFromEncodedURIComponent(payload)).toBe(text);
    }
  });

  it('stops as soon as the text would pass the cap', () => {
    const payload = compressToEncodedURIComponent('x'.repeat(10_000));
    expect(decompressUriSafeBounded(payload, 9_999)).toEqual({ ok: false, reason: 'tooLarge' });
    expect(decompressUriSafeBounded(payload, 10_000)).toMatchObject({ ok: true });
  });

  it('the bomb builder makes what lz-string decodes quadratically (so the tests below test a real bomb)', () => {
    expect(decompressFromEncodedURIComponent(quadraticBomb(200))).toHaveLength((201 * 202) / 2);
  });
});

describe('share links', () => {
  it.each(TEMPLATES.map((t) => [t.id, t.design] as const))('%s: a new link carries length and checksum and opens the design unchanged', (_id, design) => {
    const fragment = shareFragment(design);
    const text = JSON.stringify(design);
    expect(fragment.startsWith(`share=v2.${text.length}.${textChecksum(text)}.`)).toBe(true);
    expect(readShareFragment(`#${fragment}`)).toEqual({ ok: true, design });
  });

  it('a link made before checksums (plain lz-string) still opens', () => {
    const design = TEMPLATES[0]!.design;
    expect(readShareFragment(`#share=${compressToEncodedURIComponent(JSON.stringify(design))}`)).toEqual({ ok: true, design });
  });

  it('a 261 kB quadratic bomb (the link that crashed the tab) is refused in well under a second, as too large', () => {
    const bomb = quadraticBomb(92_000);
    expect(bomb.length).toBeGreaterThan(200_000);
    const started = performance.now();
    const issue = refusal(`#share=${bomb}`);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(issue).toMatchObject({ path: 'link', code: 'link.tooLarge', params: { max: MAX_SHARE_TEXT_CHARS } });
  });

  it('a bomb inside a new link stops at the length the link announced: refused as damaged', () => {
    const bomb = quadraticBomb(92_000);
    const started = performance.now();
    expect(refusal(`#share=v2.5000.00000000.${bomb}`).code).toBe('link.damaged');
    expect(performance.now() - started).toBeLessThan(100);
    expect(refusal(`#share=v2.${MAX_SHARE_TEXT_CHARS + 1}.00000000.${quadraticBomb(10)}`).code).toBe('link.tooLarge');
  });

  it('a new link with one character changed is refused, never opened with altered text', () => {
    const design = TEMPLATES[0]!.design;
    const fragment = shareFragment(design);
    // Flip every character of the payload in turn: each either fails to decode or fails the checksum.
    const start = fragment.lastIndexOf('.') + 1;
    for (let i = start; i < fragment.length; i++) {
      const flipped = fragment.slice(0, i) + (fragment[i] === 'A' ? 'B' : 'A') + fragment.slice(i + 1);
      const result = readShareFragment(`#${flipped}`);
      if (result.ok) expect(result.design).toEqual(design);
      else expect(['link.damaged', 'link.checksum']).toContain(result.issues[0]?.code);
    }
    const [version, chars, checksum, payload] = fragment.split('.');
    const otherChecksum = `${checksum!.slice(0, 7)}${checksum!.endsWith('0') ? '1' : '0'}`;
    expect(refusal(`#${[version, chars, otherChecksum, payload].join('.')}`).code).toBe('link.checksum');
  });

  it('a link from a newer format says so', () => {
    expect(refusal('#share=v3.10.00000000.abc')).toMatchObject({ code: 'link.version', params: { version: 3 } });
  });
});
