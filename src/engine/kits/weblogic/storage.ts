import type { SimProcess } from '../../primitives/process';
import { ReplicationStream } from '../../primitives/replication';
import type { WlContext } from './context';
import { PROC } from './kinds';
import { STORAGE_PARAMS as P } from './params';

/**
 * Shared storage, one per site (WL-4), mirrored to the other site so each has a recoverable copy of the
 * domain directory and of file stores. A storage marked "shared across sites" is the discouraged layout.
 */
export class Storage {
  readonly ids: string[];
  readonly procs = new Map<string, SimProcess>();
  readonly mirrors: Array<{ id: string; from: string; to: string; stream: ReplicationStream }> = [];

  constructor(private readonly ctx: WlContext) {
    this.ids = ctx.nodesOfKind('storage').map((n) => n.id);
    for (const id of this.ids) {
      const proc = ctx.world.addProcess(id, PROC.storage, { bootMs: 30_000, drainMs: 5000 });
      proc.bootInstantly();
      proc.onChange(() => ctx.changed());
      this.procs.set(id, proc);
    }
    for (const rel of ctx.relations('mirrors')) {
      const stream = new ReplicationStream(
        ctx.kernel,
        ctx.network,
        { from: rel.from, to: rel.to, mode: 'async', shipIntervalMs: ctx.num(rel.from, P.mirrorIntervalMs) },
        () => this.isUp(rel.from),
        () => this.isUp(rel.to),
      );
      stream.start();
      this.mirrors.push({ id: rel.id, from: rel.from, to: rel.to, stream });
    }
  }

  isUp(id: string): boolean {
    return (this.procs.get(id)?.isRunning ?? false) && this.ctx.network.isHostUp(id);
  }

  sharedAcrossSites(id: string): boolean {
    return this.ctx.flag(id, 'sharedAcrossSites');
  }

  /** The storage a node keeps its files on: its `usesStorage` relation, else its own site's storage. */
  storageOf(node: string): string | undefined {
    const rel = this.ctx.relations('usesStorage').find((r) => r.from === node);
    if (rel) return rel.to;
    return this.ids.find((id) => this.ctx.site(id) === this.ctx.site(node)) ?? this.ids.find((id) => this.sharedAcrossSites(id));
  }

  /** Storages holding a mirrored copy of `storage` (the targets of its mirroring). */
  replicasOf(storage: string): string[] {
    return this.mirrors.filter((m) => m.from === storage).map((m) => m.to);
  }

  /** Whether `reader` can open `home`'s file store: same site as the storage, or a storage shared across sites. */
  fileStoreReadable(home: string, reader: string): boolean {
    const st = this.storageOf(home);
    if (st === undefined || !this.isUp(st)) return false;
    if (this.ctx.site(st) === this.ctx.site(reader)) return true;
    return this.sharedAcrossSites(st) && this.ctx.reachable(reader, st);
  }
}
