import { metaOf, type Fault, type SimEvent } from '../../engine';

/** Faults that give something back rather than break it: they end an outage. */
const RECOVERY_KINDS = /^(start|recover|heal|siteUp|linkUp|restore|resume)/;
/** Faults that change conditions without taking anything down (an RTT change). */
const NEUTRAL_KINDS = /^(setRtt)/;

export interface Outage {
  fault: SimEvent & { type: 'fault.injected' };
  detected?: SimEvent;
  /** A new owner was chosen (e.g. a lease expired): between detection and takeover. */
  decided?: SimEvent;
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
  return fault.target;
}

/** Whether recovery fault `r` ends outage fault `o`: same target, or a heal of every partition. */
function ends(r: Fault, o: Fault): boolean {
  if (r.kind === 'heal' && r.target === undefined) return o.kind === 'partition';
  return target(r) !== undefined && target(r) === target(o);
}

/**
 * One outage per breaking fault: when it was detected, when a stand-in took over (the last takeover it caused:
 * service is whole again only when every part has moved), the fault that ended it (the next recovery of the
 * same target) and when the work went back home. Phases are the events' metadata (`metaOf`, declared by each kit).
 * Events arrive in id order, so a cause precedes its effects.
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
      for (const o of open) if (!o.recovered && o.fault.t <= e.t && ends(e.fault, o.fault.fault)) o.recovered = e;
      continue;
    }
    const phase = metaOf(e.type).phase;
    const outage = outages.get(root.get(e.id) ?? -1);
    if (outage && !outage.recovered && phase !== 'failedBack') {
      if (!outage.detected && phase === 'detected') outage.detected = e;
      if (!outage.decided && phase === 'decided') outage.decided = e;
      if (phase === 'tookOver') outage.tookOver = e;
      if (!outage.orphaned && phase === 'orphaned') outage.orphaned = e;
      continue;
    }
    if (phase !== 'failedBack') continue;
    // Credited to the outage whose recovery caused it, else to the one whose takeover it undoes.
    const endedBy =
      open.find((o) => o.recovered && !o.failedBack && root.get(e.id) === o.recovered.id) ??
      open.find((o) => o.tookOver && !o.failedBack && o.recovered && o.recovered.t <= e.t);
    if (endedBy) endedBy.failedBack = e;
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
