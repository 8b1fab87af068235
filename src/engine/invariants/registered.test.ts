import { describe, expect, it } from 'vitest';
import { Simulation } from '../sim/simulation';
import { templateById } from '../../templates';
import { onTimeRuntimeOf } from '../kits/ontime/kit';
import { InvariantViolation } from './invariant';

describe('invariants registered by kits (Kit.invariants)', () => {
  it('OT-10: the OnTime kit\'s invariant runs after every event and names the broken rule with seed and time', () => {
    const sim = new Simulation(templateById('ontime-minimal')!.design, { checkInvariants: true, seed: 5 });
    sim.runUntil(10_000);
    // Corrupt the kit's state the way a bug would: MS1 "synced" by a server outside OT1's OnTime cluster.
    onTimeRuntimeOf(sim.state)!.sync.syncer.set('MS1', 'LB');
    let error: unknown;
    try {
      sim.runUntil(20_000);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvariantViolation);
    expect(error).toMatchObject({ invariantId: 'ontime-consistent', seed: 5 });
    expect((error as Error).message).toMatch(/MS1 is synced by LB/);
  });
});
