/**
 * The CLI's analysis on worker threads (issue 14.5): the app's pool (worker/analysisPool.ts) with Node's
 * worker_threads behind it. The thread runs TypeScript through tsx, as the CLI itself does: no build step.
 */
import { type AnalysisJob, type AnalysisResult, type AnalysisTask, type TaskResult } from '../engine';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AnalysisPool, poolSize, type PoolProgress, type WorkerFactory } from '../worker/analysisPool';
import type { FromAnalysisWorker } from '../worker/protocol';

/**
 * The thread's bootstrap. Node 20 does not apply tsx's loader (`--import tsx`, inherited or in `execArgv`) to a
 * worker's entry file ("Unknown file extension .ts"), so a small script loads tsx's API and imports the entry
 * through it; `createRequire` finds tsx the same way under tsx and under Vitest.
 */
function bootstrap(): string {
  // The ESM build of the API (its "import" export): the CommonJS one cannot import TypeScript modules.
  const pkg = createRequire(import.meta.url).resolve('tsx/package.json');
  const api = new URL('dist/esm/api/index.mjs', pathToFileURL(pkg)).href;
  const entry = new URL('./analysis.thread.ts', import.meta.url).href;
  return `import(${JSON.stringify(api)}).then(({ tsImport }) => tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}))`;
}

const threadFactory: WorkerFactory<AnalysisTask, TaskResult> = (onMessage, onError) => {
  const worker = new Worker(bootstrap(), { eval: true });
  worker.on('message', (message: FromAnalysisWorker) => onMessage(message));
  worker.on('error', (error) => onError(error.message));
  worker.on('exit', (code) => {
    if (code !== 0) onError(`analysis thread exited with code ${code}`);
  });
  return { post: (message) => worker.postMessage(message), terminate: () => void worker.terminate() };
};

/** Threads to use by default: the machine's cores minus one (for this process), at least one. */
export const defaultThreads = (): number => poolSize(availableParallelism());

/** Runs a job on `threads` worker threads; the result equals runJobSerial's (tasks merged in order). */
export async function runJobThreaded(job: AnalysisJob, threads: number, onProgress?: (p: PoolProgress) => void): Promise<AnalysisResult> {
  const pool = new AnalysisPool<AnalysisTask, TaskResult, AnalysisResult>(threads, threadFactory, () => performance.now());
  try {
    return await pool.run('cli', job, onProgress).result;
  } finally {
    pool.dispose();
  }
}
