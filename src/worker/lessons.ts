import { prepareLesson, validateLesson, type DesignIssue, type LessonResult, type PreparedLesson } from '../engine';
import { builtinLesson, lessonTemplate } from '../templates/lessons';

/**
 * Where a lesson's copy comes from: a built-in lesson by id, or a file (opened, from a link, or the copy being
 * worked through when another seed is chosen).
 */
export type LessonSource = { builtinId: string } | { file: unknown };

/** A student's copy, or the file's problems with their JSON paths (nothing is opened then). */
export type LessonCopy = { ok: true; prepared: PreparedLesson; builtin: boolean } | { ok: false; issues: DesignIssue[] };

/** A lesson file checked against the built-in templates (every copy a seed can draw). */
const lessonResult = (raw: unknown): LessonResult => validateLesson(raw, lessonTemplate);

const builtins = new Map<string, LessonResult>();

/** A built-in lesson, validated on its first use in this worker and remembered (undefined: no built-in has this id). */
function builtinLessonResult(id: string): LessonResult | undefined {
  const raw = builtinLesson(id);
  if (!raw) return undefined;
  let result = builtins.get(id);
  if (!result) builtins.set(id, (result = lessonResult(raw)));
  return result;
}

/**
 * Validates a lesson and prepares the student's copy for `seed` (a headless run of its whole script): the engine's
 * part of opening a lesson, done in a worker (state/headless.ts) so that the page neither downloads the simulation
 * at start nor freezes while a copy is prepared. `builtin`: the file is a built-in lesson, unchanged (a link then
 * names it instead of carrying it).
 */
export function lessonCopy(source: LessonSource, seed: number): LessonCopy {
  const result = 'builtinId' in source ? builtinLessonResult(source.builtinId) : lessonResult(source.file);
  if (!result) return { ok: false, issues: [{ path: 'lesson', message: `unknown lesson "${(source as { builtinId: string }).builtinId}"` }] };
  if (!result.ok) return result;
  const builtin = builtinLessonResult(result.lesson.id);
  const isBuiltin = 'builtinId' in source || (builtin?.ok === true && JSON.stringify(builtin.lesson) === JSON.stringify(result.lesson));
  return { ok: true, prepared: prepareLesson(result.lesson, result.design, seed), builtin: isBuiltin };
}
