import type { HeadlessAnswer, HeadlessRequest } from '../worker/protocol';
import { startSimWorker } from '../worker/client';

/** Runs one request and answers it (or rejects with the worker's error). */
export type HeadlessRunner = (request: HeadlessRequest) => Promise<HeadlessAnswer>;

/**
 * A worker of its own per request, closed once it answered (as the throughput sweep does): the live run's worker
 * keeps playing meanwhile, and the page never runs the engine (it would download it at start, bench row 5, and
 * freeze while a lesson's copy or a long branch is re-run).
 */
const inWorker: HeadlessRunner = (request) =>
  new Promise((resolve, reject) => {
    let settled = false;
    const settle = (done: () => void) => {
      if (settled) return;
      settled = true;
      client.dispose();
      done();
    };
    const client = startSimWorker(
      (messages) => {
        for (const m of messages) {
          if (m.type === 'headless') settle(() => resolve(m.answer));
          else if (m.type === 'error') settle(() => reject(new Error(m.message)));
        }
      },
      (failure) => settle(() => reject(new Error(failure.kind === 'error' ? failure.reason : 'the worker stopped'))),
    );
    client.send({ type: 'headless', request });
  });

let runner: HeadlessRunner = inWorker;

/** The answer to a request, typed by its kind. */
export async function runHeadless<K extends HeadlessRequest['kind']>(request: Extract<HeadlessRequest, { kind: K }>): Promise<Extract<HeadlessAnswer, { kind: K }>> {
  const answer = await runner(request);
  if (answer.kind !== request.kind) throw new Error(`asked for '${request.kind}', answered '${answer.kind}'`);
  return answer as Extract<HeadlessAnswer, { kind: K }>;
}

/** Unit tests (Node has no Worker): answer in process with the worker's own function (worker/headless.ts). */
export function setHeadlessRunner(next: HeadlessRunner | undefined): void {
  runner = next ?? inWorker;
}
