import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BUILTIN_LESSONS } from '../templates/lessons';
import { memoryStore } from './persistence/kv';
import { setLibraryStore } from './persistence/session';
import { changeLessonSeed, nextStep, openBuiltinLesson, openLessonText, revealStep } from './lessons';
import { answerHeadless } from '../worker/headless';
import { setHeadlessRunner } from './headless';
import { simulation } from './simulation';
import { useAppStore } from './store';

// A lesson copy is a few minutes of a topology simulated headless: room on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

let ids = 0;
beforeEach(() => {
  // Node has no Worker: the copies are prepared in process, by the function the worker runs.
  setHeadlessRunner(async (request) => answerHeadless(request));
  setLibraryStore(memoryStore(), () => 0, () => `doc${++ids}`);
  // Node has no sessionStorage: the write-ahead copy of an edit is not what these tests are about.
  vi.stubGlobal('sessionStorage', { getItem: () => null, setItem: () => {}, removeItem: () => {} });
  useAppStore.setState({ lesson: null, lessonIssues: null });
});

describe('a lesson in the app', () => {
  it('OT-4, OT-5: open a copy, predict, reveal on the live run, go on to the summary', async () => {
    const runScriptFile = vi.spyOn(simulation, 'runScriptFile');
    const seek = vi.spyOn(simulation, 'seek');
    await openBuiltinLesson('ontime-takeover', 5);
    const session = useAppStore.getState().lesson!;
    expect(useAppStore.getState().design.nodes.find((n) => n.id === 'OT1')?.params.takeoverAfterMs).toBe(session.prepared.values.takeoverMs);
    expect(useAppStore.getState().highlighted).toEqual([session.prepared.values.server, session.prepared.values.mail]);
    const { setLessonAnswer } = useAppStore.getState();
    setLessonAnswer('who', String(session.prepared.values.server));
    setLessonAnswer('when', String(session.prepared.values.takeoverS));
    revealStep();
    expect(useAppStore.getState().lesson!.marks).toEqual({ who: { right: false }, when: { right: true } });
    const step = session.prepared.steps[0]!;
    expect(runScriptFile).toHaveBeenLastCalledWith(5, step.script);
    expect(seek).toHaveBeenLastCalledWith(step.untilMs);
    // Answers are locked once revealed.
    setLessonAnswer('who', String(session.prepared.values.peer));
    expect(useAppStore.getState().lesson!.answers.who).toBe(session.prepared.values.server);
    for (let i = 1; i < session.prepared.steps.length; i++) {
      nextStep();
      revealStep();
    }
    nextStep();
    const done = useAppStore.getState().lesson!;
    expect(done.step).toBe(done.prepared.steps.length);
    expect(Object.values(done.marks).filter((m) => m.right)).toHaveLength(1);
  });

  it('a bad lesson file lists its problems with JSON paths and changes nothing', async () => {
    await openBuiltinLesson('metro-latency', 2);
    const before = useAppStore.getState().lesson;
    const design = useAppStore.getState().design;
    await openLessonText(JSON.stringify({ type: 'failover-lab-lesson', version: 1, id: 'x', title: { en: 'x', ja: 'x' }, design: { templateId: 'weblogic-maa' }, variants: [], steps: [{ faults: [], untilMs: -1, questions: [] }] }), 1);
    expect(useAppStore.getState().lessonIssues?.map((i) => i.path)).toEqual(['steps[0].untilMs', 'steps[0].questions']);
    await openLessonText('{ "type": ', 1);
    expect(useAppStore.getState().lessonIssues?.[0]?.path).toMatch(/^line 1, column/);
    expect(useAppStore.getState().lesson).toBe(before);
    expect(useAppStore.getState().design).toBe(design);
  });

  it('the copy is prepared by the worker: the panel is told meanwhile, and an unknown lesson changes nothing', async () => {
    const asked: string[] = [];
    setHeadlessRunner(async (request) => {
      asked.push(request.kind);
      return answerHeadless(request);
    });
    const opening = openBuiltinLesson('ontime-takeover', 2);
    expect(useAppStore.getState().lessonPreparing).toBe(true);
    await opening;
    expect(useAppStore.getState().lessonPreparing).toBe(false);
    expect(asked).toEqual(['lesson']);
    expect(useAppStore.getState().lesson?.builtin).toBe(true);
    const design = useAppStore.getState().design;
    await openBuiltinLesson('no-such-lesson', 2);
    expect(useAppStore.getState().lessonIssues).toEqual([{ path: 'lesson', message: 'unknown lesson "no-such-lesson"' }]);
    expect(useAppStore.getState().design).toBe(design);
    expect(useAppStore.getState().lessonPreparing).toBe(false);
  });

  it('a file equal to a built-in lesson opens as that built-in (its link names it); another file does not', async () => {
    await openLessonText(JSON.stringify(BUILTIN_LESSONS[0]), 1);
    expect(useAppStore.getState().lesson?.builtin).toBe(true);
    await openLessonText(JSON.stringify({ ...BUILTIN_LESSONS[0], id: 'my-own' }), 1);
    expect(useAppStore.getState().lesson?.builtin).toBe(false);
  });

  it('another seed gives another copy from the start', async () => {
    await openBuiltinLesson('weblogic-leasing', 1);
    await changeLessonSeed(4);
    const session = useAppStore.getState().lesson!;
    expect(session.prepared.seed).toBe(4);
    expect(session.step).toBe(0);
    expect(useAppStore.getState().design.seed).toBe(4);
  });
});
