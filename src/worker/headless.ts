import { lessonCopy } from './lessons';
import { overlaySamples } from './overlay';
import type { HeadlessAnswer, HeadlessRequest } from './protocol';

/**
 * One-off engine work the page asks for beside the live run (a lesson's copy, a branch's overlay), answered by a
 * worker of its own (sim.worker.ts; the page's side is state/headless.ts). Unit tests call it in process.
 */
export function answerHeadless(request: HeadlessRequest): HeadlessAnswer {
  switch (request.kind) {
    case 'lesson':
      return { kind: 'lesson', copy: lessonCopy(request.source, request.seed) };
    case 'overlay':
      return { kind: 'overlay', samples: overlaySamples(request.design, request.seed, request.script, request.untilMs) };
  }
}
