import { checkAnswer, parseJsonText } from '../engine';
import type { LessonSource } from '../worker/lessons';
import { runHeadless } from './headless';
import { switchDocument } from './persistence/session';
import { isLessonFragment, lessonUrl, readLessonFragment } from './persistence/lessonLink';
import { clearShareFragment } from './persistence/shareLink';
import { simulation } from './simulation';
import { useAppStore } from './store';
import type { LessonSession } from './lessonSlice';

/**
 * What a class does with a lesson (issue 15 §3), as actions over the one store and the one live simulation: open a
 * copy (the design with the seed's variant becomes a new document, so the user's own design stays in the library),
 * predict, reveal (the live run plays the step's faults to its end, so the class sees what the answers were checked
 * against), go on, read the summary.
 */

/** The seed a new copy starts with when nobody chose one. */
export const DEFAULT_LESSON_SEED = 1;

/** Points the canvas at what the current step is about. */
function pointAt(session: LessonSession): void {
  const step = session.prepared.steps[session.step];
  const ids = step?.highlight ?? [];
  const { setHighlighted, fitCamera } = useAppStore.getState();
  setHighlighted(ids);
  if (ids.length > 0) fitCamera(ids);
}

/**
 * Asks a worker for the student's copy (state/headless.ts: it validates the lesson and runs its whole script
 * headless) and opens it: the design, the run at 0 with the copy's seed, the first step. A lesson with problems
 * changes nothing and lists them. `builtin` overrides what the worker found (a new seed keeps the copy's origin).
 */
async function openCopy(source: LessonSource, seed: number, builtin?: boolean): Promise<void> {
  useAppStore.getState().setLessonPreparing(true);
  try {
    const { copy } = await runHeadless({ kind: 'lesson', source, seed });
    if (!copy.ok) return useAppStore.getState().setLessonIssues(copy.issues);
    const { prepared } = copy;
    await switchDocument({ ...prepared.design, name: prepared.lesson.title.en, seed }, undefined);
    const session: LessonSession = { prepared, builtin: builtin ?? copy.builtin, step: 0, answers: {}, marks: {} };
    useAppStore.setState({ lesson: session, lessonIssues: null });
    simulation.runScriptFile(seed, []);
    pointAt(session);
  } finally {
    useAppStore.getState().setLessonPreparing(false);
  }
}

export function openBuiltinLesson(id: string, seed: number): Promise<void> {
  return openCopy({ builtinId: id }, seed);
}

/** A lesson file's text (opened or from a link): opened if valid, else its problems are shown and nothing changes. */
export async function openLessonText(text: string, seed: number): Promise<void> {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return useAppStore.getState().setLessonIssues([{ path: `line ${parsed.line}, column ${parsed.column}`, message: parsed.reason }]);
  return openCopy({ file: parsed.value }, seed);
}

/** Another seed: another copy of the same lesson, from the start. */
export async function changeLessonSeed(seed: number): Promise<void> {
  const session = useAppStore.getState().lesson;
  if (session) await openCopy({ file: session.prepared.lesson }, seed, session.builtin);
}

/** Checks the current step's answers against the run and plays the live run to the step's end. */
export function revealStep(): void {
  const { lesson: session } = useAppStore.getState();
  const step = session?.prepared.steps[session.step];
  if (!session || !step || step.questions.every((q) => q.id in session.marks)) return;
  const marks = { ...session.marks };
  for (const q of step.questions) marks[q.id] = { right: checkAnswer(q, session.answers[q.id] ?? '').right };
  useAppStore.setState({ lesson: { ...session, marks } });
  simulation.runScriptFile(session.prepared.seed, step.script);
  simulation.seek(step.untilMs);
}

/** On to the next step (or, after the last, the summary). */
export function nextStep(): void {
  const session = useAppStore.getState().lesson;
  if (!session || session.step >= session.prepared.steps.length) return;
  const next = { ...session, step: session.step + 1 };
  useAppStore.setState({ lesson: next });
  pointAt(next);
}

export function closeLesson(): void {
  useAppStore.setState({ lesson: null, lessonIssues: null });
  useAppStore.getState().setHighlighted([]);
}

/** Whether the current step has been revealed. */
export function stepRevealed(session: LessonSession): boolean {
  const step = session.prepared.steps[session.step];
  return step !== undefined && step.questions.every((q) => q.id in session.marks);
}

/** Share with the class: this lesson and seed (a lesson not built in travels inside the link). */
export function lessonLinkOf(session: LessonSession, base: string): string {
  return lessonUrl(session.prepared.lesson, session.prepared.seed, session.builtin, base);
}

/** A lesson link in the address (read once the session has booted): opens that lesson, or says why it cannot. */
export async function openLessonFromLocation(location: Pick<Location, 'hash'> = window.location): Promise<boolean> {
  if (!isLessonFragment(location.hash)) return false;
  const read = readLessonFragment(location.hash);
  if (!read.ok) {
    useAppStore.getState().setLessonIssues([{ path: 'link', message: read.reason }]);
    return true;
  }
  const { id, seed, fileText } = read.link;
  await (fileText === undefined ? openBuiltinLesson(id, seed) : openLessonText(fileText, seed));
  // Opened once: a reload must come back to the lesson's design, not open the lesson again as yet another copy.
  if (typeof window !== 'undefined' && location === window.location) clearShareFragment();
  return true;
}

