import { describe, expect, it } from 'vitest';
import { defaultDesign } from '../initialDesign';
import { DesignLibrary } from './library';
import { memoryStore } from './kv';

function library() {
  const kv = memoryStore();
  let clock = 1000;
  let ids = 0;
  return { kv, lib: new DesignLibrary(kv, () => clock++, () => `id${++ids}`) };
}

describe('saved designs in the browser', () => {
  it('saves, lists (most recent first) and loads a design with its view', async () => {
    const { lib } = library();
    const a = await lib.save(undefined, { ...defaultDesign(), name: 'A' }, { x: 1, y: 2, zoom: 0.5 });
    const b = await lib.save(undefined, { ...defaultDesign(), name: 'B' });
    expect((await lib.list()).map((e) => e.name)).toEqual(['B', 'A']);
    const loaded = await lib.load(a);
    expect(loaded?.design.name).toBe('A');
    expect(loaded?.view).toEqual({ x: 1, y: 2, zoom: 0.5 });
    expect(b).not.toBe(a);
  });

  it('saving again under the same id updates it and keeps its view', async () => {
    const { lib } = library();
    const id = await lib.save(undefined, defaultDesign(), { x: 5, y: 5, zoom: 1 });
    await lib.save(id, { ...defaultDesign(), name: 'changed' });
    expect(await lib.list()).toHaveLength(1);
    const loaded = await lib.load(id);
    expect(loaded?.design.name).toBe('changed');
    expect(loaded?.view).toEqual({ x: 5, y: 5, zoom: 1 });
  });

  it('restores the design that was open last', async () => {
    const { lib } = library();
    const id = await lib.save(undefined, { ...defaultDesign(), name: 'last' });
    expect(await lib.restoreLast()).toBeUndefined();
    await lib.setCurrent(id);
    expect((await lib.restoreLast())?.design.name).toBe('last');
  });

  it('renames and duplicates', async () => {
    const { lib } = library();
    const id = await lib.save(undefined, { ...defaultDesign(), name: 'P2' });
    await lib.rename(id, 'P2 two sites');
    const copy = await lib.duplicate(id, (n) => `${n} (copy)`);
    const names = (await lib.list()).map((e) => e.name).sort();
    expect(names).toEqual(['P2 two sites', 'P2 two sites (copy)']);
    expect(copy).toBeDefined();
  });

  it('deletes with undo: the removed record can be restored exactly', async () => {
    const { lib } = library();
    const id = await lib.save(undefined, { ...defaultDesign(), name: 'keep me' });
    await lib.setCurrent(id);
    const removed = await lib.remove(id);
    expect(await lib.list()).toEqual([]);
    expect(await lib.load(id)).toBeUndefined();
    expect(await lib.currentId()).toBeUndefined();
    await lib.restore(removed!);
    expect((await lib.load(id))?.design.name).toBe('keep me');
    expect((await lib.list()).map((e) => e.id)).toEqual([id]);
  });

  it('skips a damaged record instead of opening it', async () => {
    const { kv, lib } = library();
    const id = await lib.save(undefined, defaultDesign());
    await kv.set(`design:${id}`, { id, design: { schemaVersion: 1, name: 'broken', nodes: 'not a list' }, updatedAt: 1 });
    await lib.setCurrent(id);
    expect(await lib.restoreLast()).toBeUndefined();
  });

  it('repairs a record saved before a rule existed (a parameter out of today\'s range, an unknown one) instead of stranding it', async () => {
    const { kv, lib } = library();
    const design = defaultDesign();
    const id = await lib.save(undefined, design);
    const index = design.nodes.findIndex((n) => n.kind === 'ontimeServer');
    const old = structuredClone(design);
    old.nodes[index]!.params = { ...old.nodes[index]!.params, takeoverAfterMs: 5, retiredSetting: 3 };
    await kv.set(`design:${id}`, { id, design: old, updatedAt: 1 });
    const loaded = await lib.load(id);
    expect(loaded?.design.nodes[index]!.params.takeoverAfterMs).toBe(1000);
    expect(loaded?.design.nodes[index]!.params).not.toHaveProperty('retiredSetting');
    expect(loaded?.repairs?.map((r) => r.path)).toEqual([`nodes[${index}].params.takeoverAfterMs`, `nodes[${index}].params.retiredSetting`]);
    expect(loaded?.design.nodes.length).toBe(design.nodes.length);
  });

  it('stores copies: editing the design after saving does not change what was saved', async () => {
    const { lib } = library();
    const design = structuredClone(defaultDesign());
    const id = await lib.save(undefined, design);
    design.nodes[0]!.name = 'mutated';
    expect((await lib.load(id))?.design.nodes[0]?.name).not.toBe('mutated');
  });
});
