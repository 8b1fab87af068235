import type { WlContext } from './context';

/**
 * HTTP sessions of the stretched cluster, in-memory replicated: each has a primary server and one secondary
 * copy (DOMAIN.md §2). Kept as counts per (primary, secondary) pair, which is all the behaviour needs.
 *
 * WL-1: with replication groups the secondary is taken from the primary's preferred secondary group (its own
 * site). WL-2: that is best effort; when no server of that group is available the secondary goes to the
 * other site, and a session stays where its secondary is until that server fails: it does not move back
 * when a same-site server returns. S4: a session whose primary and secondary are both lost is lost.
 */
interface Entry {
  primary: string;
  secondary: string;
  count: number;
}

export class SessionTable {
  /** "primary|secondary" → sessions; secondary '' means none could be found (at risk). */
  private readonly pairs = new Map<string, number>();
  lost = 0;
  /** Sessions each server holds the secondary copy of: kept up to date by add/remove (ranked on every login). */
  private readonly secondaryLoads = new Map<string, number>();
  private readonly order: ReadonlyMap<string, number>;
  private pairsChanged = 0;
  /**
   * Sessions of each primary, and those of them whose secondary is in another site: kept by add/remove, as the
   * secondaries' loads are, because gauges and the request paths read them every second while logins change them
   * every few seconds (counts are whole numbers, so the sums are exact in any order).
   */
  private readonly primaryLoads = new Map<string, number>();
  private readonly crossLoads = new Map<string, number>();
  private crossChanges = 0;
  /** The entries are listed again only after a change (views and claims read them). */
  private cache: Entry[] | undefined;

  constructor(
    private readonly ctx: WlContext,
    servers: readonly string[],
    /** Whether `observer` can use `peer` as a secondary (running, believed alive, reachable). */
    private readonly usable: (observer: string, peer: string) => boolean,
    /** Servers that can be usable for `primary` at all, in server order (its WebLogic cluster): all by default. */
    private readonly peersOf: (primary: string) => readonly string[] = () => servers,
  ) {
    this.order = new Map(servers.map((s, i) => [s, i] as const).reverse());
  }

  /** Changes when a (primary, secondary) pair appears or goes (not when only its count changes). */
  get structure(): number {
    return this.pairsChanged;
  }

  /**
   * Changes whenever what a request pays for session replication may change: a cross-site pair comes, goes or
   * changes count, or a primary that has cross-site sessions gains or loses any (their share of its sessions).
   * Logins on a server whose copies all stay in its site leave it as it is, so the request paths stay cached.
   */
  get crossSiteVersion(): number {
    return this.crossChanges;
  }

  private isCrossSite(primary: string, secondary: string): boolean {
    return secondary !== '' && this.ctx.site(primary) !== this.ctx.site(secondary);
  }

  private countChanged(primary: string, secondary: string, delta: number): void {
    this.primaryLoads.set(primary, (this.primaryLoads.get(primary) ?? 0) + delta);
    const cross = this.isCrossSite(primary, secondary);
    const had = this.crossLoads.get(primary) ?? 0;
    if (cross || had > 0) this.crossChanges++;
    if (cross) this.crossLoads.set(primary, had + delta);
  }

  private group(server: string): string {
    return this.ctx.str(server, 'replicationGroup');
  }

  private preferredGroup(server: string): string {
    return this.ctx.str(server, 'preferredSecondaryGroup') || this.group(server);
  }

  /** Where `primary` may put a secondary now: its preferred secondary group if any of it is usable, else any usable server. */
  private secondaryPool(primary: string): string[] {
    const candidates = this.peersOf(primary).filter((s) => s !== primary && this.usable(primary, s));
    if (candidates.length === 0) return candidates;
    const preferred = this.preferredGroup(primary);
    const inGroup = preferred === '' ? [] : candidates.filter((c) => this.group(c) === preferred);
    // Without replication groups WebLogic spreads secondaries over the other machines: round-robin here.
    return inGroup.length > 0 ? inGroup : candidates;
  }

  /** Ranks candidates: preferred secondary group first, then those holding the fewest secondaries. */
  chooseSecondary(primary: string): string {
    const pool = this.secondaryPool(primary);
    if (pool.length === 0) return '';
    // The least loaded, then the first in server order (one pass: this runs at every login).
    let best = pool[0]!;
    let bestLoad = this.secondaryLoad(best);
    let bestRank = this.order.get(best) ?? -1;
    for (let i = 1; i < pool.length; i++) {
      const load = this.secondaryLoad(pool[i]!);
      const rank = this.order.get(pool[i]!) ?? -1;
      if (load < bestLoad || (load === bestLoad && rank < bestRank)) [best, bestLoad, bestRank] = [pool[i]!, load, rank];
    }
    return best;
  }

  private secondaryLoad(server: string): number {
    return this.secondaryLoads.get(server) ?? 0;
  }

  /** Opens `count` new sessions on `primary`, one by one so that they spread like a real cluster's. */
  open(primary: string, count: number): void {
    if (count <= 1) {
      for (let i = 0; i < count; i++) this.add(primary, this.chooseSecondary(primary), 1);
      return;
    }
    // Nothing `usable` reads changes while they open, so the pool is found once; then each login takes the
    // least loaded (then first-ranked) member, as chooseSecondary would, from a heap instead of a scan.
    const pool = this.secondaryPool(primary);
    if (pool.length === 0) {
      for (let i = 0; i < count; i++) this.add(primary, '', 1);
      return;
    }
    const heap = new LoadHeap(pool.map((s) => ({ server: s, load: this.secondaryLoad(s), rank: this.order.get(s) ?? -1 })));
    for (let i = 0; i < count; i++) {
      const best = heap.top();
      this.add(primary, best.server, 1);
      best.load = this.secondaryLoad(best.server);
      heap.siftDownTop();
    }
  }

  add(primary: string, secondary: string, count: number): void {
    if (count <= 0) return;
    const key = `${primary}|${secondary}`;
    const before = this.pairs.get(key);
    if (before === undefined) this.pairsChanged++;
    this.pairs.set(key, (before ?? 0) + count);
    this.secondaryLoads.set(secondary, this.secondaryLoad(secondary) + count);
    this.countChanged(primary, secondary, count);
    this.cache = undefined;
  }

  private remove(key: string): void {
    const count = this.pairs.get(key);
    if (count !== undefined) {
      this.pairsChanged++;
      const bar = key.indexOf('|');
      const secondary = key.slice(bar + 1);
      this.secondaryLoads.set(secondary, this.secondaryLoad(secondary) - count);
      this.countChanged(key.slice(0, bar), secondary, -count);
    }
    this.pairs.delete(key);
    this.cache = undefined;
  }

  entries(): readonly Entry[] {
    if (this.cache) return this.cache;
    const entries: Entry[] = [];
    for (const [key, count] of this.pairs) {
      if (count <= 0) continue;
      const [primary, secondary] = key.split('|') as [string, string];
      entries.push({ primary, secondary, count });
    }
    this.cache = entries;
    return entries;
  }

  count(primary: string, secondary: string): number {
    return this.pairs.get(`${primary}|${secondary}`) ?? 0;
  }

  total(): number {
    return this.entries().reduce((a, e) => a + e.count, 0);
  }

  /** Sessions of `primary` whose secondary is in another site (they replicate across the link). */
  crossSite(primary?: string): number {
    if (primary !== undefined) return this.crossLoads.get(primary) ?? 0;
    let n = 0;
    for (const c of this.crossLoads.values()) n += c;
    return n;
  }

  ofPrimary(primary: string): number {
    return this.primaryLoads.get(primary) ?? 0;
  }

  /** `primary` lost its secondary `dead`: its sessions replicate to a new secondary. */
  rereplicate(primary: string, dead: string): void {
    const count = this.count(primary, dead);
    if (count === 0) return;
    this.remove(`${primary}|${dead}`);
    const next = this.chooseSecondary(primary);
    this.add(primary, next, count);
    const cross = next !== '' && this.ctx.site(next) !== this.ctx.site(primary);
    this.ctx.emit({ type: cross ? 'wl.sessionsRereplicatedCrossSite' : 'wl.sessionsRereplicated', subject: primary, server: primary, from: dead, to: next, count });
  }

  /**
   * `dead` has failed for good: its sessions continue on their secondaries (which pick a new secondary), or
   * are lost when the secondary is gone too; sessions it was secondary for get a new secondary.
   */
  serverFailed(dead: string, isUp: (s: string) => boolean): void {
    for (const e of this.entries()) {
      if (e.primary !== dead) continue;
      this.remove(`${e.primary}|${e.secondary}`);
      if (e.secondary !== '' && isUp(e.secondary)) {
        this.add(e.secondary, this.chooseSecondary(e.secondary), e.count);
        this.ctx.emit({ type: 'wl.sessions.takeover', subject: dead, server: dead, to: e.secondary, count: e.count });
      } else {
        this.lost += e.count;
        this.ctx.emit({ type: 'wl.sessionsLost', subject: dead, server: dead, secondary: e.secondary, count: e.count });
      }
    }
    for (const e of this.entries()) if (e.secondary === dead && isUp(e.primary)) this.rereplicate(e.primary, dead);
  }

  /** Sessions without a live copy on a second server: one more failure loses them. */
  atRisk(isUp: (s: string) => boolean, primary?: string): number {
    if (primary === undefined) {
      // All of them (a gauge, every second): the secondaries' loads say it without listing the entries.
      let n = 0;
      for (const [secondary, load] of this.secondaryLoads) if (secondary === '' || !isUp(secondary)) n += load;
      return n;
    }
    return this.entries()
      .filter((e) => e.primary === primary && (e.secondary === '' || !isUp(e.secondary)))
      .reduce((a, e) => a + e.count, 0);
  }

  /** atRisk for every primary at once (one pass over the table). */
  atRiskByPrimary(isUp: (s: string) => boolean): Map<string, number> {
    const byPrimary = new Map<string, number>();
    for (const e of this.entries()) {
      if (e.secondary === '' || !isUp(e.secondary)) byPrimary.set(e.primary, (byPrimary.get(e.primary) ?? 0) + e.count);
    }
    return byPrimary;
  }

  /** Sessions that had no secondary find one when a server becomes available. */
  fillMissing(): void {
    for (const e of this.entries()) {
      if (e.secondary === '' && this.chooseSecondary(e.primary) !== '') this.rereplicate(e.primary, '');
    }
  }
}

interface Ranked {
  server: string;
  load: number;
  rank: number;
}

/** A binary min-heap of servers by (secondary load, rank): the order chooseSecondary picks in. */
class LoadHeap {
  constructor(private readonly items: Ranked[]) {
    for (let i = (items.length >> 1) - 1; i >= 0; i--) this.siftDown(i);
  }

  top(): Ranked {
    return this.items[0]!;
  }

  /** The top's load grew: restore the order. */
  siftDownTop(): void {
    this.siftDown(0);
  }

  private less(a: Ranked, b: Ranked): boolean {
    return a.load < b.load || (a.load === b.load && a.rank < b.rank);
  }

  private siftDown(i: number): void {
    const items = this.items;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < items.length && this.less(items[l]!, items[m]!)) m = l;
      if (r < items.length && this.less(items[r]!, items[m]!)) m = r;
      if (m === i) return;
      [items[i], items[m]] = [items[m]!, items[i]!];
      i = m;
    }
  }
}
