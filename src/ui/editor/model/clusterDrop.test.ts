import { describe, expect, it } from 'vitest';
import type { DesignDoc } from '../../../engine';
import { defaultDesign } from '../../../state/initialDesign';
import { clusterFrames } from '../../canvas/clusterFrames';
import { addCluster } from './clusterItems';
import { dropIntoClusters } from './clusterDrop';
import { addNode, moveNodes } from './edits';

const empty = (): DesignDoc => ({ ...defaultDesign(), sites: [], nodes: [], relations: [], clusters: [], links: [] });

/** A mail cluster (MS1, MS2) at the top left, and loose servers far below it. */
function withMailCluster(): DesignDoc {
  let d = addCluster(empty(), 'mail', { x: 0, y: 0 }, (n) => `Mail ${n}`).design;
  d = addNode(d, 'mailServer', { x: 0, y: 600 }).design; // MS3
  d = addNode(d, 'loadBalancer', { x: 300, y: 600 }).design; // LB1
  return d;
}

/** Moves servers (as a drag does) and applies the membership rule against the frames as drawn before. */
function drop(d: DesignDoc, moves: Array<{ id: string; to: { x: number; y: number } }>) {
  return dropIntoClusters(moveNodes(d, moves), clusterFrames(d), { servers: moves.map((m) => m.id), before: d });
}

describe('cluster membership by drag and drop', () => {
  it('a mail server dropped inside a mail cluster frame joins it', () => {
    const out = drop(withMailCluster(), [{ id: 'MS3', to: { x: 100, y: 40 } }]);
    expect(out.joined).toEqual([{ node: 'MS3', cluster: 'mail-cluster-1' }]);
    expect(out.design.clusters[0]!.members).toEqual(['MS1', 'MS2', 'MS3']);
    expect(out.refused).toEqual([]);
  });

  it('a member dragged out of its frame leaves; one moved inside it stays', () => {
    const d = withMailCluster();
    const out = drop(d, [{ id: 'MS2', to: { x: 900, y: 900 } }]);
    expect(out.left).toEqual([{ node: 'MS2', cluster: 'mail-cluster-1' }]);
    expect(out.design.clusters[0]!.members).toEqual(['MS1']);
    const inside = drop(d, [{ id: 'MS2', to: { x: 200, y: 10 } }]);
    expect(inside.left).toEqual([]);
    expect(inside.design.clusters).toEqual(d.clusters);
  });

  it('a server the cluster kind does not take is refused, with the cluster named, and the design keeps its members', () => {
    const out = drop(withMailCluster(), [{ id: 'LB1', to: { x: 100, y: 40 } }]);
    expect(out.refused).toEqual([{ node: 'LB1', cluster: 'mail-cluster-1' }]);
    expect(out.joined).toEqual([]);
    expect(out.design.clusters[0]!.members).toEqual(['MS1', 'MS2']);
  });

  it('a WebLogic cluster refuses the Admin Server (WL-1: managed servers only) and takes a managed server', () => {
    let d = addCluster(empty(), 'wlsCluster', { x: 0, y: 0 }, (n) => `WLS ${n}`).design;
    d = addNode(d, 'wlsAdmin', { x: 0, y: 600 }).design;
    d = addNode(d, 'wlsServer', { x: 300, y: 600 }).design;
    const [admin, managed] = d.nodes.slice(2).map((n) => n.id);
    expect(drop(d, [{ id: admin!, to: { x: 100, y: 40 } }]).refused).toHaveLength(1);
    expect(drop(d, [{ id: managed!, to: { x: 100, y: 40 } }]).joined).toEqual([{ node: managed, cluster: d.clusters[0]!.id }]);
  });

  it('a whole cluster dragged together keeps its members (its frame moves with them)', () => {
    const out = drop(withMailCluster(), [
      { id: 'MS1', to: { x: 2000, y: 2000 } },
      { id: 'MS2', to: { x: 2220, y: 2000 } },
    ]);
    expect(out.left).toEqual([]);
    expect(out.design.clusters[0]!.members).toEqual(['MS1', 'MS2']);
  });

  it('a server never joins a second cluster of a kind it stays in (no double membership)', () => {
    let d = withMailCluster();
    d = addCluster(d, 'mail', { x: 0, y: 100 }, (n) => `Mail ${n}`).design; // MS4, MS5 just below: the frames overlap
    const out = drop(d, [{ id: 'MS2', to: { x: 220, y: 38 } }]); // its centre in both frames
    expect(out.joined).toEqual([]);
    expect(out.left).toEqual([]);
    expect(out.design.clusters.filter((c) => c.members.includes('MS2'))).toHaveLength(1);
  });

  it('a server already inside a frame it is not a member of is not refused again when nudged within it', () => {
    const d = drop(withMailCluster(), [{ id: 'LB1', to: { x: 100, y: 40 } }]).design; // refused once, left there
    expect(drop(d, [{ id: 'LB1', to: { x: 120, y: 40 } }]).refused).toEqual([]);
  });

  it('a drop outside every frame changes nothing', () => {
    const d = withMailCluster();
    const moved = moveNodes(d, [{ id: 'MS3', to: { x: 0, y: 900 } }]);
    const out = dropIntoClusters(moved, clusterFrames(d), { servers: ['MS3'] });
    expect(out.design).toBe(moved);
  });
});
