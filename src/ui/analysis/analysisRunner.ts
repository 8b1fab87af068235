/**
 * Runs the analyses in the browser (issue 14.5): a pool of analysis workers beside the live one (the cores minus
 * one, at least one), so the live canvas keeps its frame rate; results cached by the request's hash.
 */
import { planJob, requestKey, type AnalysisRequest, type AnalysisResult, type AnalysisTask, type TaskResult, AnalysisCancelled } from '../../engine';
import { AnalysisPool, poolSize, type PoolRun, type WorkerFactory } from '../../worker/analysisPool';
import type { FromAnalysisWorker, ToAnalysisWorker } from '../../worker/protocol';
import { setAnalysis } from './analysisStore';

const browserWorker: WorkerFactory<AnalysisTask, TaskResult> = (onMessage, onError) => {
  const worker = new Worker(new URL('../../worker/analysis.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<FromAnalysisWorker>) => onMessage(event.data);
  worker.onerror = (event) => onError(event.message || 'the analysis worker stopped');
  return { post: (message: ToAnalysisWorker) => worker.postMessage(message), terminate: () => worker.terminate() };
};

export const ANALYSIS_WORKERS = poolSize(typeof navigator === 'undefined' ? undefined : navigator.hardwareConcurrency);

let pool: AnalysisPool<AnalysisTask, TaskResult, AnalysisResult> | undefined;
let current: PoolRun<AnalysisResult> | undefined;

function thePool(): AnalysisPool<AnalysisTask, TaskResult, AnalysisResult> {
  pool ??= new AnalysisPool(ANALYSIS_WORKERS, browserWorker, () => performance.now());
  return pool;
}

/** How many engine runs a request takes (the pairs' count is confirmed before it starts). */
export const taskCount = (req: AnalysisRequest): number => planJob(req).tasks.length;

/** Starts an analysis (one at a time: a new one cancels the one running) and puts its result in the store. */
export function startAnalysis(req: AnalysisRequest): void {
  // The pool may report progress before `run` returns (a cached result): that first report is not needed.
  let run: PoolRun<AnalysisResult> | undefined = undefined;
  run = thePool().run(requestKey(req), planJob(req), (progress) => {
    if (run !== undefined && current === run) setAnalysis((s) => (s.running ? { running: { ...s.running, progress } } : {}));
  });
  const own = run;
  current = own;
  setAnalysis({ running: { kind: req.kind, progress: null, workers: ANALYSIS_WORKERS }, stopped: null });
  own.result.then(
    (result) => {
      if (current !== own) return;
      current = undefined;
      const cached = own.cached;
      const design = req.design;
      if (result.kind === 'sweep') setAnalysis({ running: null, sweep: { matrix: result.matrix, pairs: req.kind === 'sweep' && req.pairs === true, cached, design } });
      else if (result.kind === 'availability') setAnalysis({ running: null, availability: { result: result.result, cached, design } });
      else if (req.kind === 'compare') setAnalysis({ running: null, compare: { comparison: result.comparison, cached, design, other: req.other } });
    },
    (error: unknown) => {
      if (current !== own) return;
      current = undefined;
      const cancelled = error instanceof AnalysisCancelled;
      setAnalysis({ running: null, stopped: { kind: req.kind, reason: cancelled ? 'cancelled' : 'failed', ...(cancelled ? {} : { message: error instanceof Error ? error.message : String(error) }) } });
    },
  );
}

export function cancelAnalysis(): void {
  current?.cancel();
}
