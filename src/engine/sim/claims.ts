/**
 * Exclusive roles as data, so that invariants can check them without knowing a kit's internals: a kit says
 * "OT2 now syncs MS1" as `hold('sync:MS1', 'OT2')` and "OT1 no longer does" as `release('sync:MS1', 'OT1')`.
 * Resource names are `<kind>:<id>`; see invariants/ for the kinds that are checked
 * ('sync:<mailServer>', 'primary:<database>', 'session:<id>' held by the servers that hold a copy).
 *
 * A resource may have several holders at once: that is exactly what the invariants look for.
 */
export class ClaimRegistry {
  /** Kind (the part of the resource before its first ':') → resource → holders, each in insertion order. */
  private readonly kinds = new Map<string, Map<string, Set<string>>>();
  /** Kind → how often its claims were changed: lets a kit skip re-deriving a kind nobody touched. */
  private readonly changes = new Map<string, number>();

  /** The claims of `resource`'s kind; `change` (a mutation follows) creates them if needed and counts the change. */
  private ofResource(resource: string, change: boolean): Map<string, Set<string>> | undefined {
    const colon = resource.indexOf(':');
    const kind = colon < 0 ? resource : resource.slice(0, colon);
    if (change) this.changes.set(kind, (this.changes.get(kind) ?? 0) + 1);
    let map = this.kinds.get(kind);
    if (!map && change) this.kinds.set(kind, (map = new Map()));
    return map;
  }

  hold(resource: string, holder: string): void {
    const map = this.ofResource(resource, true)!;
    let set = map.get(resource);
    if (!set) map.set(resource, (set = new Set()));
    set.add(holder);
  }

  release(resource: string, holder: string): void {
    const map = this.ofResource(resource, true);
    const set = map?.get(resource);
    if (!map || !set) return;
    set.delete(holder);
    if (set.size === 0) map.delete(resource);
  }

  /** Replaces every holder of `resource` (e.g. a takeover that moves the role in one step). */
  set(resource: string, holders: readonly string[]): void {
    if (holders.length === 0) this.ofResource(resource, true)!.delete(resource);
    else this.ofResource(resource, true)!.set(resource, new Set(holders));
  }

  /**
   * Replaces every claim of one kind at once, in the given order (a kit that re-derives a whole kind each
   * second: one pass instead of clearing and setting each resource). Resources must be of that kind.
   */
  replaceKind(kind: string, claims: ReadonlyArray<readonly [resource: string, holders: readonly string[]]>): void {
    const map = new Map<string, Set<string>>();
    for (const [resource, holders] of claims) {
      if (holders.length === 0) map.delete(resource);
      else map.set(resource, new Set(holders));
    }
    this.kinds.set(kind, map);
    this.changes.set(kind, (this.changes.get(kind) ?? 0) + 1);
  }

  /** Changes whenever a claim of `kind` may have changed. */
  version(kind: string): number {
    return this.changes.get(kind) ?? 0;
  }

  holdersOf(resource: string): string[] {
    return [...(this.ofResource(resource, false)?.get(resource) ?? [])];
  }

  /** Every resource of one kind (the part before the first ':') with its holders, in insertion order. */
  ofKind(kind: string): Array<[resource: string, holders: string[]]> {
    return [...(this.kinds.get(kind) ?? [])].map(([r, h]) => [r, [...h]]);
  }
}
