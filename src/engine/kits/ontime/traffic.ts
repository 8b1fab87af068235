import type { OnTimeContext } from './context';

/** Traffic is averaged over this window so a Sync pass every few seconds shows as a steady rate. */
export const TRAFFIC_WINDOW_MS = 30_000;

/**
 * OT-9: the kilobytes Sync moves across each inter-site link, as a rate over a sliding window. Same-site Sync
 * costs the link nothing; that is the point of keeping Sync local.
 */
export class SyncTrafficMeter {
  private readonly entries = new Map<string, Array<{ t: number; kb: number }>>();
  private readonly linkOfPair = new Map<string, string>();

  constructor(private readonly ctx: OnTimeContext) {
    for (const link of ctx.world.design.links) {
      this.linkOfPair.set(pairKey(link.a, link.b), link.id);
      this.entries.set(link.id, []);
      ctx.world.gauge(`syncTrafficKBps:${link.id}`, () => this.rateKBps(link.id));
    }
  }

  /** The link a message between two hosts crosses, if they sit in different sites. */
  linkBetween(a: string, b: string): string | undefined {
    const net = this.ctx.world.network;
    const sa = net.siteOf(a);
    const sb = net.siteOf(b);
    return sa === sb ? undefined : this.linkOfPair.get(pairKey(sa, sb));
  }

  record(a: string, b: string, kb: number): void {
    const link = this.linkBetween(a, b);
    if (link !== undefined) this.entries.get(link)?.push({ t: this.ctx.now, kb });
  }

  rateKBps(linkId: string): number {
    const list = this.entries.get(linkId) ?? [];
    const from = this.ctx.now - TRAFFIC_WINDOW_MS;
    while (list.length > 0 && list[0]!.t <= from) list.shift();
    return list.reduce((sum, e) => sum + e.kb, 0) / (TRAFFIC_WINDOW_MS / 1000);
  }
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
