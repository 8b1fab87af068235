import { describe, expect, it } from 'vitest';
import { validateDesign, type DesignDoc } from '../../../engine';
import { defaultDesign } from '../../../state/initialDesign';
import { blockFromSelection, blockSize, insertBlock } from './blocks';
import { addCluster } from './clusterItems';
import { addSite } from './edits';
import { applyConnection, planConnection } from './connect';

const empty = (): DesignDoc => ({ ...defaultDesign(), sites: [], nodes: [], relations: [], clusters: [], links: [] });

/** Two linked sites; a mail cluster in the first (MS1, MS2). */
function design(): DesignDoc {
  let d = addSite(empty(), { x: 100, y: 100 }, (n) => `Site ${n}`).design;
  d = addSite(d, { x: 900, y: 100 }, (n) => `Site ${n}`).design;
  d = addCluster(d, 'mail', { x: 160, y: 200 }, (n) => `Mail ${n}`).design;
  const plan = planConnection(d, 'dc1', 'dc2');
  if (!plan.ok) throw new Error('no link');
  return applyConnection(d, plan).design;
}

describe('building blocks', () => {
  it('servers saved without their site become a free, valid block at (0, 0) with their cluster', () => {
    const block = blockFromSelection(design(), new Set(['MS1', 'MS2']), 'Mail pair')!;
    expect(block.name).toBe('Mail pair');
    expect(block.sites).toEqual([]);
    expect(block.nodes.map((n) => [n.id, n.siteId, n.position])).toEqual([
      ['MS1', undefined, { x: 0, y: 0 }],
      ['MS2', undefined, { x: 220, y: 0 }],
    ]);
    expect(block.clusters).toEqual([{ id: 'mail-cluster-1', kind: 'mail', name: 'Mail 1', members: ['MS1', 'MS2'] }]);
    expect(validateDesign(block)).toMatchObject({ ok: true });
    expect(blockFromSelection(design(), new Set(), 'nothing')).toBeNull();
  });

  it('inserting a block gives fresh ids (like paste), keeps its cluster, and drops free servers into the site under them', () => {
    const d = design();
    const block = blockFromSelection(d, new Set(['MS1', 'MS2']), 'Mail pair')!;
    const { design: after, ids } = insertBlock(d, block, { x: 960, y: 200 });
    expect(ids).toEqual(['MS3', 'MS4']);
    expect(after.nodes.filter((n) => ids.includes(n.id)).map((n) => n.siteId)).toEqual(['dc2', 'dc2']);
    expect(after.clusters).toHaveLength(2);
    expect(after.clusters[1]!.members).toEqual(['MS3', 'MS4']);
    expect(validateDesign(after)).toMatchObject({ ok: true });
  });

  it('sites saved with their servers and their link come back with new ids, linked to each other', () => {
    const d = design();
    const block = blockFromSelection(d, new Set(['dc1', 'dc2']), 'Two sites')!;
    expect(block.sites.map((s) => s.position)).toEqual([{ x: 0, y: 0 }, { x: 800, y: 0 }]);
    expect(block.links).toHaveLength(1);
    expect(blockSize(block).width).toBe(800 + 560);
    const { design: after, ids } = insertBlock(d, block, { x: 0, y: 1000 });
    expect(ids).toEqual(['dc3', 'dc4']);
    expect(after.links.map((l) => [l.a, l.b])).toEqual([
      ['dc1', 'dc2'],
      ['dc3', 'dc4'],
    ]);
    expect(after.nodes.filter((n) => n.siteId === 'dc3')).toHaveLength(2);
    expect(validateDesign(after)).toMatchObject({ ok: true });
  });
});
