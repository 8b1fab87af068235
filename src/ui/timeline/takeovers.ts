import { DISRUPTING_PHASES, metaOf, restores, type FaultLanes, type LaneReport, type Phase } from '../../engine';

/** How a lane of a fault's row reads: what ended its disruption, or why nothing did. */
export type LaneOutcome =
  /** A stand-in took over (phase tookOver): `atMs` after the fault. */
  | { kind: 'tookOver'; atMs: number }
  /** The function works again without a takeover (restored, converged, the LB routing around a dead member). */
  | { kind: 'back'; atMs: number }
  /** Disrupted and not back: nobody could take over, an operator must act, it is lost, or simply not yet. */
  | { kind: 'orphaned' | 'blocked' | 'notBack' }
  | { kind: 'lost'; atMs: number }
  /** Not interrupted by this fault: its last step (a failback, a restoration) and when. */
  | { kind: 'step'; phase: Phase; atMs: number };

/** A coloured stretch of a lane's strip, in simulated ms. */
export interface Segment {
  kind: 'undetected' | 'deciding' | 'standIn' | 'failingBack';
  fromMs: number;
  toMs: number;
}

export interface LaneView {
  lane: LaneReport;
  outcome: LaneOutcome;
  /** When the lane's RTO counts against the target (it was interrupted and came back). */
  rtoMs?: number;
  detectedMs?: number;
  /** ms from the recovery (the fault that caused the failback) to the failback. */
  failbackAfterRecoveryMs?: number;
  segments: Segment[];
}

const own = (lane: LaneReport) => lane.steps.filter((s) => s.credit === 'cause');

function outcomeOf(lane: LaneReport): LaneOutcome {
  const steps = own(lane);
  const back = [...steps].reverse().find(restores);
  if (lane.interrupted && lane.rtoMs !== null) return { kind: back?.phase === 'tookOver' ? 'tookOver' : 'back', atMs: lane.rtoMs };
  if (lane.interrupted) {
    const last = [...steps].reverse().find((s) => DISRUPTING_PHASES.has(s.phase))!;
    if (last.phase === 'lost') return { kind: 'lost', atMs: last.afterMs };
    return { kind: last.phase === 'orphaned' ? 'orphaned' : last.phase === 'blocked' ? 'blocked' : 'notBack' };
  }
  const last = lane.steps.at(-1)!;
  return { kind: 'step', phase: last.phase, atMs: last.afterMs };
}

/**
 * The strip of one lane, from the fault at `startMs` to `endMs` (now, or the row's last step): not yet detected →
 * detected, taking over → served by a stand-in (or back) → failing back once the recovery struck.
 */
function segmentsOf(lane: LaneReport, startMs: number, endMs: number, recoveredAtMs: number | undefined): Segment[] {
  const steps = own(lane);
  const firstSign = steps.find((s) => s.phase !== 'failed' && s.phase !== 'lost');
  const back = lane.interrupted && lane.rtoMs !== null ? startMs + lane.rtoMs : undefined;
  const failback = lane.steps.find((s) => s.phase === 'failedBack');
  const standInUntil = recoveredAtMs ?? failback?.t ?? endMs;
  const out: Segment[] = [];
  if (lane.interrupted) {
    const detected = Math.min(firstSign?.t ?? endMs, back ?? endMs);
    out.push({ kind: 'undetected', fromMs: startMs, toMs: detected });
    out.push({ kind: 'deciding', fromMs: detected, toMs: back ?? endMs });
    const standsIn = back !== undefined && steps.some((s) => s.phase === 'tookOver' || metaOf(s.type).restoresLane === true);
    if (standsIn) out.push({ kind: 'standIn', fromMs: back, toMs: standInUntil });
  }
  if (recoveredAtMs !== undefined || failback) {
    const from = recoveredAtMs ?? startMs;
    out.push({ kind: 'failingBack', fromMs: from, toMs: failback?.t ?? endMs });
  }
  return out.filter((s) => s.toMs > s.fromMs);
}

/** The view of each lane of a fault's row (`faultLanes` from the engine), up to `nowMs`. */
export function laneViews(row: FaultLanes, nowMs: number): LaneView[] {
  const end = rowEndMs(row, nowMs);
  return row.lanes.map((lane) => {
    const outcome = outcomeOf(lane);
    const recovery = row.recoveredAtMs[lane.lane];
    const failback = lane.steps.find((s) => s.phase === 'failedBack');
    const detected = own(lane).find((s) => s.phase === 'detected' || s.phase === 'decided');
    return {
      lane,
      outcome,
      ...(outcome.kind === 'tookOver' || outcome.kind === 'back' ? { rtoMs: outcome.atMs } : {}),
      ...(detected ? { detectedMs: detected.afterMs } : {}),
      ...(failback && recovery !== undefined ? { failbackAfterRecoveryMs: failback.t - recovery } : {}),
      segments: segmentsOf(lane, row.atMs, end, recovery),
    };
  });
}

/** Where a row's strips end: now while something is still open, else its last step (at least 1 s after the fault). */
export function rowEndMs(row: FaultLanes, nowMs: number): number {
  const last = Math.max(row.atMs + 1000, ...row.lanes.flatMap((l) => l.steps.map((s) => s.t)));
  const open = row.lanes.some((l) => l.interrupted && l.rtoMs === null) || row.lanes.some((l) => l.steps.some((s) => s.phase === 'tookOver') && !l.steps.some((s) => s.phase === 'failedBack'));
  return open ? Math.max(last, nowMs) : last;
}

/** The faults worth a row: those that touched a function or caused a finding. */
export function rowsOf(rows: readonly FaultLanes[]): FaultLanes[] {
  return rows.filter((r) => r.lanes.length > 0 || r.findings.length > 0);
}
