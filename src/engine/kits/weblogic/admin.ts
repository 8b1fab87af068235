import type { SimProcess } from '../../primitives/process';
import type { WlContext } from './context';
import { PROC } from './kinds';
import { ADMIN_PARAMS as A } from './params';
import type { Storage } from './storage';

export type AdminPlace = 'home' | 'inSite' | 'otherSite';

/**
 * The single Administration Server of the domain (WL-6). If its node fails it is restarted on another node of
 * the same site from that site's shared storage; if its whole site fails it is restarted in the other site
 * from the mirrored copy, and the admin virtual host name is remapped there (ADMINHOSTVHN1 → 20.20.20.1).
 * Both are manual procedures (estimates). The managed servers keep serving meanwhile.
 */
export class AdminServer {
  readonly id: string | undefined;
  private proc: SimProcess | undefined;
  place: AdminPlace = 'home';
  /** The site it runs in now. */
  site = '';
  running = true;
  private generation = 0;

  constructor(
    private readonly ctx: WlContext,
    private readonly storage: Storage,
  ) {
    this.id = ctx.nodesOfKind('wlsAdmin')[0]?.id;
    if (this.id === undefined) {
      this.running = false;
      return;
    }
    this.site = ctx.site(this.id);
    this.proc = ctx.world.addProcess(this.id, PROC.admin, { bootMs: 60_000, drainMs: 10_000 });
    this.proc.bootInstantly();
    this.proc.onChange((_p, _from, to) => {
      if (this.place !== 'home') return;
      if (to === 'crashed' || to === 'stopped') this.down();
      if (to === 'running') this.up('home', this.ctx.site(this.id!));
    });
  }

  /** The admin host name and the address it resolves to in a site (the doc's 10.10.10.1 / 20.20.20.1). */
  addressIn(site: string): string {
    const n = this.ctx.world.design.sites.findIndex((s) => s.id === site) + 1;
    return `${n * 10}.${n * 10}.${n * 10}.1`;
  }

  get hostName(): string {
    return this.ctx.str(this.id, 'adminHostName');
  }

  private down(): void {
    if (!this.running || this.id === undefined) return;
    this.running = false;
    const gen = ++this.generation;
    const event = this.ctx.emit({ type: 'admin.down.detected', subject: this.id, admin: this.id });
    this.ctx.kernel.withCause(event.id, () => this.planRestart(gen));
    this.ctx.changed();
  }

  /**
   * The operator's procedure: another live node and the shared storage of the same site → restart there;
   * otherwise (the whole site is gone) restart in the other site from the mirrored copy, which takes longer.
   */
  private planRestart(gen: number): void {
    const id = this.id!;
    const downAt = this.ctx.now;
    this.ctx.kernel.after(this.ctx.num(id, A.inSiteFailoverMs), () => {
      if (gen !== this.generation || this.running) return;
      const homeSite = this.ctx.site(id);
      const store = this.storage.storageOf(id);
      const otherNodeInSite = this.ctx.world.design.nodes.some((n) => n.id !== id && n.siteId === homeSite && this.ctx.network.isHostUp(n.id));
      if (store !== undefined && this.storage.isUp(store) && otherNodeInSite) {
        this.restartIn(gen, 'inSite', homeSite);
        return;
      }
      const replica = store === undefined ? undefined : this.storage.replicasOf(store).find((r) => this.storage.isUp(r) && this.ctx.site(r) !== homeSite);
      if (replica === undefined) {
        this.ctx.emit({ type: 'admin.cannotRestart', subject: id, admin: id });
        return;
      }
      this.ctx.kernel.at(downAt + this.ctx.num(id, A.crossSiteFailoverMs), () => this.restartIn(gen, 'otherSite', this.ctx.site(replica)));
    });
  }

  private restartIn(gen: number, place: AdminPlace, site: string): void {
    if (gen !== this.generation || this.running) return;
    const id = this.id!;
    if (place === 'inSite') this.ctx.emit({ type: 'admin.inSite.takeover', subject: id, admin: id });
    else this.ctx.emit({ type: 'admin.crossSite.takeover', subject: id, admin: id, host: this.hostName, address: this.addressIn(site) });
    this.up(place, site);
  }

  private up(place: AdminPlace, site: string): void {
    this.generation++;
    this.running = true;
    this.place = place;
    this.site = site;
    this.ctx.changed();
  }
}
