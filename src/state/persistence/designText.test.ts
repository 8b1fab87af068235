import { describe, expect, it } from 'vitest';
import { compressToEncodedURIComponent } from 'lz-string';
import { defaultDesign } from '../initialDesign';
import { designToText, MAX_DESIGN_BYTES, parseDesignText } from './designText';
import { isShareFragment, readShareFragment, shareFragment } from './shareLink';

function issuesOf(text: string) {
  const result = parseDesignText(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.issues;
}

describe('importing a design file', () => {
  it('accepts an exported design unchanged (round trip)', () => {
    const design = defaultDesign();
    const result = parseDesignText(designToText(design));
    expect(result).toEqual({ ok: true, design });
  });

  it('refuses text that is not JSON, naming the line and column', () => {
    const [issue] = issuesOf('{\n  "name": "x",\n  oops\n}');
    expect(issue?.path).toMatch(/^line 3, column \d+$/);
    expect(issue?.message).toMatch(/not valid JSON/);
  });

  it('refuses an empty file', () => {
    expect(issuesOf('  ')[0]?.message).toMatch(/empty/);
  });

  it('refuses JSON that is not a design, naming the field', () => {
    const bad = { ...defaultDesign(), nodes: [{ ...defaultDesign().nodes[0], position: { x: 'left', y: 0 } }] };
    const issues = issuesOf(JSON.stringify(bad));
    expect(issues.some((i) => i.path === 'nodes[0].position.x')).toBe(true);
  });

  it('refuses a design from a newer version of the app', () => {
    const [issue] = issuesOf(JSON.stringify({ ...defaultDesign(), schemaVersion: 99 }));
    expect(issue).toMatchObject({ path: 'schemaVersion' });
    expect(issue?.message).toMatch(/newer/);
  });

  it('refuses absurd sizes: a huge file, and more nodes than the schema allows', () => {
    expect(issuesOf(' '.repeat(MAX_DESIGN_BYTES + 1))[0]?.message).toMatch(/too large/);
    const node = defaultDesign().nodes[0]!;
    const many = { ...defaultDesign(), relations: [], clusters: [], nodes: Array.from({ length: 5001 }, (_, i) => ({ ...node, id: `n${i}` })) };
    expect(issuesOf(JSON.stringify(many)).some((i) => i.path === 'nodes')).toBe(true);
  });

  it('refuses broken references with their place', () => {
    const bad = { ...defaultDesign(), relations: [{ id: 'r', kind: 'watches', from: 'OT1', to: 'nowhere' }] };
    expect(issuesOf(JSON.stringify(bad))).toContainEqual(expect.objectContaining({ path: 'relations[0].to', message: 'unknown node "nowhere"' }));
  });
});

describe('share links', () => {
  it('carries the whole design in the fragment and back', () => {
    const design = defaultDesign();
    const hash = `#${shareFragment(design)}`;
    expect(isShareFragment(hash)).toBe(true);
    expect(readShareFragment(hash)).toEqual({ ok: true, design });
  });

  it('explains a link that was cut short or tampered with', () => {
    const hash = `#${shareFragment(defaultDesign())}`;
    const cut = readShareFragment(hash.slice(0, hash.length / 2));
    expect(cut.ok).toBe(false);
    const garbage = readShareFragment('#share=%%%not-lz%%%');
    expect(garbage.ok).toBe(false);
    if (!garbage.ok) expect(garbage.issues[0]?.path).toBe('link');
    const empty = readShareFragment('#share=');
    expect(empty.ok).toBe(false);
  });

  it('refuses a well-formed link whose design is invalid, with the place of the problem', () => {
    const hash = `#share=${compressToEncodedURIComponent(JSON.stringify({ ...defaultDesign(), seed: -1 }))}`;
    const result = readShareFragment(hash);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.path).toBe('seed');
  });
});
