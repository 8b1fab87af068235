import { describe, expect, it } from 'vitest';
import { validateDesign, type DesignDoc } from '../../../engine';
import { defaultDesign } from '../../../state/initialDesign';
import { alignNodes } from './align';
import { copyItems, pasteClip } from './clipboard';
import { applyConnection, planConnection } from './connect';
import { addNode, addSite, moveNodes, removeItems, resizeSite } from './edits';
import { absolutePosition } from './geometry';

const valid = (d: DesignDoc) => expect(validateDesign(d)).toMatchObject({ ok: true });

/** Two empty sites side by side, built the way the editor builds them. */
function twoSites(): DesignDoc {
  let d: DesignDoc = { ...defaultDesign(), sites: [], nodes: [], relations: [], clusters: [], links: [] };
  d = addSite(d, { x: 0, y: 0 }, (n) => `Site ${n}`).design;
  d = addSite(d, { x: 800, y: 0 }, (n) => `Site ${n}`).design;
  return d;
}

describe('editing a design', () => {
  it('a server dropped inside a site belongs to it, with a position relative to the site', () => {
    const { design, id } = addNode(twoSites(), 'ontimeServer', { x: 850, y: 100 });
    const node = design.nodes.find((n) => n.id === id)!;
    expect(id).toBe('OT1');
    expect(node.siteId).toBe('dc2');
    expect(node.position).toEqual({ x: 50, y: 100 });
    valid(design);
  });

  it('dragging a server to another site moves it there; dragging it outside frees it', () => {
    const { design, id } = addNode(twoSites(), 'mailServer', { x: 100, y: 100 });
    const moved = moveNodes(design, [{ id, to: { x: 900, y: 120 } }]);
    expect(moved.nodes[0]).toMatchObject({ siteId: 'dc2', position: { x: 100, y: 120 } });
    const freed = moveNodes(moved, [{ id, to: { x: 100, y: 2000 } }]);
    expect(freed.nodes[0]?.siteId).toBeUndefined();
    valid(freed);
  });

  it('resizing a site from its top-left corner keeps its servers in place on the canvas', () => {
    const { design, id } = addNode(twoSites(), 'mailServer', { x: 100, y: 100 });
    const before = absolutePosition(design, design.nodes[0]!);
    const resized = resizeSite(design, 'dc1', { x: -40, y: -20, width: 700, height: 500 });
    expect(absolutePosition(resized, resized.nodes.find((n) => n.id === id)!)).toEqual(before);
    expect(resized.sites[0]?.size).toEqual({ width: 700, height: 500 });
  });

  it('deleting a site deletes its servers and everything that pointed at them', () => {
    const d = defaultDesign();
    const after = removeItems(d, new Set(['dc1']));
    expect(after.nodes).toEqual([]);
    expect(after.relations).toEqual([]);
    expect(after.clusters).toEqual([]);
    valid(after);
  });

  it('copy and paste gives fresh ids and connects the copies to each other, not to the originals', () => {
    const d = defaultDesign();
    const clip = copyItems(d, new Set(['OT1', 'MS1']));
    const { design, ids } = pasteClip(d, clip, 30);
    expect(ids).toEqual(['OT3', 'MS2']);
    expect(design.relations.at(-1)).toMatchObject({ kind: 'watches', from: 'OT3', to: 'MS2' });
    valid(design);
  });

  it('aligns the selected servers to the leftmost one', () => {
    const d = defaultDesign();
    const aligned = alignNodes(d, new Set(['OT1', 'OT2', 'MS1']), 'left');
    const xs = aligned.nodes.filter((n) => ['OT1', 'OT2', 'MS1'].includes(n.id)).map((n) => absolutePosition(aligned, n).x);
    expect(new Set(xs).size).toBe(1);
  });

  it('aligning servers of two side-by-side sites sideways keeps each in its own site, and the sites apart: a server stops at its site\'s edge', () => {
    let d = twoSites(); // dc1 at x 0–560, dc2 at x 800–1360
    d = addNode(d, 'ontimeServer', { x: 60, y: 100 }).design; // OT1 in dc1
    d = addNode(d, 'ontimeServer', { x: 900, y: 100 }).design; // OT2 in dc2
    d = addNode(d, 'mailServer', { x: 1100, y: 200 }).design; // MS1 in dc2
    const ms1Before = absolutePosition(d, d.nodes.find((n) => n.id === 'MS1')!);
    const aligned = alignNodes(d, new Set(['OT1', 'OT2']), 'left');
    const ot2 = aligned.nodes.find((n) => n.id === 'OT2')!;
    expect(ot2.siteId).toBe('dc2');
    // Site 2 would have to grow over site 1 to hold OT2 at OT1's x: it does not; OT2 goes as far left as site 2 allows.
    const [dc1, dc2] = aligned.sites;
    expect(dc2!.position).toEqual({ x: 800, y: 0 });
    expect(dc1!.position!.x + dc1!.size!.width).toBeLessThanOrEqual(dc2!.position!.x);
    expect(absolutePosition(aligned, ot2).x).toBe(820);
    expect(absolutePosition(aligned, aligned.nodes.find((n) => n.id === 'MS1')!)).toEqual(ms1Before);
    valid(aligned);
  });

  it('aligning servers of two side-by-side sites vertically is exact: a site grows down to hold its server, its other servers stay put', () => {
    let d = twoSites();
    d = resizeSite(d, 'dc1', { x: 0, y: 0, width: 560, height: 900 });
    d = addNode(d, 'ontimeServer', { x: 60, y: 700 }).design; // OT1 low in a tall dc1
    d = addNode(d, 'ontimeServer', { x: 900, y: 100 }).design; // OT2 in dc2 (360 high)
    d = addNode(d, 'mailServer', { x: 1100, y: 200 }).design; // MS1 in dc2
    const ms1Before = absolutePosition(d, d.nodes.find((n) => n.id === 'MS1')!);
    const aligned = alignNodes(d, new Set(['OT1', 'OT2']), 'bottom');
    const ot2 = aligned.nodes.find((n) => n.id === 'OT2')!;
    expect(ot2.siteId).toBe('dc2');
    expect(absolutePosition(aligned, ot2).y).toBe(700);
    const dc2 = aligned.sites.find((s) => s.id === 'dc2')!;
    expect(dc2.size!.height).toBeGreaterThan(700);
    expect(absolutePosition(aligned, aligned.nodes.find((n) => n.id === 'MS1')!)).toEqual(ms1Before);
    valid(aligned);
  });
});

describe('connecting nodes', () => {
  it('OT-10: a second OnTime server cannot watch a mail server that already has one', () => {
    const plan = planConnection(defaultDesign(), 'OT2', 'MS1');
    expect(plan).toMatchObject({ ok: false, refusal: { key: 'maxIncoming', params: { relation: 'watches', to: 'MS1', other: 'OT1' } } });
  });

  it('infers the relation kind from the registry, whichever way the user drags', () => {
    const d = removeItems(defaultDesign(), new Set(['r-ot1-ms1']));
    const plan = planConnection(d, 'MS1', 'OT2');
    expect(plan).toEqual({ ok: true, type: 'relation', kind: 'watches', from: 'OT2', to: 'MS1' });
    if (plan.ok) valid(applyConnection(d, plan).design);
  });

  it('refuses kinds that have nothing to connect, and duplicates', () => {
    expect(planConnection(defaultDesign(), 'MS1', 'LB')).toMatchObject({ ok: false, refusal: { key: 'noRelation' } });
    expect(planConnection(defaultDesign(), 'LB', 'OT1')).toMatchObject({ ok: false, refusal: { key: 'exists' } });
  });

  it('two sites get one network link with a default RTT; a second is refused', () => {
    const d = twoSites();
    const plan = planConnection(d, 'dc1', 'dc2');
    expect(plan).toMatchObject({ ok: true, type: 'link' });
    if (!plan.ok) return;
    const linked = applyConnection(d, plan).design;
    expect(linked.links[0]).toMatchObject({ a: 'dc1', b: 'dc2', rttMs: 5 });
    valid(linked);
    expect(planConnection(linked, 'dc2', 'dc1')).toMatchObject({ ok: false, refusal: { key: 'linkExists' } });
  });

  it('a site and a server are not connected: the server goes into the site instead', () => {
    expect(planConnection(defaultDesign(), 'dc1', 'OT1')).toMatchObject({ ok: false, refusal: { key: 'siteToServer' } });
  });
});
