/// <reference lib="webworker" />
import { runTask } from '../engine';
import type { FromAnalysisWorker, ToAnalysisWorker } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

/** One of the analysis pool's workers (issue 14.5): one engine run per message, answered by its id. */
self.onmessage = (event: MessageEvent<ToAnalysisWorker>) => {
  const { taskId, task } = event.data;
  let answer: FromAnalysisWorker;
  try {
    answer = { type: 'taskDone', taskId, result: runTask(task) };
  } catch (error) {
    answer = { type: 'taskFailed', taskId, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(answer);
};
