import type { World } from '../sim/world';

/**
 * A property that must hold after every event of every run (TigerBeetle's state checker). Checked in tests
 * and fuzzing, not in the app: `new Simulation(design, { checkInvariants: true })` runs every built-in
 * invariant and every kit's (Kit.invariants) after each kernel action and throws at the first violation.
 */
export interface Invariant {
  id: string;
  /** The DOMAIN.md behaviour it protects, e.g. "OT-10". */
  ref?: string;
  description: string;
  /** null when it holds, else what is wrong (named by ids). */
  check(world: World): string | null;
}

/** A broken invariant: carries what is needed to replay it (seed, simulated time). */
export class InvariantViolation extends Error {
  constructor(
    readonly invariantId: string,
    readonly seed: number,
    readonly atMs: number,
    readonly detail: string,
  ) {
    super(`invariant ${invariantId} violated at t=${atMs} ms (seed ${seed}): ${detail}`);
    this.name = 'InvariantViolation';
  }
}
