import type { Kernel } from '../kernel/kernel';
import type { DesignDoc } from '../design/schema';

interface LinkState {
  rttMs: number;
  jitterMs: number;
  up: boolean;
}

/** Round trip between two hosts of the same site (a LAN), in ms. Small enough to round to 0 one-way. */
export const SAME_SITE_RTT_MS = 0.5;
const NO_SITE = '';

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * Sites, hosts and the links between sites. A message pays half the round trip of its path (plus jitter
 * drawn from the kernel's PRNG); a message to a host that is down, across a cut link or a partition, is dropped.
 */
export class Network {
  private readonly hostSite = new Map<string, string>();
  private readonly hostUp = new Map<string, boolean>();
  private readonly links = new Map<string, LinkState>();
  /** One-way blocks: "fromSite>toSite". A two-way partition is two entries. */
  private readonly blocked = new Set<string>();

  constructor(
    private readonly kernel: Kernel,
    design: DesignDoc,
  ) {
    for (const node of design.nodes) {
      this.hostSite.set(node.id, node.siteId ?? NO_SITE);
      this.hostUp.set(node.id, true);
    }
    for (const link of design.links) {
      this.links.set(pairKey(link.a, link.b), { rttMs: link.rttMs, jitterMs: link.jitterMs, up: true });
    }
  }

  siteOf(host: string): string {
    return this.hostSite.get(host) ?? NO_SITE;
  }

  isHostUp(host: string): boolean {
    return this.hostUp.get(host) ?? false;
  }

  setHostUp(host: string, up: boolean): void {
    this.hostUp.set(host, up);
  }

  setBlocked(fromSite: string, toSite: string, blocked: boolean): void {
    const key = `${fromSite}>${toSite}`;
    if (blocked) this.blocked.add(key);
    else this.blocked.delete(key);
  }

  /** Round trip between two hosts right now, or undefined when they cannot talk. */
  rttMs(from: string, to: string): number | undefined {
    const a = this.siteOf(from);
    const b = this.siteOf(to);
    if (a === b) return SAME_SITE_RTT_MS;
    if (this.blocked.has(`${a}>${b}`)) return undefined;
    const link = this.links.get(pairKey(a, b));
    return link?.up ? link.rttMs : undefined;
  }

  /** One-way delay for a message sent now, or undefined when it would be dropped. */
  delayMs(from: string, to: string): number | undefined {
    if (!this.isHostUp(from) || !this.isHostUp(to)) return undefined;
    const rtt = this.rttMs(from, to);
    if (rtt === undefined) return undefined;
    const link = this.siteOf(from) === this.siteOf(to) ? undefined : this.links.get(pairKey(this.siteOf(from), this.siteOf(to)));
    const jitter = link && link.jitterMs > 0 ? this.kernel.rng.jitter(link.jitterMs) : 0;
    return Math.max(0, Math.round(rtt / 2 + jitter));
  }

  /** Sends a message; `deliver` runs on arrival if the destination is still reachable then. */
  send(from: string, to: string, deliver: () => void): boolean {
    const delay = this.delayMs(from, to);
    if (delay === undefined) return false;
    this.kernel.after(delay, () => {
      if (this.isHostUp(to)) deliver();
    });
    return true;
  }
}
