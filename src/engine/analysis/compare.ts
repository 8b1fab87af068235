import type { DesignDoc } from '../design/schema';
import type { DesignFinding } from '../kits/kit';
import { checkDesign } from '../report/checks';
import type { Lane } from '../report/contract';
import { availability, type AvailabilityResult, type ServiceAvailability } from './availability';
import { singleFailures } from './failures';
import { checkCancelled, type Progress } from './progress';
import { DEFAULT_WINDOW, runFailure, sweepMatrix, type FailureRun, type FailureWindow, type SweepMatrix } from './sweep';

/** What one design's sweep and availability say about one service. */
export interface ServiceSummary {
  /** Failures that impaired it at all, and those it stayed down through until the repair. */
  failuresHurting: number;
  downUntilRepair: number;
  worstImpactMs: number;
  targetsChecked: number;
  targetsMissed: number;
  availability?: Pick<ServiceAvailability, 'availability' | 'ci95' | 'nines' | 'downtimeHoursPerYear'>;
}

/** One lane of one failure: ms until it worked again in A and in B (null: not back by the end; absent: not interrupted). */
export type LaneSide = Side<number | null> & { lane: Lane };

export interface Side<T> {
  a?: T;
  b?: T;
  /** The two columns say different things (or only one design has the row). */
  differs: boolean;
}

export interface Comparison {
  names: [string, string];
  seed: number;
  services: Array<Side<ServiceSummary> & { service: string }>;
  /** Per failure id: its worst impact and targets missed in each design, and per lane when it worked again in each. */
  failures: Array<Side<{ worstImpactMs: number; missed: number }> & { id: string; lanes: LaneSide[] }>;
  /** Design checks by check id and nodes: present in a, in b, or both. */
  findings: Array<Side<DesignFinding> & { key: string }>;
  matrices: [SweepMatrix, SweepMatrix];
}

export interface CompareOptions extends Progress {
  seed?: number;
  window?: FailureWindow;
  /** Simulated years of availability per design; 0 or absent = no availability column. */
  years?: number;
}

function summary(m: SweepMatrix, service: string): ServiceSummary {
  const cells = m.rows.map((r) => r.cells[service]).filter((c) => c !== undefined);
  return {
    failuresHurting: cells.filter((c) => c.impactMs > 0).length,
    downUntilRepair: cells.filter((c) => c.downUntilRepair).length,
    worstImpactMs: Math.max(0, ...cells.map((c) => c.impactMs)),
    targetsChecked: cells.filter((c) => c.verdict).length,
    targetsMissed: cells.filter((c) => c.verdict && !c.verdict.pass).length,
  };
}

const same = <T>(a: T | undefined, b: T | undefined) => a !== undefined && b !== undefined && JSON.stringify(a) === JSON.stringify(b);

function side<T>(a: T | undefined, b: T | undefined): Side<T> {
  return { ...(a === undefined ? {} : { a }), ...(b === undefined ? {} : { b }), differs: !same(a, b) };
}

/** Both designs' single failures, each run from the same seed; the failures only one design has run there only. */
function sweepBoth(a: DesignDoc, b: DesignDoc, seed: number, window: FailureWindow, progress: Progress): [SweepMatrix, SweepMatrix] {
  const lists = [singleFailures(a), singleFailures(b)] as const;
  const total = lists[0].length + lists[1].length;
  let done = 0;
  const runs = [a, b].map((design, i) =>
    lists[i]!.map((failure): FailureRun => {
      checkCancelled(progress);
      const run = runFailure(design, failure, window, seed);
      progress.onProgress?.(++done, total);
      return run;
    }),
  );
  return [sweepMatrix(a, runs[0]!, window, seed), sweepMatrix(b, runs[1]!, window, seed)];
}

const findingKey = (f: DesignFinding) => `${f.checkId}|${[...f.nodes].sort().join(',')}`;

/** Two designs side by side (issue 14.4): same failures, same seed; every row says whether the two columns differ. */
export function compareDesigns(a: DesignDoc, b: DesignDoc, options: CompareOptions = {}): Comparison {
  const seed = options.seed ?? a.seed;
  const window = options.window ?? DEFAULT_WINDOW;
  const [ma, mb] = sweepBoth(a, b, seed, window, options);
  const years = options.years ?? 0;
  const [aa, ab] = years > 0 ? [availability(a, { years, seed, ...(options.isCancelled ? { isCancelled: options.isCancelled } : {}) }), availability(b, { years, seed, ...(options.isCancelled ? { isCancelled: options.isCancelled } : {}) })] : [undefined, undefined];
  return comparisonOf(a, b, seed, [ma, mb], aa && ab ? [aa, ab] : undefined);
}

/** The comparison of two designs from their sweeps (and availabilities), however these were run. */
export function comparisonOf(a: DesignDoc, b: DesignDoc, seed: number, [ma, mb]: [SweepMatrix, SweepMatrix], availabilities?: [AvailabilityResult, AvailabilityResult]): Comparison {
  const [aa, ab] = availabilities ?? [undefined, undefined];
  const withAvailability = (s: ServiceSummary | undefined, list: readonly ServiceAvailability[] | undefined, service: string): ServiceSummary | undefined => {
    const found = list?.find((x) => x.service === service);
    if (!s || !found) return s;
    return { ...s, availability: { availability: found.availability, ci95: found.ci95, nines: found.nines, downtimeHoursPerYear: found.downtimeHoursPerYear } };
  };
  const services = [...new Set([...ma.services, ...mb.services])].sort().map((service) => ({
    service,
    ...side(withAvailability(ma.services.includes(service) ? summary(ma, service) : undefined, aa?.services, service), withAvailability(mb.services.includes(service) ? summary(mb, service) : undefined, ab?.services, service)),
  }));
  const rowOf = (m: SweepMatrix, id: string) => {
    const r = m.rows.find((x) => x.failure.id === id);
    return r ? { worstImpactMs: r.worstImpactMs, missed: r.missed } : undefined;
  };
  const lanesOf = (m: SweepMatrix, id: string) => new Map((m.rows.find((x) => x.failure.id === id)?.lanes ?? []).map((l) => [l.lane, l.rtoMs] as const));
  const laneSides = (id: string): LaneSide[] => {
    const [la, lb] = [lanesOf(ma, id), lanesOf(mb, id)];
    return [...new Set([...la.keys(), ...lb.keys()])].sort().map((lane) => ({ lane, ...side(la.get(lane), lb.get(lane)) }));
  };
  const ids = [...new Set([...ma.rows, ...mb.rows].map((r) => r.failure.id))].sort();
  const failures = ids.map((id) => {
    const lanes = laneSides(id);
    const row = side(rowOf(ma, id), rowOf(mb, id));
    // A takeover that differs makes the row differ even when the worst impact is the same.
    return { id, ...row, differs: row.differs || lanes.some((l) => l.differs), lanes };
  });
  const [fa, fb] = [checkDesign(a), checkDesign(b)];
  const keys = [...new Set([...fa, ...fb].map(findingKey))].sort();
  const findings = keys.map((key) => {
    const x = fa.find((f) => findingKey(f) === key);
    const y = fb.find((f) => findingKey(f) === key);
    return { key, ...(x ? { a: x } : {}), ...(y ? { b: y } : {}), differs: !x || !y };
  });
  return { names: [a.name, b.name], seed, services, failures, findings, matrices: [ma, mb] };
}
