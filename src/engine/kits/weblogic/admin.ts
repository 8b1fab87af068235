import type { SimProcess } from '../../primitives/process';
import type { WlContext } from './context';
import { PROC } from './kinds';
import { ADMIN_PARAMS as A } from './params';
import type { Storage } from './storage';

export type AdminPlace = 'home' | 'inSite' | 'otherSite';

/**
 * The single Administration Server of the domain (WL-6). If its node fails it is restarted on another node of
 * the same site from that site's shared storage (an estimate of the routine procedure). If its whole site
 * fails it stays down until an operator restarts it in the other site from the mirrored copy (the fault
 * 'restartAdminServer'), and the admin virtual host name is remapped there (ADMINHOSTVHN1 → 20.20.20.1). The
 * managed servers keep serving meanwhile.
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
      const site = this.mirrorSite();
      // Restarting in the other site is the operator's decision (WL-6): say it is needed, do not do it.
      if (site === undefined) this.ctx.emit({ type: 'admin.cannotRestart', subject: id, admin: id });
      else this.ctx.emit({ type: 'admin.crossSiteRestartRequired', subject: id, admin: id, site, downForMs: this.ctx.now - downAt });
    });
  }

  /** A site other than the home site holding a live mirrored copy of the domain directory, preferring `wanted`. */
  private mirrorSite(wanted?: string): string | undefined {
    const store = this.id === undefined ? undefined : this.storage.storageOf(this.id);
    const homeSite = this.id === undefined ? '' : this.ctx.site(this.id);
    const sites = store === undefined ? [] : this.storage.replicasOf(store).filter((r) => this.storage.isUp(r)).map((r) => this.ctx.site(r));
    const candidates = sites.filter((site) => site !== homeSite);
    return wanted === undefined ? candidates[0] : candidates.find((site) => site === wanted);
  }

  /**
   * The operator restarts the Administration Server in another site (WL-6): it runs there `responseMs` after
   * the order (default: the Admin Server's cross-site failover estimate, ≈ 5 min), with its host name
   * remapped. Refused with 'admin.cannotRestart' when that site has no mirrored copy; nothing to do when it runs.
   */
  restartInOtherSite(site: string | undefined, responseMs: number | undefined): void {
    const id = this.id;
    if (id === undefined) return;
    const target = this.mirrorSite(site);
    // Already running (at home or restarted meanwhile): nothing to restart.
    if (this.running) return;
    if (target === undefined) {
      this.ctx.emit({ type: 'admin.cannotRestart', subject: id, admin: id });
      return;
    }
    const gen = this.generation;
    this.ctx.kernel.after(responseMs ?? this.ctx.num(id, A.crossSiteFailoverMs), () => {
      if (this.mirrorSite(target) === undefined) this.ctx.emit({ type: 'admin.cannotRestart', subject: id, admin: id });
      else this.restartIn(gen, 'otherSite', target);
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
