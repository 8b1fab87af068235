import { type DesignDoc, type FaultReport, type RunReport, serviceOutcomes, recoveryOf, disruptionOf, evaluateRecovery, targetFor, type Recovery, type Verdict } from '../engine';

/** One service a fault hurt: how it recovered and, when the design sets a target for it, whether it met it. */
export interface ServiceVerdict {
  service: string;
  recovery: Recovery;
  dataLostMs: number;
  verdict?: Verdict;
}

/**
 * Each service one fault hurt, judged as the analysis judges a failure (issue 14's rule: restored within the RTO
 * and still restored at the end, no more data lost than the RPO), from the fault until the end of the run.
 */
export function faultVerdicts(design: DesignDoc, report: RunReport, fault: FaultReport): ServiceVerdict[] {
  const own = serviceOutcomes({ ...report, faults: [fault] }, fault.atMs);
  const endMs = report.untilMs - fault.atMs;
  const disruption = disruptionOf(fault.fault);
  return [...own.values()]
    .sort((a, b) => (a.service < b.service ? -1 : a.service > b.service ? 1 : 0))
    .map((o) => {
      const recovery = recoveryOf(o.intervals, endMs);
      const target = targetFor(design.targets, o.service, disruption);
      return { service: o.service, recovery, dataLostMs: o.dataLostMs, ...(target ? { verdict: evaluateRecovery(target, recovery, o.dataLostMs) } : {}) };
    });
}

/** What the cover's verdict paragraph says: how many recoveries were judged, how many missed, which. */
export interface DrillVerdict {
  faults: number;
  judged: number;
  missed: Array<{ faultIndex: number; service: string; verdict: Verdict }>;
  notRestored: number;
  /** The slowest recovery of any service (ms); null when one never recovered. */
  worstRecoveredMs: number | null;
}

export function drillVerdict(design: DesignDoc, report: RunReport): DrillVerdict {
  const all = report.faults.flatMap((fault, faultIndex) => faultVerdicts(design, report, fault).map((v) => ({ ...v, faultIndex })));
  const judged = all.filter((v) => v.verdict);
  const never = all.filter((v) => v.recovery.recoveredMs === null);
  return {
    faults: report.faults.length,
    judged: judged.length,
    missed: judged.filter((v) => !v.verdict!.pass).map((v) => ({ faultIndex: v.faultIndex, service: v.service, verdict: v.verdict! })),
    notRestored: never.length,
    worstRecoveredMs: never.length > 0 ? null : Math.max(0, ...all.map((v) => v.recovery.recoveredMs ?? 0)),
  };
}
