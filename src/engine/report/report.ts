import type { SimEvent } from '../events';
import type { Fault } from '../faults/catalogue';
import type { SampleBlock } from '../sim/samples';
import { metaOf } from '../kits/catalog';
import { impactOf, LAG_GAUGE_PREFIXES, type ImpactKind } from './contract';
import { buildLanes, restores, type Finding, type LaneReport } from './lanes';
import { stillDownIndex, type StillDown } from './stillDown';

export type { Finding, LaneReport, LaneStep } from './lanes';

export interface ImpactInterval {
  service: string;
  kind: ImpactKind;
  fromMs: number;
  /** null: still impaired when the run ended. */
  toMs: number | null;
  /**
   * 'event': a 'service.*' event said so; 'lag': a lag gauge stayed above the stale threshold; 'metric': the
   * whole-system error rate (service "system") was above 0.1 % (degraded) or at 100 % (unavailable).
   */
  source: 'event' | 'lag' | 'metric';
}

export interface DataLoss {
  subject: string;
  what: string;
  lostMs: number;
}

export interface FaultReport {
  eventId: number;
  atMs: number;
  fault: Fault;
  impacts: ImpactInterval[];
  servicesHurt: string[];
  /**
   * The headline: fault → the service users see is back (every impact interval ended, every user-visible lane
   * restored), not the end of the slowest background work (a JMS migration, the Admin Server); null when an
   * impact lasted to the end of the run.
   */
  serviceRestoredMs: number | null;
  /** Fault → every service it hurt restored; 0 when it hurt nothing, null when not restored by the end. */
  rtoMs: number | null;
  /** The largest span of data lost (0 = none): the RPO this fault achieved. */
  rpoMs: number;
  dataLost: DataLoss[];
  /**
   * How much the whole-system loss counters (LOSS_COUNTERS: sessions lost, transactions failed) grew between
   * this fault and the next one (or the end of the run); only counters that grew are listed.
   */
  losses: Record<string, number>;
  /** One lane per function the fault touched (see contract.ts), in the order they were first touched. */
  lanes: LaneReport[];
  /** Conditions outside the supported range that the fault caused (e.g. an RTT above 10 ms, WL-3). */
  findings: Finding[];
}

/** Whole-system gauges that count losses since the start of the run (metric keys of the brief). */
export const LOSS_COUNTERS: readonly string[] = ['sessionsLost', 'txFailed'];

export interface MetricSummary {
  min: number;
  max: number;
  mean: number;
  last: number;
}

export interface RunReport {
  untilMs: number;
  eventCount: number;
  faults: FaultReport[];
  /** Impacts that no fault explains (none happened before them). */
  unattributed: ImpactInterval[];
  /** Findings no fault caused (afterMs = t). */
  findings: Finding[];
  /** Whole-system metrics (keys without ':'), over the run. */
  metrics: Record<string, MetricSummary>;
}

export interface ReportOptions {
  /**
   * A lag gauge above this counts as stale data. Default: twice the highest lag of that gauge before the
   * first fault (its normal sawtooth, e.g. the Sync interval), at least 5 s.
   */
  staleAfterMs?: number;
}

/**
 * The run report, built only from the event log, the event metadata and the metric samples (see contract.ts
 * for the rules kits follow). Each impact, lane step, finding and data loss is credited to the fault its cause
 * chain leads back to; an impact whose chain leads nowhere is credited to the latest fault before it.
 */
export function buildReport(events: readonly SimEvent[], samples: SampleBlock, untilMs: number, options: ReportOptions = {}): RunReport {
  const rootFault = rootFinder(events);
  const faults = events.filter((e) => e.type === 'fault.injected');
  const byId = new Map<number, FaultReport>(faults.map((e) => [e.id, emptyFaultReport(e)]));
  const latestFaultAt = (t: number) => [...faults].reverse().find((f) => f.t <= t)?.id;
  const unattributed: ImpactInterval[] = [];
  const credit = (interval: ImpactInterval, cause: number | null) => {
    const faultId = (cause !== null ? rootFault(cause) : undefined) ?? latestFaultAt(interval.fromMs);
    const report = faultId === undefined ? undefined : byId.get(faultId);
    if (report) report.impacts.push(interval);
    else unattributed.push(interval);
  };
  for (const [interval, cause] of eventImpacts(events)) credit(interval, cause);
  for (const interval of lagImpacts(samples, options.staleAfterMs, faults[0]?.t ?? untilMs)) credit(interval, null);
  for (const interval of errorRateImpacts(samples)) credit(interval, null);
  const lanes = buildLanes(events, { rootFault, faultAt: (id) => byId.get(id)?.atMs });
  for (const [id, report] of byId) {
    report.lanes = lanes.lanes.get(id) ?? [];
    report.findings = lanes.findings.get(id) ?? [];
  }
  for (const e of events) {
    if (e.type !== 'data.lost') continue;
    const report = byId.get(rootFault(e.id) ?? -1);
    report?.dataLost.push({ subject: e.subject, what: e.what, lostMs: e.lostMs });
  }
  addLosses([...byId.values()], samples);
  const stillDown = stillDownIndex(events);
  for (const report of byId.values()) finish(report, stillDown);
  return { untilMs, eventCount: events.length, faults: [...byId.values()], unattributed, findings: lanes.runFindings, metrics: summarise(samples) };
}

function emptyFaultReport(e: Extract<SimEvent, { type: 'fault.injected' }>): FaultReport {
  return { eventId: e.id, atMs: e.t, fault: e.fault, impacts: [], servicesHurt: [], serviceRestoredMs: 0, rtoMs: 0, rpoMs: 0, dataLost: [], losses: {}, lanes: [], findings: [] };
}

/** id → the 'fault.injected' event its cause chain starts from (memoised; chains only point backwards). */
export function rootFinder(events: readonly SimEvent[]): (id: number) => number | undefined {
  const byId = new Map(events.map((e) => [e.id, e]));
  const memo = new Map<number, number | undefined>();
  const find = (id: number): number | undefined => {
    if (memo.has(id)) return memo.get(id);
    const path: number[] = [];
    let current = byId.get(id);
    let root: number | undefined;
    while (current) {
      if (memo.has(current.id)) {
        root = memo.get(current.id);
        break;
      }
      path.push(current.id);
      if (current.type === 'fault.injected') {
        root = current.id;
        break;
      }
      current = current.cause === null ? undefined : byId.get(current.cause);
    }
    for (const p of path) memo.set(p, root);
    return root;
  };
  return find;
}

/** Impact intervals from 'service.*' events, with the cause of the event that opened each. */
export function eventImpacts(events: readonly SimEvent[]): Array<[ImpactInterval, number | null]> {
  const open = new Map<string, [ImpactInterval, number | null]>();
  const done: Array<[ImpactInterval, number | null]> = [];
  for (const e of events) {
    const impact = impactOf(e);
    if (impact === undefined) continue;
    const current = open.get(e.subject);
    if (current) {
      current[0].toMs = e.t;
      done.push(current);
      open.delete(e.subject);
    }
    if (impact !== 'restored') open.set(e.subject, [{ service: e.subject, kind: impact, fromMs: e.t, toMs: null, source: 'event' }, e.id]);
  }
  return [...done, ...open.values()].sort((a, b) => a[0].fromMs - b[0].fromMs);
}

/** The whole system's error rate as impact intervals of the service "system". */
function errorRateImpacts(samples: SampleBlock): ImpactInterval[] {
  const out: ImpactInterval[] = [];
  const column = samples.keys.indexOf('errorRate');
  if (column < 0) return out;
  let open: ImpactInterval | undefined;
  for (const row of samples.rows) {
    const rate = row.values[column]!;
    const kind: ImpactKind | undefined = rate >= 0.999 ? 'unavailable' : rate > 0.001 ? 'degraded' : undefined;
    if (open && open.kind !== kind) {
      open.toMs = row.t;
      out.push(open);
      open = undefined;
    }
    if (kind && !open) open = { service: 'system', kind, fromMs: row.t, toMs: null, source: 'metric' };
  }
  return open ? [...out, open] : out;
}

/** The lag gauges' columns, in key order, with the service each one is about. */
function lagColumns(keys: readonly string[]): Array<{ key: string; column: number; service: string }> {
  const out: Array<{ key: string; column: number; service: string }> = [];
  keys.forEach((key, column) => {
    const prefix = LAG_GAUGE_PREFIXES.find((p) => key.startsWith(p));
    if (prefix !== undefined) out.push({ key, column, service: key.slice(prefix.length) });
  });
  return out;
}

/** The normal peak of each lag gauge (ms) before `beforeMs`. */
function normalLag(samples: SampleBlock, beforeMs: number): Map<string, number> {
  const peak = new Map<string, number>();
  const lags = lagColumns(samples.keys);
  for (const row of samples.rows) {
    if (row.t >= beforeMs) break;
    for (const { key, column } of lags) peak.set(key, Math.max(peak.get(key) ?? 0, row.values[column]! * 1000));
  }
  return peak;
}

/** Stale intervals from lag gauges (seconds) staying above their threshold. */
function lagImpacts(samples: SampleBlock, staleAfterMs: number | undefined, firstFaultMs: number): ImpactInterval[] {
  const open = new Map<string, ImpactInterval>();
  const out: ImpactInterval[] = [];
  const normal = normalLag(samples, firstFaultMs);
  const lags = lagColumns(samples.keys);
  for (const row of samples.rows) {
    for (const { key, column, service } of lags) {
      const threshold = staleAfterMs ?? Math.max(5000, 2 * (normal.get(key) ?? 0));
      const stale = row.values[column]! * 1000 > threshold;
      const current = open.get(key);
      if (stale && !current) open.set(key, { service, kind: 'stale', fromMs: row.t, toMs: null, source: 'lag' });
      if (!stale && current) {
        current.toMs = row.t;
        out.push(current);
        open.delete(key);
      }
    }
  }
  return [...out, ...open.values()];
}

/** The value of a gauge at the last sample at or before `t` (0 before the first). */
function valueAt(samples: SampleBlock, key: string, t: number): number {
  const column = samples.keys.indexOf(key);
  let value = 0;
  if (column < 0) return value;
  for (const row of samples.rows) {
    if (row.t > t) break;
    value = row.values[column]!;
  }
  return value;
}

function addLosses(reports: FaultReport[], samples: SampleBlock): void {
  const end = samples.rows.at(-1)?.t ?? 0;
  reports.forEach((report, i) => {
    const until = reports.slice(i + 1).find((r) => r.atMs > report.atMs)?.atMs ?? end + 1;
    for (const key of LOSS_COUNTERS) {
      const grew = valueAt(samples, key, until - 1) - valueAt(samples, key, report.atMs);
      if (grew > 0) report.losses[key] = grew;
    }
  });
}

function finish(report: FaultReport, stillDown: StillDown): void {
  report.impacts.sort((a, b) => a.fromMs - b.fromMs);
  report.servicesHurt = [...new Set(report.impacts.map((i) => i.service))];
  const ongoing = report.impacts.some((i) => i.toMs === null);
  const lastEnd = Math.max(report.atMs, ...report.impacts.map((i) => i.toMs ?? 0));
  report.rtoMs = ongoing ? null : lastEnd - report.atMs;
  report.serviceRestoredMs = serviceRestoredAfter(report, stillDown);
  report.rpoMs = Math.max(0, ...report.dataLost.map((d) => d.lostMs));
}

/**
 * The headline of a fault (the report's and the live view's): fault → every impact interval ended and every
 * user-visible lane restored; null while an impact is open or a user-visible lane is still down (see stillDown.ts).
 */
export function serviceRestoredAfter(report: Pick<FaultReport, 'atMs' | 'impacts' | 'lanes'>, stillDown: StillDown): number | null {
  if (report.impacts.some((i) => i.toMs === null)) return null;
  if (report.lanes.some((l) => l.userVisible && stillDown(l))) return null;
  const lastEnd = Math.max(report.atMs, ...report.impacts.map((i) => i.toMs ?? 0));
  const visibleBack = report.lanes.flatMap((l) => l.steps).filter((s) => s.credit === 'cause' && metaOf(s.type).userVisible === true && restores(s));
  return Math.max(lastEnd - report.atMs, ...visibleBack.map((s) => s.afterMs));
}

function summarise(samples: SampleBlock): Record<string, MetricSummary> {
  const out: Record<string, MetricSummary> = {};
  if (samples.rows.length === 0) return out;
  samples.keys.forEach((key, column) => {
    if (key.includes(':')) return;
    let min = Infinity;
    let max = -Infinity;
    let sum = 0;
    for (const row of samples.rows) {
      const value = row.values[column]!;
      min = Math.min(min, value);
      max = Math.max(max, value);
      sum += value;
    }
    out[key] = { min, max, mean: sum / samples.rows.length, last: samples.rows.at(-1)!.values[column]! };
  });
  return out;
}
