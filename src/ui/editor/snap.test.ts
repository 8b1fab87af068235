import { beforeEach, describe, expect, it } from 'vitest';
import type { DesignDoc } from '../../engine';
import { useAppStore } from '../../state/store';
import { newDesign } from '../files/newDesign';
import { addItem, copySelection, paste, SITE_KIND } from './actions';
import { absolutePosition, GRID } from './model/geometry';
import { select } from '../../state/editorView';

const onGrid = (p: { x: number; y: number }) => p.x % GRID === 0 && p.y % GRID === 0;
const design = (): DesignDoc => useAppStore.getState().design;

beforeEach(() => {
  useAppStore.getState().setDesign(newDesign('snap'));
  useAppStore.setState({ snapToGrid: true, clipboard: null, pasteCount: 0 });
});

describe('snap to grid for added and pasted items', () => {
  it('a palette drop lands on the 20 px grid when snap is on, and where dropped when it is off', () => {
    addItem(SITE_KIND, { x: 33, y: 47 }, (n) => `Site ${n}`);
    addItem('ontimeServer', { x: 101, y: 129 }, (n) => `Site ${n}`);
    expect(design().sites[0]!.position).toEqual({ x: 40, y: 40 });
    const server = design().nodes[0]!;
    expect(server.siteId).toBe(design().sites[0]!.id);
    expect(onGrid(absolutePosition(design(), server))).toBe(true);

    useAppStore.setState({ snapToGrid: false });
    addItem('mailServer', { x: 1001, y: 1003 }, (n) => `Site ${n}`);
    expect(design().nodes[1]!.position).toEqual({ x: 1001, y: 1003 });
  });

  it('pasted copies land on the grid (sites, servers in them and free servers)', () => {
    useAppStore.setState({ snapToGrid: false });
    addItem(SITE_KIND, { x: 13, y: 7 }, (n) => `Site ${n}`);
    addItem('ontimeServer', { x: 61, y: 89 }, (n) => `Site ${n}`);
    addItem('mailServer', { x: 1001, y: 1003 }, (n) => `Site ${n}`);
    useAppStore.setState({ snapToGrid: true });
    select([...design().sites.map((s) => s.id), ...design().nodes.map((n) => n.id)]);
    expect(copySelection()).toBe(true);
    paste();
    const pasted = new Set(useAppStore.getState().selection.nodes);
    const pastedSites = design().sites.filter((s) => pasted.has(s.id));
    const pastedNodes = design().nodes.filter((n) => pasted.has(n.id) || (n.siteId !== undefined && pasted.has(n.siteId)));
    expect([pastedSites.length, pastedNodes.length]).toEqual([1, 2]);
    for (const site of pastedSites) expect(onGrid(site.position!)).toBe(true);
    for (const node of pastedNodes) expect(onGrid(absolutePosition(design(), node)), node.id).toBe(true);
  });
});
