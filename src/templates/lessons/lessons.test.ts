import { describe, expect, it, vi } from 'vitest';
import { formatIssue, prepareLesson, validateLesson, type PreparedLesson } from '../../engine';
import { BUILTIN_LESSONS, builtinLesson, lessonTemplate } from '.';

// Each copy is a few minutes of a whole topology (and a sweep for the latency lesson): room on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const SEEDS = [1, 2, 3, 5, 7, 11];

function copies(id: string): PreparedLesson[] {
  const lesson = builtinLesson(id)!;
  const design = lessonTemplate((lesson.design as { templateId: string }).templateId)!;
  return SEEDS.map((seed) => prepareLesson(lesson, design, seed));
}

// The app validates a built-in only when it is opened (state/lessonRuns.ts): this is where a broken one fails loudly.
describe('every built-in lesson', () => {
  it.each(BUILTIN_LESSONS.map((l) => [l.id, l] as const))('%s is a valid lesson file, every copy a seed can draw, and is shipped as validated', (_id, raw) => {
    const result = validateLesson(raw, lessonTemplate);
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
    // The list shows the file as shipped: it must be what validation gives (no default filled in, nothing dropped).
    expect(result.ok && result.lesson).toEqual(raw);
  });
});

const expected = (copy: PreparedLesson, id: string) => copy.steps.flatMap((s) => s.questions).find((q) => q.id === id)!.expected;

describe('built-in lesson: OnTime takeover and failback', () => {
  const all = copies('ontime-takeover');

  it('OT-4: the live peer of the failed server takes over its mail server after takeoverAfterMs (≈ 10 s)', () => {
    for (const copy of all) {
      expect(expected(copy, 'who')).toBe(copy.values.peer);
      expect(expected(copy, 'when')).toBe(copy.values.takeoverS);
      expect(Number(expected(copy, 'when'))).toBeLessThanOrEqual(12);
    }
  });

  it('OT-5: failback is automatic: the original server syncs again after its start plus failbackDelayMs', () => {
    for (const copy of all) {
      expect(expected(copy, 'failbackWho')).toBe(copy.values.server);
      expect(expected(copy, 'failbackWhen')).toBe(5 + Number(copy.values.failbackS));
    }
  });

  it('OT-6: the mail DB fails over to the cluster mate after the retries (3 × 5 s)', () => {
    for (const copy of all) {
      expect(expected(copy, 'replica')).toBe(copy.values.mate);
      expect(Number(expected(copy, 'retries'))).toBeGreaterThanOrEqual(15);
      expect(Number(expected(copy, 'retries'))).toBeLessThanOrEqual(30);
    }
  });

  it('seed 5 draws the copy the end-to-end test answers (OT1 fails, takeover after 8 s)', () => {
    expect(prepareLesson(builtinLesson('ontime-takeover')!, lessonTemplate('ontime-p2-load-sharing')!, 5).values).toMatchObject({ server: 'OT1', mail: 'MS1', takeoverS: 8 });
  });

  it('the seeds give students different copies', () => {
    expect(new Set(all.map((c) => JSON.stringify(c.values))).size).toBeGreaterThan(2);
  });
});

describe('built-in lesson: WebLogic leasing and migration', () => {
  const all = copies('weblogic-leasing');

  it('WL-9: service migration moves JMS to the same-site mate, ≈ 90 s after the crash (lease expiry + fencing grace)', () => {
    for (const copy of all) {
      expect(expected(copy, 'where')).toBe(copy.values.mate);
      expect(expected(copy, 'rto')).toBe(65 + Number(copy.values.fencingGraceS));
      expect(expected(copy, 'failback')).toBe(copy.values.server);
    }
  });

  it('WL-10, WL-14: a DB switchover costs the leases with the default settings, not with Table 6-1’s', () => {
    for (const copy of all) expect(expected(copy, 'lease')).toBe(copy.values.leaseRetryCount === 5 ? 'no' : 'yes');
    expect(new Set(all.map((c) => expected(c, 'lease')))).toEqual(new Set(['yes', 'no']));
  });
});

describe('built-in lesson: latency and the metro limit', () => {
  const all = copies('metro-latency');
  const model = (rttMs: number) => 100 / (1 + rttMs / 60);

  it('WL-15: throughput follows 1 / (1 + RTT / 60 ms): ≈ 92 % at 5 ms, ≈ 75 % at 20 ms', () => {
    for (const copy of all) {
      expect(Number(expected(copy, 'today'))).toBeCloseTo(model(5), 0);
      expect(Number(expected(copy, 'throughput'))).toBeCloseTo(model(Number(copy.values.rtt)), -0.5);
      if (copy.values.rtt === 20) expect(Number(expected(copy, 'throughput'))).toBeCloseTo(75, 0);
    }
  });

  it('WL-3: more than 10 ms is outside the supported range (warned), 10 ms is not', () => {
    for (const copy of all) expect(expected(copy, 'supported')).toBe(Number(copy.values.rtt) > 10 ? 'yes' : 'no');
  });
});
