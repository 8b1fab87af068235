/**
 * Seeded 32-bit PRNG (sfc32, seeded through splitmix32). Integer arithmetic only, so the same seed gives the
 * same sequence in every JavaScript engine: in the worker, in Node and in the CLI.
 */
function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export class Prng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    const next = splitmix32(seed);
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i++) this.nextU32();
  }

  /** Uniform unsigned 32-bit integer. */
  nextU32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** Uniform integer in [0, n). */
  nextInt(n: number): number {
    if (n <= 0) return 0;
    return this.nextU32() % n;
  }

  /** Uniform integer in [-spread, +spread]: the jitter of a delay. */
  jitter(spread: number): number {
    const s = Math.floor(spread);
    return s <= 0 ? 0 : this.nextInt(2 * s + 1) - s;
  }

  /** Derive an independent stream (e.g. one per component) so adding a component does not shift the others. */
  fork(salt: number): Prng {
    return new Prng((this.nextU32() ^ Math.imul(salt, 0x9e3779b1)) >>> 0);
  }
}
