import type { DesignDoc } from '../design/schema';
import type { Lane } from '../report/contract';
import type { RunReport } from '../report/report';
import { runScenario } from '../sim/run';
import type { FailureCase } from './failureCase';
import { singleFailures } from './failures';
import { serviceOutcomes, type ServiceOutcome } from './outcome';
import { checkCancelled, type Progress } from './progress';
import { recoveryOf, type Recovery } from './recovery';
import { evaluateRecovery, targetFor, type Verdict } from './targets';

/** The window every failure is watched in: settle, fail, repair after the hold, watch the failback. */
export interface FailureWindow {
  /** Before the failure: the workload settles and lag gauges find their normal level. */
  warmupMs: number;
  /** Failure → repair: longer than any takeover, so what is still down then waits for the repair. */
  holdMs: number;
  /** Repair → end of the run: the failback and its impact. */
  settleMs: number;
}

export const DEFAULT_WINDOW: FailureWindow = { warmupMs: 60_000, holdMs: 600_000, settleMs: 300_000 };

/** A function (report lane) the failure interrupted, and when it worked again: ms after the failure, null = not by the end. */
export interface LaneTakeover {
  lane: Lane;
  rtoMs: number | null;
}

/** One failure run headless: what it did to each service, the lanes it interrupted, and the run's hash (same seed → same hash). */
export interface FailureRun {
  failure: FailureCase;
  outcomes: ServiceOutcome[];
  lanes: LaneTakeover[];
  eventHash: string;
}

/**
 * The lanes the failure's own fault(s) interrupted, from the engine's report (the repairs' lanes are the failback,
 * not the takeover); a lane two faults of a pair both touch keeps the later recovery (null, not back, is latest).
 */
export function laneTakeovers(report: RunReport, failureAtMs: number): LaneTakeover[] {
  const byLane = new Map<Lane, number | null>();
  for (const fault of report.faults) {
    if (fault.atMs !== failureAtMs) continue;
    for (const l of fault.lanes) {
      if (!l.interrupted) continue;
      const had = byLane.get(l.lane);
      byLane.set(l.lane, had === undefined ? l.rtoMs : had === null || l.rtoMs === null ? null : Math.max(had, l.rtoMs));
    }
  }
  return [...byLane.entries()].map(([lane, rtoMs]) => ({ lane, rtoMs })).sort((a, b) => (a.lane < b.lane ? -1 : 1));
}

/** Runs one failure in its window, from `seed` (the design's when omitted). */
export function runFailure(design: DesignDoc, failure: FailureCase, window: FailureWindow = DEFAULT_WINDOW, seed = design.seed): FailureRun {
  const repairAt = window.warmupMs + window.holdMs;
  const faults = [failure.fault, ...(failure.also ?? [])].map((fault) => ({ atMs: window.warmupMs, fault })).concat(failure.repairs.map((fault) => ({ atMs: repairAt, fault })));
  const result = runScenario(design, { seed, faults, untilMs: repairAt + window.settleMs });
  return { failure, outcomes: [...serviceOutcomes(result.report, window.warmupMs).values()], lanes: laneTakeovers(result.report, window.warmupMs), eventHash: result.eventHash };
}

/** One cell of the matrix: one failure × one service. */
export interface SweepCell extends Recovery {
  dataLostMs: number;
  /** Still impaired when the repair came: no automatic takeover restored it. */
  downUntilRepair: boolean;
  /** Against the design's target for this service and disruption; absent without a target. */
  verdict?: Verdict;
}

export interface SweepRow {
  failure: FailureCase;
  /** Service → cell; a service the failure did not touch has impactMs 0. */
  cells: Record<string, SweepCell>;
  /** Cells that miss their target. */
  missed: number;
  /** The longest impact of any service (ms). */
  worstImpactMs: number;
  /** The functions it interrupted and when each worked again (the report's lanes). */
  lanes: LaneTakeover[];
  eventHash: string;
}

export interface SweepMatrix {
  seed: number;
  window: FailureWindow;
  /** Every service some failure touched or a target names, sorted. */
  services: string[];
  /** Worst first: most targets missed, then most services down until the repair, then longest impact. */
  rows: SweepRow[];
}

function cellOf(design: DesignDoc, run: FailureRun, service: string, window: FailureWindow): SweepCell {
  const outcome = run.outcomes.find((o) => o.service === service);
  const endMs = window.holdMs + window.settleMs;
  const recovery = recoveryOf(outcome?.intervals ?? [], endMs);
  const dataLostMs = outcome?.dataLostMs ?? 0;
  const downUntilRepair = (outcome?.intervals ?? []).some((i) => i.fromMs < window.holdMs && (i.toMs === null || i.toMs >= window.holdMs));
  const target = targetFor(design.targets, service, run.failure.disruption);
  return { ...recovery, dataLostMs, downUntilRepair, ...(target ? { verdict: evaluateRecovery(target, recovery, dataLostMs) } : {}) };
}

const severity = (row: SweepRow) => [row.missed, Object.values(row.cells).filter((c) => c.downUntilRepair).length, row.worstImpactMs];

/** The matrix of a sweep's runs: rows = failures (worst first), columns = services. */
export function sweepMatrix(design: DesignDoc, runs: readonly FailureRun[], window: FailureWindow = DEFAULT_WINDOW, seed = design.seed): SweepMatrix {
  const named = (design.targets ?? []).map((t) => t.service).filter((s) => s !== '*');
  const services = [...new Set([...runs.flatMap((r) => r.outcomes.map((o) => o.service)), ...named])].sort();
  const rows = runs.map((run): SweepRow => {
    const cells: Record<string, SweepCell> = {};
    for (const service of services) cells[service] = cellOf(design, run, service, window);
    const all = Object.values(cells);
    return { failure: run.failure, cells, missed: all.filter((c) => c.verdict && !c.verdict.pass).length, worstImpactMs: Math.max(0, ...all.map((c) => c.impactMs)), lanes: run.lanes, eventHash: run.eventHash };
  });
  rows.sort((a, b) => {
    const [sa, sb] = [severity(a), severity(b)];
    for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return sb[i]! - sa[i]!;
    return a.failure.id < b.failure.id ? -1 : a.failure.id > b.failure.id ? 1 : 0;
  });
  return { seed, window, services, rows };
}

/**
 * The single-failure sweep (issue 14.2): every failure of `singleFailures`, each run from the same seed,
 * one after the other (the CLI and the app spread `runFailure` over workers and call `sweepMatrix` themselves).
 */
export function sweepFailures(design: DesignDoc, options: Progress & { window?: FailureWindow; seed?: number } = {}): SweepMatrix {
  const window = options.window ?? DEFAULT_WINDOW;
  const seed = options.seed ?? design.seed;
  const failures = singleFailures(design);
  const runs: FailureRun[] = [];
  for (const failure of failures) {
    checkCancelled(options);
    runs.push(runFailure(design, failure, window, seed));
    options.onProgress?.(runs.length, failures.length);
  }
  return sweepMatrix(design, runs, window, seed);
}
