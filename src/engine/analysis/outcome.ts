import type { ImpactKind } from '../report/contract';
import type { RunReport } from '../report/report';

/** One impact of a service, in ms relative to the failure (toMs null: still impaired when the run ended). */
export interface ServiceInterval {
  kind: ImpactKind;
  fromMs: number;
  toMs: number | null;
}

/** What one run did to one service, counted from the failure. */
export interface ServiceOutcome {
  service: string;
  intervals: ServiceInterval[];
  /** The largest span of data lost (ms) the run credits to this service; 0 = none. */
  dataLostMs: number;
}

/**
 * What a run's report says per service, from the moment `failureAtMs` on: THE one place the analysis reads a
 * report (the sweep, targets and availability only see ServiceOutcome). It reads the faults' `impacts` and
 * `rpoMs`; the data lost is credited to every service the fault hurt (the report does not say which service lost
 * it). It stays on the impacts, not the report's lanes (report/lanes.ts), on purpose: a lane is a function
 * (sync, mailDb, rest, db…) with steps and one RTO, not a service, and it holds no unavailable/degraded/stale
 * intervals, which the availability's down time and the DR pass rule (restored AND stays restored) need. Reading
 * lanes would change correct results; if the report gains per-service intervals, only this function changes.
 */
export function serviceOutcomes(report: RunReport, failureAtMs: number): Map<string, ServiceOutcome> {
  const out = new Map<string, ServiceOutcome>();
  const entry = (service: string) => {
    let o = out.get(service);
    if (!o) out.set(service, (o = { service, intervals: [], dataLostMs: 0 }));
    return o;
  };
  for (const fault of report.faults) {
    if (fault.atMs < failureAtMs) continue;
    for (const i of fault.impacts) {
      if (i.toMs !== null && i.toMs <= failureAtMs) continue;
      entry(i.service).intervals.push({ kind: i.kind, fromMs: Math.max(0, i.fromMs - failureAtMs), toMs: i.toMs === null ? null : i.toMs - failureAtMs });
    }
    if (fault.rpoMs > 0) {
      for (const service of fault.servicesHurt.length > 0 ? fault.servicesHurt : ['system']) {
        const o = entry(service);
        o.dataLostMs = Math.max(o.dataLostMs, fault.rpoMs);
      }
    }
  }
  for (const o of out.values()) o.intervals.sort((a, b) => a.fromMs - b.fromMs);
  return out;
}
