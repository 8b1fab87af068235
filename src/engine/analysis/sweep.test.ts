import { describe, expect, it } from 'vitest';
import { templateById } from '../../templates';
import { singleFailures } from './failures';
import { runFailure, sweepFailures, sweepMatrix, type FailureWindow } from './sweep';
import { AnalysisCancelled } from './progress';
import type { DesignDoc } from '../design/schema';

const p2 = templateById('ontime-p2-load-sharing')!.design;
/** Shorter than the default window (tests run many failures); still longer than every OnTime takeover. */
const window: FailureWindow = { warmupMs: 30_000, holdMs: 300_000, settleMs: 120_000 };
const withTargets: DesignDoc = { ...p2, targets: [{ service: '*', rtoMs: 180_000, rpoMs: 0 }] };

describe('single-failure sweep (issue 14.2)', () => {
  it('lists each process stop and crash, each host crash, each site down, each link cut and partition, and the kits\' own', () => {
    const ids = singleFailures(p2).map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(['stopProcess:OT1/ontime', 'crashProcess:OT1/ontime', 'crashProcess:OT1/domino', 'crashHost:LB', 'maintenance:OT1', 'siteDown:dc1']));
    // The clients are load, not a component; one process = its stop is the node's maintenance (not listed twice).
    expect(ids.some((id) => id.endsWith(':CL'))).toBe(false);
    expect(ids).not.toContain('maintenance:LB');
    const maa = singleFailures(templateById('weblogic-maa')!.design).map((f) => f.id);
    expect(maa).toEqual(expect.arrayContaining(['linkDown:man', 'partition:site1|site2', 'siteDown:site2', 'crashHost:DB1', 'dbSwitchover:DB1', 'maintenance:site1', 'maintenance:site2']));
    expect(new Set(maa).size).toBe(maa.length);
  });

  it('OT-1: with a single load balancer, its crash ranks as a worst failure: the clients stay down until it is repaired', () => {
    const matrix = sweepFailures(withTargets, { window });
    expect(matrix.rows.map((r) => r.failure.id).sort()).toEqual(singleFailures(p2).map((f) => f.id).sort());
    const lb = matrix.rows.find((r) => r.failure.id === 'crashHost:LB')!;
    expect(lb.cells.CL).toMatchObject({ downUntilRepair: true, verdict: { pass: false, misses: ['slow'] } });
    // Only the whole site going down is as bad; every other failure of a single node ranks below the LB's.
    const rank = (id: string) => matrix.rows.findIndex((r) => r.failure.id === id);
    const serverCrashes = matrix.rows.filter((r) => r.failure.id.startsWith('crashHost:') && r.failure.id !== 'crashHost:LB');
    expect(serverCrashes.length).toBeGreaterThan(3);
    for (const row of serverCrashes) expect(rank(row.failure.id)).toBeGreaterThan(rank('crashHost:LB'));
    expect(matrix.rows.slice(0, rank('crashHost:LB')).every((r) => r.failure.id === 'siteDown:dc1' || r.failure.id.includes(':LB'))).toBe(true);
    // OT-4 for contrast: an OnTime server crash is taken over within the target.
    expect(matrix.rows.find((r) => r.failure.id === 'crashHost:OT1')!.cells.MS1).toMatchObject({ downUntilRepair: false, verdict: { pass: true } });
  }, 60_000);

  it('every failure of the list runs, and the same seed gives the same matrix (event for event)', () => {
    const failures = singleFailures(p2).slice(0, 6);
    const a = sweepMatrix(p2, failures.map((f) => runFailure(p2, f, window)), window);
    const b = sweepMatrix(p2, failures.map((f) => runFailure(p2, f, window)), window);
    expect(a.rows).toHaveLength(6);
    expect(a).toEqual(b);
    for (const row of a.rows) expect(row.eventHash).toMatch(/^[0-9a-f]{16}$/);
  }, 60_000);

  it('reports progress and stops when cancelled', () => {
    const seen: number[] = [];
    expect(() => sweepFailures(p2, { window, onProgress: (done) => seen.push(done), isCancelled: () => seen.length >= 2 })).toThrow(AnalysisCancelled);
    expect(seen).toEqual([1, 2]);
  }, 60_000);
});
