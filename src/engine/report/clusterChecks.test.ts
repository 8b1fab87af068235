import { describe, expect, it } from 'vitest';
import { translationAt } from '../../i18n/lookup';
import { buildDesign } from '../testing/designs';
import { clusterKindsFor } from '../kits/catalog';
import { checkDesign } from './checks';
import { clusterMemberFindings, clusterOverlapFindings } from './clusterChecks';

describe('cluster members a cluster kind does not take', () => {
  const design = (clusters: Array<[string, string[]]>) =>
    buildDesign({
      sites: ['dc1'],
      nodes: [
        { id: 'OT1', kind: 'ontimeServer', siteId: 'dc1' },
        { id: 'OT2', kind: 'ontimeServer', siteId: 'dc1' },
        { id: 'MS1', kind: 'mailServer', siteId: 'dc1' },
        { id: 'LB', kind: 'loadBalancer', siteId: 'dc1' },
        { id: 'MSA', kind: 'wlsServer', siteId: 'dc1' },
        { id: 'ADM', kind: 'wlsAdmin', siteId: 'dc1' },
      ],
      clusters: clusters.map(([kind, members], i) => ({ id: `${kind}${i}`, kind, members })),
    });

  it('OT-4: a load balancer and a mail server in an OnTime cluster are named, once, with the cluster', () => {
    const [finding, ...rest] = clusterMemberFindings(design([['ontime', ['OT1', 'OT2', 'LB', 'MS1']]]));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ checkId: 'cluster.memberIgnored', severity: 'warning', ref: 'OT-4', nodes: ['LB', 'MS1'], params: { cluster: 'ontime0', nodes: 'LB, MS1' } });
  });

  it('OT-6 / WL-1: any Domino server may be in a Domino mail cluster; the Admin Server is never in a WebLogic cluster', () => {
    const findings = clusterMemberFindings(design([['mail', ['MS1', 'OT1']], ['wlsCluster', ['MSA', 'ADM']]]));
    expect(findings.map((f) => [f.ref, f.nodes])).toEqual([['WL-1', ['ADM']]]);
  });

  it('says it in English and Japanese', () => {
    const [finding] = clusterMemberFindings(design([['coherence', ['OT1']]]));
    for (const lang of ['en', 'ja'] as const) {
      expect(translationAt(lang, finding!.messageKey)).toEqual(expect.stringContaining('{{nodes}}'));
      expect(translationAt(lang, finding!.fixKey)).toEqual(expect.stringContaining('{{cluster}}'));
    }
  });

  it('reaches the Checks tab through checkDesign; a cluster of fitting members says nothing', () => {
    expect(checkDesign(design([['ontime', ['OT1', 'LB']]])).some((f) => f.checkId === 'cluster.memberIgnored')).toBe(true);
    expect(clusterMemberFindings(design([['ontime', ['OT1', 'OT2']]]))).toEqual([]);
  });

  it('offers a selection only the cluster kinds that take every selected kind', () => {
    expect(clusterKindsFor(['ontimeServer'])).toEqual(['ontime', 'mail']);
    expect(clusterKindsFor(['dominoServer', 'mailServer'])).toEqual(['mail']);
    expect(clusterKindsFor(['wlsServer'])).toEqual(['wlsCluster']);
    expect(clusterKindsFor(['otd'])).toEqual([]);
    expect(clusterKindsFor(['wlsServer', 'coherence'])).toEqual([]);
  });
});

describe('a node in two clusters of the same kind (issue 19 §6)', () => {
  const design = (clusters: Array<[string, string[]]>) =>
    buildDesign({
      sites: ['dc1'],
      nodes: [
        { id: 'OT1', kind: 'ontimeServer', siteId: 'dc1' },
        { id: 'OT2', kind: 'ontimeServer', siteId: 'dc1' },
        { id: 'OT3', kind: 'ontimeServer', siteId: 'dc1' },
        { id: 'MS1', kind: 'mailServer', siteId: 'dc1' },
      ],
      clusters: clusters.map(([kind, members], i) => ({ id: `${kind}${i}`, kind, members })),
    });

  it('OT-4: OT2 in two OnTime clusters is named once, with both clusters and the behaviour ID, in EN and JA', () => {
    const findings = clusterOverlapFindings(design([['ontime', ['OT1', 'OT2']], ['ontime', ['OT2', 'OT3']], ['mail', ['OT2', 'MS1']]]));
    expect(findings).toEqual([expect.objectContaining({ checkId: 'cluster.memberTwice', severity: 'warning', ref: 'OT-4', nodes: ['OT2'], params: { node: 'OT2', clusters: 'ontime0, ontime1' } })]);
    for (const lang of ['en', 'ja'] as const) {
      expect(translationAt(lang, findings[0]!.messageKey)).toEqual(expect.stringContaining('{{clusters}}'));
      expect(translationAt(lang, findings[0]!.fixKey)).toEqual(expect.stringContaining('{{node}}'));
    }
    expect(checkDesign(design([['ontime', ['OT1', 'OT2']], ['ontime', ['OT2', 'OT3']]])).some((f) => f.checkId === 'cluster.memberTwice')).toBe(true);
  });

  it('clusters of different kinds may share a node', () => {
    expect(clusterOverlapFindings(design([['ontime', ['OT1', 'OT2']], ['mail', ['OT1', 'MS1']]]))).toEqual([]);
  });
});
