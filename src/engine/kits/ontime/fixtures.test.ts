import { describe, expect, it } from 'vitest';
import { KITS } from '../registry';
import type { Kit } from '../kit';
import { InvariantViolation } from '../../invariants/invariant';
import { Recorder } from './fixtures';
import { TEMPLATES } from '../../../templates';

/** A kit whose only invariant breaks at 5 s of simulated time: a stand-in for a real bug. */
const tripwire: Kit = {
  id: 'tripwire',
  nodeKinds: [],
  relationKinds: [],
  clusterKinds: [],
  eventMeta: {},
  install: () => undefined,
  check: () => [],
  invariants: () => [{ id: 'tripwire', description: 'breaks at 5 s', check: (world) => (world.kernel.now >= 5000 ? 'tripped' : null) }],
};

const design = TEMPLATES.find((t) => t.id === 'ontime-minimal')!.design;

describe('OnTime scenario Recorder', () => {
  it('checks every invariant after every event by default (issue 3 #8)', () => {
    const rec = new Recorder(design, { kits: [...KITS, tripwire] });
    let thrown: unknown;
    try {
      rec.until(60_000);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(InvariantViolation);
    expect((thrown as InvariantViolation).atMs).toBeLessThan(6000);
  });

  it('a test may opt out explicitly', () => {
    expect(() => new Recorder(design, { kits: [...KITS, tripwire], checkInvariants: false }).until(60_000)).not.toThrow();
  });
});
