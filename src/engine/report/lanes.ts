import type { SimEvent } from '../events';
import { metaOf } from '../kits/catalog';
import { DISRUPTING_PHASES, RESTORING_PHASES, type EventMeta, type Lane, type Phase } from './contract';

/** One event of a lane, as the report shows it. */
export interface LaneStep {
  phase: Phase;
  t: number;
  /** Time since the fault. */
  afterMs: number;
  eventId: number;
  type: string;
  subject: string;
  /**
   * 'cause': the event's cause chain leads to this fault; 'undoes': a failback caused by a later fault (a
   * recovery) that undoes a takeover this fault caused. Only 'cause' steps count for the lane's RTO.
   */
  credit: 'cause' | 'undoes';
}

/** A function the fault touched: its steps in time order and when it worked again. */
export interface LaneReport {
  lane: Lane;
  steps: LaneStep[];
  /** The first step of each phase, ms after the fault. */
  firstMs: Partial<Record<Phase, number>>;
  /**
   * ms from the fault until the lane's function worked again (its last takeover or restoration, after its last
   * disruption); null when it was disrupted and not back by the end of the run; 0 when nothing interrupted it.
   */
  rtoMs: number | null;
  /** Something in the lane stopped, broke or was being recovered (a step with a disrupting phase, contract.ts). */
  interrupted: boolean;
  /** Users notice this lane (a step of it is user-visible, see EventMeta.userVisible). */
  userVisible: boolean;
}

/** A condition outside the supported range (phase 'finding'), when it happened. */
export interface Finding {
  lane: Lane | null;
  t: number;
  /** Time since the fault it is credited to (= t when credited to none). */
  afterMs: number;
  eventId: number;
  type: string;
  subject: string;
}

/** An event with a lane and a phase, before it is credited. */
interface Placed {
  event: SimEvent;
  lane: Lane;
  phase: Phase;
  meta: EventMeta;
}

/**
 * Every event with a lane and a phase, with its lane resolved: a shared verdict (`{ fromEffectsElse }`) takes
 * the lane of the first event it directly causes that has a lane of its own.
 */
export function placeEvents(events: readonly SimEvent[]): Placed[] {
  const laneOfEffect = new Map<number, Lane>();
  for (const e of events) {
    const lane = metaOf(e.type).lane;
    if (typeof lane === 'string' && e.cause !== null && !laneOfEffect.has(e.cause)) laneOfEffect.set(e.cause, lane);
  }
  const placed: Placed[] = [];
  for (const event of events) {
    const meta = metaOf(event.type);
    if (meta.lane === undefined || meta.phase === undefined) continue;
    const lane = typeof meta.lane === 'string' ? meta.lane : (laneOfEffect.get(event.id) ?? meta.lane.fromEffectsElse);
    placed.push({ event, lane, phase: meta.phase, meta });
  }
  return placed;
}

export interface LaneCredit {
  /** The fault each event's cause chain leads to. */
  rootFault(id: number): number | undefined;
  faultAt(faultId: number): number | undefined;
}

/** What the lanes give each fault report, and what no fault explains. */
export interface LaneResult {
  lanes: Map<number, LaneReport[]>;
  findings: Map<number, Finding[]>;
  /** Findings whose cause chain leads to no fault (e.g. a design that starts outside the supported range). */
  runFindings: Finding[];
}

/**
 * Credits each placed event to the fault its cause chain leads to; a failback also to the fault whose takeover
 * (same lane and subject) it undoes. Findings go to their own list, not to a lane.
 */
export function buildLanes(events: readonly SimEvent[], credit: LaneCredit): LaneResult {
  const steps = new Map<number, Map<Lane, LaneStep[]>>();
  const visible = new Map<number, Set<Lane>>();
  const findings = new Map<number, Finding[]>();
  const runFindings: Finding[] = [];
  const takeoverFault = new Map<string, number>();
  for (const { event: e, lane, phase, meta } of placeEvents(events)) {
    const root = credit.rootFault(e.id);
    if (phase === 'finding') {
      const at = root === undefined ? undefined : credit.faultAt(root);
      const finding: Finding = { lane, t: e.t, afterMs: e.t - (at ?? 0), eventId: e.id, type: e.type, subject: e.subject };
      if (at === undefined) runFindings.push(finding);
      else push(findings, root!, finding);
      continue;
    }
    const key = `${lane}\n${e.subject}`;
    const targets: Array<[number, LaneStep['credit']]> = root === undefined ? [] : [[root, 'cause']];
    if (phase === 'tookOver' && root !== undefined) takeoverFault.set(key, root);
    const undone = phase === 'failedBack' ? takeoverFault.get(key) : undefined;
    if (undone !== undefined && undone !== root) targets.push([undone, 'undoes']);
    for (const [faultId, how] of targets) {
      const at = credit.faultAt(faultId);
      if (at === undefined) continue;
      const lanes = steps.get(faultId) ?? new Map<Lane, LaneStep[]>();
      steps.set(faultId, lanes);
      const list = lanes.get(lane) ?? [];
      lanes.set(lane, list);
      // Several observers reach the same verdict at the same moment (every member declares a peer dead): once is enough.
      if (list.some((s) => s.t === e.t && s.type === e.type && s.subject === e.subject)) continue;
      list.push({ phase, t: e.t, afterMs: e.t - at, eventId: e.id, type: e.type, subject: e.subject, credit: how });
      if (meta.userVisible) visible.set(faultId, (visible.get(faultId) ?? new Set()).add(lane));
    }
  }
  const lanes = new Map<number, LaneReport[]>();
  for (const [faultId, byLane] of steps) {
    const reports = [...byLane].map(([lane, list]) => laneReport(lane, list, visible.get(faultId)?.has(lane) ?? false));
    lanes.set(faultId, reports.sort((a, b) => a.steps[0]!.t - b.steps[0]!.t));
  }
  return { lanes, findings, runFindings };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Whether a step brings its lane's function back. */
export function restores(step: { phase: Phase; type: string }): boolean {
  return RESTORING_PHASES.has(step.phase) || metaOf(step.type).restoresLane === true;
}

function laneReport(lane: Lane, steps: LaneStep[], userVisible: boolean): LaneReport {
  const firstMs: Partial<Record<Phase, number>> = {};
  for (const s of steps) firstMs[s.phase] ??= s.afterMs;
  const own = steps.filter((s) => s.credit === 'cause');
  const lastDisruption = Math.max(-Infinity, ...own.filter((s) => DISRUPTING_PHASES.has(s.phase) && !restores(s)).map((s) => s.t));
  const restorations = own.filter(restores);
  const lastRestoration = restorations.at(-1);
  let rtoMs: number | null = 0;
  if (lastRestoration && lastRestoration.t >= lastDisruption) rtoMs = lastRestoration.afterMs;
  else if (lastDisruption > -Infinity) rtoMs = null;
  // A step that both disrupts and restores (the LB marks a dead member down: its requests failed until then) interrupted the lane too.
  const interrupted = own.some((s) => DISRUPTING_PHASES.has(s.phase));
  return { lane, steps, firstMs, rtoMs, interrupted, userVisible };
}
