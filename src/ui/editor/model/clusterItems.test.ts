import { describe, expect, it } from 'vitest';
import { checkDesign, validateDesign, type DesignDoc } from '../../../engine';
import { defaultDesign } from '../../../state/initialDesign';
import { addCluster, paletteClusterKinds } from './clusterItems';
import { addSite } from './edits';

const empty = (): DesignDoc => ({ ...defaultDesign(), sites: [], nodes: [], relations: [], clusters: [], links: [] });
const name = (kind: string) => (n: number) => `${kind} ${n}`;

describe('clusters from the palette', () => {
  it('the palette offers the Domino mail, OnTime and WebLogic clusters (the kinds whose kit names their starter members)', () => {
    expect(paletteClusterKinds()).toEqual(expect.arrayContaining(['mail', 'ontime', 'wlsCluster']));
    expect(paletteClusterKinds()).not.toContain('coherence');
  });

  it.each([
    ['mail', 'mailServer', 'MS'],
    ['ontime', 'ontimeServer', 'OT'],
    ['wlsCluster', 'wlsServer', 'WS'],
  ])('a %s cluster starts with two %s members side by side, in one valid edit', (kind, memberKind, prefix) => {
    const { design, id, members } = addCluster(empty(), kind, { x: 0, y: 0 }, name(kind));
    expect(members).toHaveLength(2);
    expect(members[0]!.startsWith(prefix)).toBe(true);
    expect(design.nodes.map((n) => n.kind)).toEqual([memberKind, memberKind]);
    expect(design.clusters).toEqual([{ id, kind, name: `${kind} 1`, members }]);
    expect(design.nodes[1]!.position.x).toBeGreaterThan(design.nodes[0]!.position.x);
    expect(validateDesign(design)).toMatchObject({ ok: true });
  });

  it('OT-6: the two mail servers of a new mail cluster hold replicas of each other (no "no cluster replica" warning), OT-4: the two OnTime servers cover each other', () => {
    let d = addCluster(empty(), 'mail', { x: 0, y: 0 }, name('mail')).design;
    d = addCluster(d, 'ontime', { x: 0, y: 300 }, name('ontime')).design;
    const refs = checkDesign(d).map((f) => f.checkId);
    expect(refs).not.toContain('ontime.noMailReplica');
    expect(refs).not.toContain('ontime.noTakeover');
    expect(refs).not.toContain('ontime.clusterOfOne');
    // Without the cluster, each mail server would have no replica: the check above can fail.
    expect(checkDesign({ ...d, clusters: [] }).map((f) => f.checkId)).toContain('ontime.noMailReplica');
  });

  it('dropped in a site, the members belong to that site; a second cluster of a kind gets the next name', () => {
    let d = addSite(empty(), { x: 0, y: 0 }, (n) => `Site ${n}`).design;
    d = addCluster(d, 'mail', { x: 40, y: 60 }, name('Mail')).design;
    const second = addCluster(d, 'mail', { x: 40, y: 200 }, name('Mail'));
    expect(second.design.nodes.every((n) => n.siteId === 'dc1')).toBe(true);
    expect(second.design.nodes.find((n) => n.id === second.members[0])!.position).toEqual({ x: 40, y: 200 });
    expect(second.design.clusters.map((c) => c.name)).toEqual(['Mail 1', 'Mail 2']);
  });

  it('an unknown cluster kind adds nothing', () => {
    const d = empty();
    expect(addCluster(d, 'nope', { x: 0, y: 0 }, name('x')).design).toBe(d);
  });
});
