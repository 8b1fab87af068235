/**
 * Exclusive roles as data, so that invariants can check them without knowing a kit's internals: a kit says
 * "OT2 now syncs MS1" as `hold('sync:MS1', 'OT2')` and "OT1 no longer does" as `release('sync:MS1', 'OT1')`.
 * Resource names are `<kind>:<id>`; see invariants/ for the kinds that are checked
 * ('sync:<mailServer>', 'primary:<database>', 'session:<id>' held by the servers that hold a copy).
 *
 * A resource may have several holders at once: that is exactly what the invariants look for.
 */
export class ClaimRegistry {
  private readonly holders = new Map<string, Set<string>>();

  hold(resource: string, holder: string): void {
    let set = this.holders.get(resource);
    if (!set) this.holders.set(resource, (set = new Set()));
    set.add(holder);
  }

  release(resource: string, holder: string): void {
    const set = this.holders.get(resource);
    if (!set) return;
    set.delete(holder);
    if (set.size === 0) this.holders.delete(resource);
  }

  /** Replaces every holder of `resource` (e.g. a takeover that moves the role in one step). */
  set(resource: string, holders: readonly string[]): void {
    if (holders.length === 0) this.holders.delete(resource);
    else this.holders.set(resource, new Set(holders));
  }

  holdersOf(resource: string): string[] {
    return [...(this.holders.get(resource) ?? [])];
  }

  /** Every resource of one kind (the part before ':') with its holders, in insertion order. */
  ofKind(kind: string): Array<[resource: string, holders: string[]]> {
    const prefix = `${kind}:`;
    return [...this.holders].filter(([r]) => r.startsWith(prefix)).map(([r, h]) => [r, [...h]]);
  }
}
