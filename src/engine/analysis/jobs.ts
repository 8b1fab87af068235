/**
 * An analysis (sweep, availability, comparison) as independent engine runs plus a merge (issue 14.5): the app's
 * worker pool and the CLI's worker threads run the tasks anywhere, in any order, and `merge` takes the results in
 * task order, so every way of running a job gives the same result as `runJobSerial`.
 */
import type { DesignDoc } from '../design/schema';
import { availability, availabilityPlans, type AvailabilityResult } from './availability';
import { comparisonOf, type Comparison } from './compare';
import { DEFAULT_EPISODE_WINDOW, simulateEpisode, type EpisodeImpact, type EpisodePlan, type EpisodeWindow } from './episode';
import type { FailureCase } from './failureCase';
import { pairFailures, singleFailures } from './failures';
import { withoutLayout } from './analysisText';
import { checkCancelled, type Progress } from './progress';
import { DEFAULT_WINDOW, runFailure, sweepMatrix, type FailureRun, type FailureWindow, type SweepMatrix } from './sweep';

/** What the user asks for. Everything a result depends on is here: its hash is the cache key. */
export type AnalysisRequest =
  | { kind: 'sweep'; design: DesignDoc; seed: number; pairs?: boolean; window?: FailureWindow }
  | { kind: 'availability'; design: DesignDoc; seed: number; years: number }
  | { kind: 'compare'; design: DesignDoc; other: DesignDoc; seed: number; years: number };

export type AnalysisResult =
  | { kind: 'sweep'; matrix: SweepMatrix }
  | { kind: 'availability'; result: AvailabilityResult }
  | { kind: 'compare'; comparison: Comparison };

/** One engine run: serializable, so it crosses to a worker as it is. */
export type AnalysisTask =
  | { kind: 'failure'; design: DesignDoc; failure: FailureCase; window: FailureWindow; seed: number }
  | { kind: 'episode'; design: DesignDoc; plan: EpisodePlan; window: EpisodeWindow; seed: number };

export type TaskResult = { kind: 'failure'; run: FailureRun } | { kind: 'episode'; key: string; impact: EpisodeImpact };

export interface AnalysisJob {
  tasks: AnalysisTask[];
  /** Results in task order (whoever ran them) → the analysis result. */
  merge(results: readonly TaskResult[]): AnalysisResult;
}

/** Runs one task: the only engine call a worker makes. */
export function runTask(task: AnalysisTask): TaskResult {
  if (task.kind === 'failure') return { kind: 'failure', run: runFailure(task.design, task.failure, task.window, task.seed) };
  return { kind: 'episode', key: task.plan.key, impact: simulateEpisode(task.design, task.plan, task.window, task.seed) };
}

const failureRuns = (results: readonly TaskResult[]): FailureRun[] => results.flatMap((r) => (r.kind === 'failure' ? [r.run] : []));

function episodeCache(results: readonly TaskResult[]): Map<string, EpisodeImpact> {
  return new Map(results.flatMap((r) => (r.kind === 'episode' ? [[r.key, r.impact] as const] : [])));
}

function sweepTasks(design: DesignDoc, failures: readonly FailureCase[], window: FailureWindow, seed: number): AnalysisTask[] {
  return failures.map((failure) => ({ kind: 'failure', design, failure, window, seed }));
}

function availabilityTasks(design: DesignDoc, seed: number, years: number): AnalysisTask[] {
  return availabilityPlans(design, { years, seed }).map((plan) => ({ kind: 'episode', design, plan, window: DEFAULT_EPISODE_WINDOW, seed }));
}

/** The single failures (and, when asked, every pair) a sweep of `design` runs. */
export function sweepFailureList(design: DesignDoc, pairs = false): FailureCase[] {
  return pairs ? [...singleFailures(design), ...pairFailures(design)] : singleFailures(design);
}

/** The tasks of a request and how their results become its answer. */
export function planJob(req: AnalysisRequest): AnalysisJob {
  switch (req.kind) {
    case 'sweep': {
      const window = req.window ?? DEFAULT_WINDOW;
      return {
        tasks: sweepTasks(req.design, sweepFailureList(req.design, req.pairs), window, req.seed),
        merge: (results) => ({ kind: 'sweep', matrix: sweepMatrix(req.design, failureRuns(results), window, req.seed) }),
      };
    }
    case 'availability':
      return {
        tasks: availabilityTasks(req.design, req.seed, req.years),
        merge: (results) => ({ kind: 'availability', result: availability(req.design, { years: req.years, seed: req.seed, cache: episodeCache(results) }) }),
      };
    case 'compare': {
      const { design: a, other: b, seed, years } = req;
      const sweeps = [sweepTasks(a, singleFailures(a), DEFAULT_WINDOW, seed), sweepTasks(b, singleFailures(b), DEFAULT_WINDOW, seed)] as const;
      const avail = years > 0 ? [availabilityTasks(a, seed, years), availabilityTasks(b, seed, years)] : [[], []];
      const sizes = [sweeps[0].length, sweeps[1].length, avail[0]!.length, avail[1]!.length];
      const at = (i: number) => sizes.slice(0, i).reduce((s, n) => s + n, 0);
      return {
        tasks: [...sweeps[0], ...sweeps[1], ...avail[0]!, ...avail[1]!],
        merge: (results) => {
          const part = (i: number) => results.slice(at(i), at(i) + sizes[i]!);
          const matrices: [SweepMatrix, SweepMatrix] = [sweepMatrix(a, failureRuns(part(0)), DEFAULT_WINDOW, seed), sweepMatrix(b, failureRuns(part(1)), DEFAULT_WINDOW, seed)];
          const availabilities: [AvailabilityResult, AvailabilityResult] | undefined =
            years > 0 ? [availability(a, { years, seed, cache: episodeCache(part(2)) }), availability(b, { years, seed, cache: episodeCache(part(3)) })] : undefined;
          return { kind: 'compare', comparison: comparisonOf(a, b, seed, matrices, availabilities) };
        },
      };
    }
  }
}

/** The reference: every task in order on this thread. */
export function runJobSerial(job: AnalysisJob, progress: Progress = {}): AnalysisResult {
  const results: TaskResult[] = [];
  for (const task of job.tasks) {
    checkCancelled(progress);
    results.push(runTask(task));
    progress.onProgress?.(results.length, job.tasks.length);
  }
  return job.merge(results);
}


/** The cache key of a request: a 64-bit FNV-style hash of its JSON (the design without layout, and every parameter). */
export function requestKey(req: AnalysisRequest): string {
  const text = JSON.stringify(req, withoutLayout);
  let h1 = 0x811c9dc5;
  let h2 = 0xcbf29ce4;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return `${req.kind}:${h1.toString(16).padStart(8, '0')}${h2.toString(16).padStart(8, '0')}`;
}
