import { describe, expect, it, vi } from 'vitest';
import { checkDesign } from '../../../report/checks';
import { checkWeblogic } from '../checks';
import { mistakesDesign, referenceDesign, withParams, withRtt } from './harness';

// Scenario runs simulate minutes of a whole topology: give them room on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const ids = (d: Parameters<typeof checkWeblogic>[0]) => checkWeblogic(d).map((f) => `${f.ref}:${f.checkId}`).sort();

describe('WebLogic design checks', () => {
  it('the reference template passes every check', () => {
    expect(checkWeblogic(referenceDesign())).toEqual([]);
  });

  it('the common-mistakes template is told about each of its mistakes, with references', () => {
    expect(ids(mistakesDesign())).toEqual(
      ['WL-1:noReplicationGroups', 'WL-10:consensusLeasing', 'WL-12:stretchedCoherence', 'WL-3:rtt', 'WL-5, WL-8:fileStores', 'WL-9:serverMigration'].sort(),
    );
    expect(checkDesign(mistakesDesign()).length).toBeGreaterThanOrEqual(6);
  });

  it('WL-5, WL-8: file stores are warned about when JMS/JTA would migrate across sites (a stretched cluster), not within one site', () => {
    const fileStores = (d: ReturnType<typeof referenceDesign>) => withParams(d, 'ADMIN', { storeType: 'file' });
    expect(checkWeblogic(fileStores(referenceDesign()))).toContainEqual(expect.objectContaining({ checkId: 'fileStores', ref: 'WL-5, WL-8', nodes: ['ADMIN', 'MS1', 'MS2', 'MS3', 'MS4'] }));
    const oneSite = fileStores(referenceDesign());
    oneSite.nodes = oneSite.nodes.map((n) => (n.kind === 'wlsServer' ? { ...n, siteId: 'site1' } : n));
    expect(checkWeblogic(oneSite).map((f) => f.checkId)).not.toContain('fileStores');
    expect(checkWeblogic(referenceDesign()).map((f) => f.checkId)).not.toContain('fileStores');
  });

  it('WL-3: an RTT over 10 ms is outside the supported metro latency model', () => {
    expect(ids(withRtt(referenceDesign(), 10))).toEqual([]);
    const f = checkWeblogic(withRtt(referenceDesign(), 11))[0]!;
    expect(f).toMatchObject({ checkId: 'rtt', ref: 'WL-3', params: { rttMs: 11 } });
  });

  it('WL-4: storage shared across sites is flagged, also when a node of the other site uses it', () => {
    expect(ids(withParams(referenceDesign(), 'STO1', { sharedAcrossSites: true }))).toEqual(['WL-4:sharedStorage']);
    const d = referenceDesign();
    d.relations.push({ id: 'x', kind: 'usesStorage', from: 'MS3', to: 'STO1' });
    expect(checkWeblogic(d).find((f) => f.ref === 'WL-4')?.nodes).toEqual(['STO1', 'MS3']);
  });

  it('WL-14: leasing settings unlike Table 6-1 are named', () => {
    const f = checkWeblogic(withParams(referenceDesign(), 'ADMIN', { leaseRetryCount: 1, testConnectionOnReserve: 0 }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ ref: 'WL-14', params: { settings: 'leaseRetryCount, testConnectionOnReserve' } });
  });

  it('WL-1: a replication group spanning both sites, or a preferred secondary group in the other site, is flagged', () => {
    expect(ids(withParams(referenceDesign(), 'MS3', { replicationGroup: 'site1' }))).toEqual(['WL-1:mixedReplicationGroups']);
    expect(ids(withParams(referenceDesign(), 'MS1', { preferredSecondaryGroup: 'site2' }))).toEqual(['WL-1:mixedReplicationGroups']);
  });

  it('WL-6: an Admin Server whose storage is not mirrored to the other site is flagged', () => {
    const d = referenceDesign();
    d.relations = d.relations.filter((r) => r.id !== 'r-mirror-12');
    expect(ids(d)).toEqual(['WL-6:adminNotReplicated']);
  });

  it('WL-6: a second Administration Server is named: the domain has one, the simulation runs the first', () => {
    const d = referenceDesign();
    const admin = d.nodes.find((n) => n.kind === 'wlsAdmin')!;
    d.nodes.push({ ...admin, id: 'ADMIN2', name: 'Admin 2', siteId: 'site2' });
    const f = checkWeblogic(d).find((x) => x.checkId === 'oneAdmin');
    expect(f).toMatchObject({ ref: 'WL-6', severity: 'warning', nodes: ['ADMIN', 'ADMIN2'], params: { admin: admin.name, others: 'Admin 2' } });
    expect(ids(referenceDesign())).not.toContain('WL-6:oneAdmin');
  });

  it('WL-13: expecting Site Guard to fail over the active/active mid-tier is flagged', () => {
    expect(ids(withParams(referenceDesign(), 'SG1', { expectMidTierFailover: true }))).toEqual(['WL-13:siteGuardMidTier']);
  });

  it('two primary databases are an error', () => {
    expect(ids(withParams(referenceDesign(), 'DB2', { role: 'primary' }))).toEqual(['WL-17:onePrimary']);
  });
});
