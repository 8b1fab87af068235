import type { Fault, SimEvent } from '../../engine';

/** Faults that give something back rather than break it: they end an outage. */
const RECOVERY_KINDS = /^(start|recover|heal|siteUp|restore|endMaintenance|resume)/;
/** Faults that change conditions without taking anything down (an RTT change). */
const NEUTRAL_KINDS = /^(setRtt|setLatency)/;
/** Event types by which a system notices a failure (membership verdicts, health checks, lease loss). */
const DETECTED = /\.(dead|markedDown|detected|suspected|fenced|leaseLost|unhealthy)$/;
/** Event types by which a stand-in takes over (Sync takeover, DB failover, service/server migration…). */
const TOOK_OVER = /(takeover|failover|migrated|promoted|tookOver|switchedOver|rerouted)$/;
const FAILED_BACK = /(failback|failedBack|returned)$/;

export interface Outage {
  fault: SimEvent & { type: 'fault.injected' };
  detected?: SimEvent;
  tookOver?: SimEvent;
  /** Nobody could take over (e.g. no live member left). */
  orphaned?: SimEvent;
  recovered?: SimEvent & { type: 'fault.injected' };
  failedBack?: SimEvent;
}

function isFault(e: SimEvent): e is SimEvent & { type: 'fault.injected' } {
  return e.type === 'fault.injected';
}

export function isBreaking(fault: Fault): boolean {
  return !RECOVERY_KINDS.test(fault.kind) && !NEUTRAL_KINDS.test(fault.kind);
}

/** The root of every event's cause chain (a fault, the run's start, or a spontaneous event), by event id. */
function roots(events: readonly SimEvent[]): Map<number, number> {
  const root = new Map<number, number>();
  for (const e of events) root.set(e.id, e.cause === null ? e.id : (root.get(e.cause) ?? e.cause));
  return root;
}

function target(fault: Fault): string | undefined {
  return 'target' in fault && typeof fault.target === 'string' ? fault.target : undefined;
}

/**
 * One outage per breaking fault: when it was detected, when a stand-in took over (the last takeover it caused:
 * service is whole again only when every part has moved), the fault that ended it (the next recovery of the
 * same target) and when the work went back home. Events arrive in id order, so a cause precedes its effects.
 */
export function outagesOf(events: readonly SimEvent[]): Outage[] {
  const root = roots(events);
  const outages = new Map<number, Outage>();
  for (const e of events) {
    if (isFault(e) && isBreaking(e.fault)) outages.set(e.id, { fault: e });
  }
  const open = [...outages.values()];
  for (const e of events) {
    if (isFault(e) && !isBreaking(e.fault)) {
      const t = target(e.fault);
      const ended = open.find((o) => !o.recovered && o.fault.t <= e.t && target(o.fault.fault) === t);
      if (ended) ended.recovered = e;
      continue;
    }
    const outage = outages.get(root.get(e.id) ?? -1);
    if (outage && !outage.recovered) {
      if (!outage.detected && DETECTED.test(e.type)) outage.detected = e;
      if (TOOK_OVER.test(e.type)) outage.tookOver = e;
      if (!outage.orphaned && e.type.endsWith('.orphaned')) outage.orphaned = e;
      continue;
    }
    const endedBy = open.find((o) => o.recovered && root.get(e.id) === o.recovered.id);
    if (endedBy && !endedBy.failedBack && FAILED_BACK.test(e.type)) endedBy.failedBack = e;
  }
  return open;
}

/** ms from the fault to each milestone, when reached. */
export function durations(o: Outage): { detectedMs?: number; rtoMs?: number; failbackMs?: number } {
  return {
    detectedMs: o.detected ? o.detected.t - o.fault.t : undefined,
    rtoMs: o.tookOver ? o.tookOver.t - o.fault.t : undefined,
    failbackMs: o.failedBack && o.recovered ? o.failedBack.t - o.recovered.t : undefined,
  };
}
