import type { Kernel } from '../kernel/kernel';
import type { Prng } from '../kernel/prng';
import type { DesignDoc } from '../design/schema';

/** Round trip between two hosts of the same site (a LAN), in ms. Small enough to round to 0 one-way. */
export const SAME_SITE_RTT_MS = 0.5;
/** Hosts without a site all share this one anonymous site. */
const NO_SITE = '';
/** PRNG stream of the network (see Prng.fork): adding another random component does not shift the jitter. */
const JITTER_STREAM = 0x6e6574;

interface LinkState {
  id: string;
  a: number;
  b: number;
  rttMs: number;
  jitterMs: number;
  up: boolean;
  /** The event that took the link down (for "why?"), while it is down. */
  downCause: number | null;
  /** The last 'link.rtt' event of this link: the cause of whatever its new round trip slows down. */
  rttCause: number | null;
}

/** A set of one-way cuts between sites, made by one fault: healed together. */
export interface Partition {
  id: string;
  from: readonly string[];
  to: readonly string[];
  oneWay: boolean;
  /** The 'net.partitioned' event: the cause of every message it drops and of every verdict it provokes. */
  cause: number;
}

/**
 * Sites, hosts and the links between sites.
 *
 * A message between hosts pays half the round trip of its path (plus jitter drawn from the network's own
 * PRNG stream). It is dropped when either host is down, the link is down, there is no link, or a partition
 * cuts its direction. Partitions are one-way cuts between sets of sites (a two-way partition is both
 * directions); each remembers the event that made it, so whoever notices the silence can name the cause.
 *
 * Sites are numbered once and paths looked up in flat arrays: `send` is on the hot path of every heartbeat.
 */
export class Network {
  private readonly siteIds: string[] = [NO_SITE];
  private readonly siteIndex = new Map<string, number>([[NO_SITE, 0]]);
  private readonly hostSite = new Map<string, number>();
  private readonly hostUp = new Map<string, boolean>();
  private readonly hostEvents = new Map<string, number>();
  /** The run start: the cause of silence between sites the design never linked (set by the simulation). */
  noPathCause: number | null = null;
  private readonly linksById = new Map<string, LinkState>();
  /** Link of each site pair, at a*n+b and b*n+a. */
  private readonly pathLink: Array<LinkState | undefined>;
  /** Number of partitions cutting from→to, at from*n+to; 0 = open. */
  private readonly cutCount: Uint16Array;
  private readonly partitions = new Map<string, Partition>();
  /** Last event that reopened from→to (a heal, a link coming up), at from*n+to; 0 = never. */
  private readonly reopenedBy: Float64Array;
  /** Last event that cut from→to (a partition, a link going down), at from*n+to, kept after it reopens; 0 = never. */
  private readonly cutBy: Float64Array;
  private partitionSeq = 0;
  /** Counts every change of reachability or round trips: a kit may cache what it derives from them (see `version`). */
  private changes = 0;
  /** When the last partition was healed (or a link came back up); -1 = never. */
  private lastReopenMs = -1;
  private readonly rng: Prng;

  constructor(
    private readonly kernel: Kernel,
    design: DesignDoc,
  ) {
    this.rng = kernel.rng.fork(JITTER_STREAM);
    for (const site of design.sites) this.indexSite(site.id);
    for (const node of design.nodes) {
      this.hostSite.set(node.id, this.indexSite(node.siteId ?? NO_SITE));
      this.hostUp.set(node.id, true);
    }
    const n = this.siteIds.length;
    this.pathLink = new Array<LinkState | undefined>(n * n).fill(undefined);
    this.cutCount = new Uint16Array(n * n);
    this.reopenedBy = new Float64Array(n * n);
    this.cutBy = new Float64Array(n * n);
    for (const link of design.links) {
      const a = this.siteIndex.get(link.a);
      const b = this.siteIndex.get(link.b);
      if (a === undefined || b === undefined || this.pathLink[a * n + b]) continue;
      const state: LinkState = { id: link.id, a, b, rttMs: link.rttMs, jitterMs: link.jitterMs, up: true, downCause: null, rttCause: null };
      this.linksById.set(link.id, state);
      this.pathLink[a * n + b] = state;
      this.pathLink[b * n + a] = state;
    }
  }

  private indexSite(id: string): number {
    let index = this.siteIndex.get(id);
    if (index === undefined) {
      index = this.siteIds.length;
      this.siteIds.push(id);
      this.siteIndex.set(id, index);
    }
    return index;
  }

  /** Changes whenever a host, link, round trip or partition changes: equal versions mean the same network. */
  get version(): number {
    return this.changes;
  }

  // ---- hosts and sites -------------------------------------------------------------------------------

  siteOf(host: string): string {
    return this.siteIds[this.hostSite.get(host) ?? 0] ?? NO_SITE;
  }

  /** The design's hosts (node ids) in `site`, in design order. */
  hostsIn(site: string): string[] {
    const index = this.siteIndex.get(site);
    return [...this.hostSite].filter(([, s]) => s === index).map(([host]) => host);
  }

  isHostUp(host: string): boolean {
    return this.hostUp.get(host) ?? false;
  }

  /** Power state only; World.crashHost/recoverHost also crash or boot the host's processes and emit events. */
  setHostUp(host: string, up: boolean, cause: number | null = null): void {
    if (!this.hostUp.has(host)) return;
    if (this.hostUp.get(host) !== up) {
      this.hostUp.set(host, up);
      this.changes++;
    }
    // A new cause changes what cached request paths blame, so it counts as a change too.
    if (cause !== null && this.hostEvents.get(host) !== cause) {
      this.hostEvents.set(host, cause);
      this.changes++;
    }
  }

  /** The last 'host.state' event of a host, or null: why a host without processes (clients) went quiet. */
  hostCause(host: string): number | null {
    return this.hostEvents.get(host) ?? null;
  }

  // ---- links -----------------------------------------------------------------------------------------

  hasLink(linkId: string): boolean {
    return this.linksById.has(linkId);
  }

  /** The link's configured round trip now, or undefined for an unknown link. */
  linkRttMs(linkId: string): number | undefined {
    return this.linksById.get(linkId)?.rttMs;
  }

  isLinkUp(linkId: string): boolean {
    return this.linksById.get(linkId)?.up ?? false;
  }

  /** Cuts or restores a link (both directions). Emits 'link.down' / 'link.up'; returns false if nothing changed. */
  setLinkUp(linkId: string, up: boolean): boolean {
    const link = this.linksById.get(linkId);
    if (!link || link.up === up) return false;
    link.up = up;
    this.changes++;
    const event = this.kernel.emit({ type: up ? 'link.up' : 'link.down', subject: linkId, a: this.siteIds[link.a]!, b: this.siteIds[link.b]! });
    link.downCause = up ? null : event.id;
    if (up) this.lastReopenMs = this.kernel.now;
    const n = this.siteIds.length;
    const marks = up ? this.reopenedBy : this.cutBy;
    marks[link.a * n + link.b] = event.id;
    marks[link.b * n + link.a] = event.id;
    return true;
  }

  /** Changes a link's round trip while running (WL-3, S8). Messages already in flight keep their delay. */
  setRtt(linkId: string, rttMs: number): boolean {
    const link = this.linksById.get(linkId);
    if (!link || rttMs < 0) return false;
    const from = link.rttMs;
    link.rttMs = rttMs;
    this.changes++;
    link.rttCause = this.kernel.emit({ type: 'link.rtt', subject: linkId, fromMs: from, toMs: rttMs }).id;
    return true;
  }

  // ---- partitions ------------------------------------------------------------------------------------

  /**
   * Cuts traffic from every site of `from` to every site of `to` (and back, unless `oneWay`). Emits
   * 'net.partitioned' and returns the partition; unknown sites are ignored.
   */
  partition(from: readonly string[], to: readonly string[], options: { oneWay?: boolean; id?: string } = {}): Partition {
    const id = options.id ?? `partition-${++this.partitionSeq}`;
    this.heal(id);
    const oneWay = options.oneWay ?? false;
    const event = this.kernel.emit({ type: 'net.partitioned', subject: id, from: from.join('+'), to: to.join('+'), oneWay });
    const partition: Partition = { id, from: [...from], to: [...to], oneWay, cause: event.id };
    this.partitions.set(id, partition);
    this.changes++;
    this.forEachCut(partition, (i) => {
      this.cutCount[i]!++;
      this.cutBy[i] = event.id;
    });
    return partition;
  }

  /** Heals one partition by id, or all of them; emits 'net.healed' for each. */
  heal(id?: string): void {
    const healed = id === undefined ? [...this.partitions.values()] : [this.partitions.get(id)].filter((p) => p !== undefined);
    for (const partition of healed) {
      this.partitions.delete(partition.id);
      this.changes++;
      const event = this.kernel.emit({ type: 'net.healed', subject: partition.id, from: partition.from.join('+'), to: partition.to.join('+') });
      this.lastReopenMs = this.kernel.now;
      this.forEachCut(partition, (i) => {
        this.cutCount[i]!--;
        this.reopenedBy[i] = event.id;
      });
    }
  }

  /** Whether any partition is in force (some invariants only hold without one). */
  get partitioned(): boolean {
    return this.partitions.size > 0;
  }

  /** Time since the network last became whole again (a heal, a link up); undefined if it never split. */
  msSinceReopened(): number | undefined {
    return this.lastReopenMs < 0 ? undefined : this.kernel.now - this.lastReopenMs;
  }

  activePartitions(): Partition[] {
    return [...this.partitions.values()];
  }

  private forEachCut(partition: Partition, fn: (index: number) => void): void {
    const n = this.siteIds.length;
    const idx = (ids: readonly string[]) => ids.map((s) => this.siteIndex.get(s)).filter((i): i is number => i !== undefined);
    const from = idx(partition.from);
    const to = idx(partition.to);
    for (const a of from) {
      for (const b of to) {
        if (a === b) continue;
        fn(a * n + b);
        if (!partition.oneWay) fn(b * n + a);
      }
    }
  }

  // ---- paths and messages ----------------------------------------------------------------------------

  /** Round trip between two hosts right now (no jitter), or undefined when `from` cannot reach `to`. */
  rttMs(from: string, to: string): number | undefined {
    const a = this.hostSite.get(from) ?? 0;
    const b = this.hostSite.get(to) ?? 0;
    if (a === b) return SAME_SITE_RTT_MS;
    const i = a * this.siteIds.length + b;
    if (this.cutCount[i]! > 0) return undefined;
    const link = this.pathLink[i];
    return link?.up ? link.rttMs : undefined;
  }

  /** Round trip of a whole request/response exchange: both directions must be open. */
  roundTripMs(from: string, to: string): number | undefined {
    if (!this.isHostUp(from) || !this.isHostUp(to)) return undefined;
    const there = this.rttMs(from, to);
    return there === undefined || this.rttMs(to, from) === undefined ? undefined : there;
  }

  /** Whether a message sent now from `from` would reach `to`. */
  canReach(from: string, to: string): boolean {
    return this.isHostUp(from) && this.isHostUp(to) && this.rttMs(from, to) !== undefined;
  }

  /**
   * Why messages from `from` to `to` are dropped right now: the id of the event behind it (the partition,
   * the link going down, the run start for sites without a link), undefined when they get through
   * or only a host is down (then the host's own events explain it).
   */
  silenceCause(from: string, to: string): number | null | undefined {
    const a = this.hostSite.get(from) ?? 0;
    const b = this.hostSite.get(to) ?? 0;
    if (a === b) return undefined;
    const n = this.siteIds.length;
    if (this.cutCount[a * n + b]! > 0) {
      let cause: number | null = null;
      for (const p of this.partitions.values()) {
        if (p.from.includes(this.siteIds[a]!) && p.to.includes(this.siteIds[b]!)) cause = p.cause;
        else if (!p.oneWay && p.to.includes(this.siteIds[a]!) && p.from.includes(this.siteIds[b]!)) cause = p.cause;
      }
      return cause;
    }
    const link = this.pathLink[a * n + b];
    if (!link) return this.noPathCause;
    return link.up ? undefined : link.downCause;
  }

  /** The last event that reopened the path from→to (a heal, a link up), or null: the cause of "alive again". */
  reopenedCause(from: string, to: string): number | null {
    const a = this.hostSite.get(from) ?? 0;
    const b = this.hostSite.get(to) ?? 0;
    const id = a === b ? 0 : this.reopenedBy[a * this.siteIds.length + b]!;
    return id > 0 ? id : null;
  }

  /**
   * The last event that cut the path from→to (a partition, a link going down), even if it has reopened since,
   * or null: why a message sent during a short cut never arrived, noticed only after the path was back.
   */
  lastCutCause(from: string, to: string): number | null {
    const a = this.hostSite.get(from) ?? 0;
    const b = this.hostSite.get(to) ?? 0;
    const id = a === b ? 0 : this.cutBy[a * this.siteIds.length + b]!;
    return id > 0 ? id : null;
  }

  /** The last 'link.rtt' event of a link, or null. */
  linkRttCause(linkId: string): number | null {
    return this.linksById.get(linkId)?.rttCause ?? null;
  }

  /** The last RTT change on the path from→to (a 'link.rtt' event), or null: the cause of a slowdown. */
  rttCause(from: string, to: string): number | null {
    const a = this.hostSite.get(from) ?? 0;
    const b = this.hostSite.get(to) ?? 0;
    return a === b ? null : (this.pathLink[a * this.siteIds.length + b]?.rttCause ?? null);
  }

  /** One-way delay for a message sent now, or undefined when it would be dropped. */
  delayMs(from: string, to: string): number | undefined {
    if (!this.isHostUp(from) || !this.isHostUp(to)) return undefined;
    const a = this.hostSite.get(from) ?? 0;
    const b = this.hostSite.get(to) ?? 0;
    if (a === b) return 0;
    const i = a * this.siteIds.length + b;
    const link = this.pathLink[i];
    if (this.cutCount[i]! > 0 || !link?.up) return undefined;
    const jitter = link.jitterMs > 0 ? this.rng.jitter(link.jitterMs) : 0;
    return Math.max(0, Math.round(link.rttMs / 2 + jitter));
  }

  /**
   * Sends a message; `deliver` runs on arrival if the destination host is still up then. Returns false when
   * the message is dropped at once. Whatever `deliver` emits is attributed to the sender's current cause.
   */
  send(from: string, to: string, deliver: () => void): boolean {
    const delay = this.delayMs(from, to);
    if (delay === undefined) return false;
    this.kernel.after(delay, () => {
      if (this.isHostUp(to)) deliver();
    });
    return true;
  }
}
