import { describe, expect, it } from 'vitest';
import type { DesignDoc } from '../../../design/schema';
import { Run, referenceDesign } from './harness';

/** The reference MAA design with its four managed servers split into two WebLogic clusters, each stretched over both sites. */
function twoClusters(): DesignDoc {
  const d = referenceDesign();
  const other = d.clusters.filter((c) => c.kind !== 'wlsCluster');
  return {
    ...d,
    clusters: [
      { id: 'wlsA', name: 'Cluster A', kind: 'wlsCluster', members: ['MS1', 'MS3'] },
      { id: 'wlsB', name: 'Cluster B', kind: 'wlsCluster', members: ['MS2', 'MS4'] },
      ...other,
    ],
  };
}

const clusterOf = (s: string) => (s === 'MS1' || s === 'MS3' ? 'A' : 'B');

describe('several WebLogic clusters in one design', () => {
  it('WL-1: servers heartbeat and replicate sessions only within their own cluster', () => {
    const run = new Run(twoClusters()).until(60_000);
    expect(run.model.servers.believesAlive('MS1', 'MS3')).toBe(true);
    expect(run.model.servers.believesAlive('MS1', 'MS2')).toBe(false);
    const ids = [...run.world.relationViews().keys()].filter((id) => id.startsWith('heartbeat:'));
    expect(ids.sort()).toEqual(['heartbeat:MS1~MS3', 'heartbeat:MS2~MS4']);
    const entries = run.model.sessions.entries();
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) expect(clusterOf(e.secondary), `${e.primary} → ${e.secondary}`).toBe(clusterOf(e.primary));
  });

  it('S4: a crashed server\'s sessions are taken over by its own cluster mate only', () => {
    const run = new Run(twoClusters()).until(10_000);
    run.inject({ kind: 'crashHost', target: 'MS1' });
    run.for(120_000);
    const takeovers = run.all('wl.sessions.takeover');
    expect(takeovers.length).toBeGreaterThan(0);
    expect(new Set(takeovers.map((e) => e.to))).toEqual(new Set(['MS3']));
  });
});
