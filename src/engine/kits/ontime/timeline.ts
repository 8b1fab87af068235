import type { SimEvent } from '../../events';

/**
 * One outage as seen by one mail server's users: failure → Sync stopped → detected → took over → (mail DBs
 * failed over) → failed back → (mail DBs home again), each with its simulated time. Built from the event log
 * alone, so the UI, the report and the tests tell the same story.
 */
export interface OnTimeTimeline {
  mailServer: string;
  /** Time of the root cause (the injected fault) of the first event of the outage. */
  failureAt: number;
  syncStoppedAt?: number;
  /** When the stand-in declared the syncer dead. */
  detectedAt?: number;
  tookOverAt?: number;
  standIn?: string;
  mailDbFailoverAt?: number;
  replica?: string;
  mailDbBrokenAt?: number;
  failedBackAt?: number;
  mailDbHomeAt?: number;
  /** True once Sync and mail DB access are both back where they belong. */
  closed: boolean;
}

function rootTime(event: SimEvent, byId: ReadonlyMap<number, SimEvent>): number {
  let e = event;
  for (let parent = e.cause === null ? undefined : byId.get(e.cause); parent; parent = parent.cause === null ? undefined : byId.get(parent.cause)) e = parent;
  return e.t;
}

export function onTimeTimelines(events: readonly SimEvent[]): OnTimeTimeline[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  const open = new Map<string, OnTimeTimeline>();
  const all: OnTimeTimeline[] = [];
  const timeline = (mail: string, e: SimEvent): OnTimeTimeline => {
    let tl = open.get(mail);
    if (!tl) {
      tl = { mailServer: mail, failureAt: rootTime(e, byId), closed: false };
      open.set(mail, tl);
      all.push(tl);
    }
    return tl;
  };
  const maybeClose = (tl: OnTimeTimeline) => {
    const syncHome = tl.tookOverAt === undefined || tl.failedBackAt !== undefined;
    const dbHome = (tl.mailDbFailoverAt === undefined && tl.mailDbBrokenAt === undefined) || tl.mailDbHomeAt !== undefined;
    if (syncHome && dbHome && (tl.failedBackAt !== undefined || tl.mailDbHomeAt !== undefined)) {
      tl.closed = true;
      open.delete(tl.mailServer);
    }
  };
  for (const e of events) {
    if (e.type === 'sync.stopped') timeline(e.mailServer, e).syncStoppedAt ??= e.t;
    else if (e.type === 'sync.takeover') {
      const tl = timeline(e.mailServer, e);
      tl.tookOverAt ??= e.t;
      tl.standIn ??= e.to;
      const detected = e.cause === null ? undefined : byId.get(e.cause);
      if (detected?.type === 'member.dead') tl.detectedAt ??= detected.t;
    } else if (e.type === 'maildb.takeover') {
      const tl = timeline(e.mailServer, e);
      tl.mailDbFailoverAt ??= e.t;
      tl.replica ??= e.to;
    } else if (e.type === 'maildb.broken') timeline(e.mailServer, e).mailDbBrokenAt ??= e.t;
    else if (e.type === 'sync.failback' && open.has(e.mailServer)) {
      const tl = open.get(e.mailServer)!;
      tl.failedBackAt = e.t;
      maybeClose(tl);
    } else if ((e.type === 'maildb.failback' || e.type === 'maildb.restored') && open.has(e.mailServer)) {
      const tl = open.get(e.mailServer)!;
      tl.mailDbHomeAt = e.t;
      maybeClose(tl);
    }
  }
  return all;
}
