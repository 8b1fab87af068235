/**
 * One of the CLI's analysis worker threads (issue 14.5): the same messages as the app's analysis worker
 * (worker/protocol.ts), one engine run each. Started by analysisThreads.ts under tsx's loader.
 */
import { runTask } from '../engine';
import { parentPort } from 'node:worker_threads';
import type { FromAnalysisWorker, ToAnalysisWorker } from '../worker/protocol';

parentPort?.on('message', ({ taskId, task }: ToAnalysisWorker) => {
  let answer: FromAnalysisWorker;
  try {
    answer = { type: 'taskDone', taskId, result: runTask(task) };
  } catch (error) {
    answer = { type: 'taskFailed', taskId, message: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(answer);
});
