import { describe, expect, it } from 'vitest';
import { templateById } from '../../templates';
import { availability } from './availability';
import { compareDesigns } from './compare';
import { pairCount, pairFailures, singleFailures } from './failures';
import { planJob, requestKey, runJobSerial, runTask, type TaskResult } from './jobs';
import { sweepFailures } from './sweep';

const minimal = templateById('ontime-minimal')!.design;

describe('analysis jobs: independent engine runs and a merge (issue 14.5)', () => {
  it('a job gives what the one-thread analysis gives: sweep, availability, comparison', () => {
    const sweep = runJobSerial(planJob({ kind: 'sweep', design: minimal, seed: 3 }));
    expect(sweep).toEqual({ kind: 'sweep', matrix: sweepFailures(minimal, { seed: 3 }) });
    const avail = runJobSerial(planJob({ kind: 'availability', design: minimal, seed: 3, years: 5 }));
    expect(avail).toEqual({ kind: 'availability', result: availability(minimal, { years: 5, seed: 3 }) });
    const p1 = templateById('ontime-p1-colocated')!.design;
    const cmp = runJobSerial(planJob({ kind: 'compare', design: minimal, other: p1, seed: 3, years: 2 }));
    expect(cmp).toEqual({ kind: 'compare', comparison: compareDesigns(minimal, p1, { seed: 3, years: 2 }) });
  }, 120_000);

  it('the merge takes results in task order, whoever ran them: results computed in reverse give the same answer', () => {
    const job = planJob({ kind: 'availability', design: minimal, seed: 4, years: 5 });
    const results: TaskResult[] = new Array(job.tasks.length);
    for (let i = job.tasks.length - 1; i >= 0; i--) results[i] = runTask(job.tasks[i]!);
    expect(job.merge(results)).toEqual(runJobSerial(job));
    // Availability tasks are the distinct engine runs only: the merge reports the same count.
    const merged = job.merge(results);
    expect(merged.kind === 'availability' && merged.result.engineRuns).toBe(job.tasks.length);
  }, 120_000);

  it('pairs: every pair of single failures once, both injected together', () => {
    const singles = singleFailures(minimal);
    const pairs = pairFailures(minimal);
    expect(pairs).toHaveLength(pairCount(singles.length));
    expect(new Set(pairs.map((p) => p.id)).size).toBe(pairs.length);
    expect(pairs[0]).toMatchObject({ id: `${singles[0]!.id} & ${singles[1]!.id}`, fault: singles[0]!.fault, also: [singles[1]!.fault], repairs: [...singles[0]!.repairs, ...singles[1]!.repairs] });
    expect(planJob({ kind: 'sweep', design: minimal, seed: 1, pairs: true }).tasks).toHaveLength(singles.length + pairs.length);
  });

  it('the cache key changes with the design and every parameter, and not otherwise', () => {
    const key = requestKey({ kind: 'availability', design: minimal, seed: 1, years: 10 });
    expect(requestKey({ kind: 'availability', design: structuredClone(minimal), seed: 1, years: 10 })).toBe(key);
    const moved = { ...minimal, nodes: minimal.nodes.map((n) => ({ ...n, position: { x: n.position.x + 10, y: 0 } })) };
    expect(requestKey({ kind: 'availability', design: moved, seed: 1, years: 10 })).toBe(key);
    expect(requestKey({ kind: 'availability', design: minimal, seed: 1, years: 11 })).not.toBe(key);
    expect(requestKey({ kind: 'availability', design: minimal, seed: 2, years: 10 })).not.toBe(key);
    expect(requestKey({ kind: 'availability', design: { ...minimal, targets: [{ service: '*', rtoMs: 1, rpoMs: 0 }] }, seed: 1, years: 10 })).not.toBe(key);
  });
});
