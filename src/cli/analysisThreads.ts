/**
 * The CLI's analysis on worker threads (issue 14.5): the app's pool (worker/analysisPool.ts) with Node's
 * worker_threads behind it. The thread's TypeScript is bundled once per process by esbuild (the compiler tsx
 * and Vite already run on) and every thread starts from that bundle: no build step, and a thread is ready in
 * ≈ 0.1 s. Loading each thread through tsx instead took 1.5–4 s per thread, all of it compiling the same
 * files again, so 2 threads finished a sweep later than 1 (bench row "7 analysis").
 */
import { type AnalysisJob, type AnalysisResult, type AnalysisTask, type TaskResult } from '../engine';
import { buildSync } from 'esbuild';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AnalysisPool, poolSize, type PoolProgress, type WorkerFactory } from '../worker/analysisPool';
import type { FromAnalysisWorker } from '../worker/protocol';

let bundled: string | undefined;

/** analysis.thread.ts and everything it imports as one CommonJS script (what `eval: true` runs), built once. */
export function threadCode(): string {
  if (bundled === undefined) {
    const entry = fileURLToPath(new URL('./analysis.thread.ts', import.meta.url));
    const out = buildSync({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', target: 'node20', write: false, logLevel: 'silent' });
    bundled = out.outputFiles[0]!.text;
  }
  return bundled;
}

const threadFactory: WorkerFactory<AnalysisTask, TaskResult> = (onMessage, onError) => {
  const worker = new Worker(threadCode(), { eval: true });
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
