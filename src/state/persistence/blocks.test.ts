import { describe, expect, it } from 'vitest';
import type { DesignDoc } from '../../engine';
import { defaultDesign } from '../initialDesign';
import { BlockLibrary, blocksToText, BLOCKS_FILE_TYPE, parseBlocksText } from './blocks';
import { memoryStore } from './kv';

const block = (name: string): DesignDoc => ({ ...defaultDesign(), name });

function library() {
  const kv = memoryStore();
  let clock = 1000;
  let ids = 0;
  return { kv, lib: new BlockLibrary(kv, () => clock++, () => `b${++ids}`) };
}

describe('the block library in the browser', () => {
  it('adds blocks (newest first), deletes one and puts it back', async () => {
    const { lib } = library();
    await lib.add([block('A')]);
    await lib.add([block('B')]);
    expect((await lib.list()).map((b) => b.design.name)).toEqual(['B', 'A']);
    const removed = await lib.remove('b1');
    expect((await lib.list()).map((b) => b.design.name)).toEqual(['B']);
    await lib.restore(removed!);
    expect((await lib.list()).map((b) => b.design.name)).toEqual(['B', 'A']);
    expect((await lib.get('b2'))?.design.name).toBe('B');
  });

  it('leaves a damaged stored block out instead of breaking the palette', async () => {
    const { kv, lib } = library();
    await lib.add([block('good')]);
    const stored = kv.data.get('blocks') as unknown[];
    kv.data.set('blocks', [...stored, { id: 'x', design: { nodes: 'broken' }, savedAt: 1 }, null]);
    expect((await lib.list()).map((b) => b.design.name)).toEqual(['good']);
  });
});

describe('block library files', () => {
  it('export and import round-trip', async () => {
    const { lib } = library();
    const added = await lib.add([block('A'), block('B')]);
    const parsed = parseBlocksText(blocksToText(added));
    expect(parsed).toMatchObject({ ok: true });
    expect(parsed.ok && parsed.blocks.map((b) => b.name)).toEqual(['A', 'B']);
  });

  it('a bad block is refused with its JSON path in the file, with the design file validation', () => {
    const bad = { ...block('bad'), nodes: [{ ...defaultDesign().nodes[0]!, siteId: 'nowhere' }], relations: [], clusters: [] };
    const text = JSON.stringify({ type: BLOCKS_FILE_TYPE, version: 1, blocks: [block('ok'), bad] });
    const parsed = parseBlocksText(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.issues).toEqual([expect.objectContaining({ path: 'blocks[1].nodes[0].siteId', code: 'ref.unknownSite' })]);
  });

  it('schema errors name the path too; a missing block name is the document-level name of that block', () => {
    const { name: _name, ...nameless } = block('x');
    const parsed = parseBlocksText(JSON.stringify({ type: BLOCKS_FILE_TYPE, version: 1, blocks: [nameless, 'text'] }));
    expect(!parsed.ok && parsed.issues.map((i) => i.path)).toEqual(['blocks[0].name', 'blocks[1]']);
  });

  it('refuses a file that is not a library: not JSON (line and column), a design file, no blocks', () => {
    const notJson = parseBlocksText('{\n  "type": 1,\n}');
    expect(!notJson.ok && notJson.issues[0]).toMatchObject({ code: 'file.json', params: { line: 3 } });
    const design = parseBlocksText(JSON.stringify(defaultDesign()));
    expect(!design.ok && design.issues.map((i) => i.path)).toEqual(['type', 'version', 'blocks']);
    expect(parseBlocksText('')).toMatchObject({ ok: false, issues: [{ code: 'file.empty' }] });
    expect(parseBlocksText('[]')).toMatchObject({ ok: false, issues: [{ code: 'notObject' }] });
  });
});
