import type { OnTimeContext } from './context';
import { ONTIME_SERVER_PARAMS as P } from './params';
import { systemOf, type OnTimeSystem } from './topology';

/**
 * OT-11 / OT-8: every OnTime server holds a replica of the ConfigDB (ServerSettings, UserSettings: the mail DB
 * cluster paths, the clients' REST URL). A change lands on one replica and reaches the others at their next
 * scheduled replication (recommended every minute); a client always reads the replica of the server it is
 * connected to, so it can see an older version until then.
 */
export class ConfigDbService {
  /** Server → the newest ConfigDB version its replica holds. */
  readonly version = new Map<string, number>();
  /** Each OnTime system has its own ConfigDB: its newest version and its changes by version. */
  private readonly latest = new Map<OnTimeSystem, number>();
  /** Counts changes of any replica's version (what the views show). */
  versionChanges = 0;
  private readonly changes = new Map<OnTimeSystem, Map<number, { atMs: number; eventId: number; setting: string }>>();

  constructor(private readonly ctx: OnTimeContext) {
    for (const server of ctx.topo.taskServers) {
      this.version.set(server, 0);
      ctx.world.gauge(`configDbLag:${server}`, () => this.lagSeconds(server));
      this.scheduleReplication(server);
    }
  }

  /** The newest ConfigDB version of `server`'s system. */
  latestVersion(server: string): number {
    return this.latest.get(systemOf(this.ctx.topo, server)) ?? 0;
  }

  /** An administrator saves a change (e.g. a setting of the ServerSetting) on `server`'s replica. */
  change(server: string, setting: string): number | undefined {
    if (!this.version.has(server) || !this.ctx.dominoUp(server)) return undefined;
    const system = systemOf(this.ctx.topo, server);
    const latest = (this.latest.get(system) ?? 0) + 1;
    this.latest.set(system, latest);
    this.version.set(server, latest);
    this.versionChanges++;
    const event = this.ctx.kernel.emit({ type: 'configdb.changed', subject: server, setting, version: latest });
    this.changesOf(server).set(latest, { atMs: this.ctx.now, eventId: event.id, setting });
    this.ctx.changed(server);
    return latest;
  }

  private changesOf(server: string): Map<number, { atMs: number; eventId: number; setting: string }> {
    const system = systemOf(this.ctx.topo, server);
    let changes = this.changes.get(system);
    if (!changes) this.changes.set(system, (changes = new Map()));
    return changes;
  }

  /** OT-8: what a client connected to `server` reads: that replica's version (undefined when it is down). */
  read(server: string): number | undefined {
    return this.ctx.dominoUp(server) ? this.version.get(server) : undefined;
  }

  /** Seconds since the oldest change this replica still lacks was made (0 when it is up to date). */
  lagSeconds(server: string): number {
    const missing = this.changes.get(systemOf(this.ctx.topo, server))?.get((this.version.get(server) ?? 0) + 1);
    return missing === undefined ? 0 : (this.ctx.now - missing.atMs) / 1000;
  }

  private scheduleReplication(server: string): void {
    const intervalMs = this.ctx.num(server, P.configReplicationMs);
    this.ctx.kernel.after(intervalMs, () => {
      this.replicate(server);
      this.scheduleReplication(server);
    }, null);
  }

  /** Scheduled replication of `server` with each other replica of its system it can reach: it pulls what is newer. */
  private replicate(server: string): void {
    if (!this.ctx.dominoUp(server)) return;
    for (const peer of systemOf(this.ctx.topo, server).taskServers) {
      if (peer === server || !this.ctx.reachable(server, peer)) continue;
      const theirs = this.version.get(peer) ?? 0;
      if (theirs <= (this.version.get(server) ?? 0)) continue;
      this.ctx.kernel.after(this.ctx.rttMs(server, peer), () => this.receive(server, peer, theirs), null);
    }
  }

  private receive(server: string, peer: string, version: number): void {
    if (!this.ctx.dominoUp(server) || version <= (this.version.get(server) ?? 0)) return;
    this.version.set(server, version);
    this.versionChanges++;
    const cause = this.changes.get(systemOf(this.ctx.topo, server))?.get(version)?.eventId ?? null;
    this.ctx.kernel.emit({ type: 'configdb.replicated', subject: server, from: peer, to: server, version }, cause);
    this.ctx.changed(server);
  }
}
