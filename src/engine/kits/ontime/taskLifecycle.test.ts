import { describe, expect, it } from 'vitest';
import { buildDesign } from '../../testing/designs';
import { Recorder } from './fixtures';

/** OT1 and OT2 form an OnTime cluster; OT1 syncs MS1. */
function design() {
  return buildDesign({
    sites: ['dc1'],
    nodes: [
      { id: 'OT1', kind: 'ontimeServer', siteId: 'dc1' },
      { id: 'OT2', kind: 'ontimeServer', siteId: 'dc1' },
      { id: 'MS1', kind: 'mailServer', siteId: 'dc1' },
    ],
    relations: [['watches', 'OT1', 'MS1']],
    clusters: [{ id: 'ontime0', kind: 'ontime', members: ['OT1', 'OT2'] }],
  });
}

/** Times at which a process of OT1 entered `to`. */
function entered(rec: Recorder, process: string, to: string): number[] {
  return rec.all('process.state', { subject: 'OT1', process, to }).map((e) => e.t);
}

describe('the OnTime task lives inside its Domino server (OT-4)', () => {
  it('OT-4: after a power failure the task starts only once Domino runs: no heartbeats while the server is starting', () => {
    const rec = new Recorder(design()).until(20_000);
    rec.inject({ kind: 'crashHost', target: 'OT1' });
    rec.until(60_000);
    const powerOn = rec.inject({ kind: 'recoverHost', target: 'OT1' });
    rec.until(200_000);
    const [dominoRunning] = entered(rec, 'domino', 'running');
    expect(dominoRunning).toBeGreaterThan(powerOn.t);
    // Neither starting nor running before Domino runs.
    for (const t of [...entered(rec, 'ontime', 'starting'), ...entered(rec, 'ontime', 'running')]) expect(t).toBeGreaterThanOrEqual(dominoRunning!);
    // Its peer hears from it again only then, and failback follows.
    const alive = rec.first('member.alive', { peer: 'OT1' })!;
    expect(alive.t).toBeGreaterThan(dominoRunning!);
    expect(rec.first('sync.failback', { mailServer: 'MS1', to: 'OT1' })!.t).toBeGreaterThan(alive.t);
  });

  it('OT-4: starting the task while its Domino server is down does nothing; it starts with Domino', () => {
    const rec = new Recorder(design()).until(20_000);
    rec.inject({ kind: 'stopProcess', target: 'OT1', process: 'domino' });
    rec.until(60_000);
    rec.inject({ kind: 'startProcess', target: 'OT1', process: 'ontime' });
    rec.until(90_000);
    expect(rec.state().nodes['OT1']?.status).not.toBe('ok');
    expect(entered(rec, 'ontime', 'starting').filter((t) => t > 60_000)).toEqual([]);
    rec.inject({ kind: 'startProcess', target: 'OT1', process: 'domino' });
    rec.until(200_000);
    const [dominoRunning] = entered(rec, 'domino', 'running');
    expect(entered(rec, 'ontime', 'running').at(-1)).toBeGreaterThanOrEqual(dominoRunning!);
  });
});
