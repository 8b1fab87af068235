import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { DesignDoc } from '../design/schema';
import type { TimedFault } from './simulation';
import { runScenario } from './run';
import { TEMPLATES } from '../../templates';
import { brokenCause } from '../invariants/causes';
import { faultArb } from './fuzzFaults';

/**
 * Every built-in template (so every kit and its own invariants) under random fault scripts: no exception, no
 * invariant violation (built-in and the kits' Kit.invariants), every event but the roots has a cause pointing
 * back to an earlier event.
 * Counterexamples found are pinned in REGRESSIONS.
 */
const REGRESSIONS: Array<{ found: string; template: string; seed: number; faults: TimedFault[] }> = [
  {
    found: 'seed 11: a mail DB broken for OT1 behind a cut link was found again by OT2 (its new syncer) with no cause',
    template: 'ontime-p2-two-sites',
    seed: 12086563,
    faults: [
      { atMs: 332_000, fault: { kind: 'linkDown', target: 'wan' } },
      { atMs: 357_010, fault: { kind: 'siteDown', target: 'dc1' } },
      { atMs: 357_011, fault: { kind: 'siteUp', target: 'dc1' } },
    ],
  },
  {
    found: 'seed 11: a health check sent into a one-way partition timed out just after the heal: its verdict had no cause',
    template: 'ontime-p2-two-sites',
    seed: 0,
    faults: [
      { atMs: 150_000, fault: { kind: 'partition', from: ['dc1'], to: ['dc2'], oneWay: true } },
      { atMs: 240_000, fault: { kind: 'heal' } },
    ],
  },
];


function check(design: DesignDoc, seed: number, faults: TimedFault[]): void {
  const sorted = [...faults].sort((a, b) => a.atMs - b.atMs);
  const result = runScenario(design, { seed, faults: sorted, untilMs: 900_000, checkInvariants: true });
  // Only the run start and injected faults are roots: everything else names an earlier event as its cause.
  expect(brokenCause(result.events)).toBeNull();
  expect(result.report.faults).toHaveLength(sorted.length);
}

describe('fuzzing the built-in templates', () => {
  it.each(TEMPLATES.map((t) => [t.id, t.design] as const))('%s: random fault scripts break no invariant', (_id, design) => {
    const arb = fc.record({
      seed: fc.nat(),
      faults: fc.array(fc.record({ atMs: fc.integer({ min: 0, max: 600_000 }), fault: faultArb(design) }), { maxLength: 10 }),
    });
    // Deeper hunts: FUZZ_RUNS=200 FUZZ_SEED=5 npx vitest run src/engine/sim/fuzzTemplates.test.ts
    fc.assert(fc.property(arb, ({ seed, faults }) => check(design, seed, faults)), { numRuns: Number(process.env.FUZZ_RUNS ?? 6), seed: Number(process.env.FUZZ_SEED ?? 7) });
  }, 300_000);

  it.each(TEMPLATES.map((t) => [t.id, t.design] as const))('%s: after a site goes down and comes back, every event has a cause (the "Why?" chain reaches the fault)', (_id, design) => {
    const site = design.sites[0]!.id;
    check(design, design.seed, [
      { atMs: 60_000, fault: { kind: 'siteDown', target: site } },
      { atMs: 400_000, fault: { kind: 'siteUp', target: site } },
    ]);
  });

  it.each(REGRESSIONS)('pinned regression: $found', ({ template, seed, faults }) => {
    check(TEMPLATES.find((t) => t.id === template)!.design, seed, faults);
  });
});
