import { prepareLesson, validateLesson, type LessonResult } from '../engine';
import { builtinLesson, lessonTemplate } from '../templates/lessons';

/*
 * What a lesson needs of the engine: validating a file (every copy a seed can draw) and preparing a copy (a
 * headless run of its whole script). state/lessons.ts loads this module when a lesson is first opened, so neither
 * the lesson checks nor the simulation they run are part of the page's first download (bench row 5).
 */

export { prepareLesson };

/** A lesson file checked against the built-in templates: the lesson, or its problems with their JSON paths. */
export function lessonResult(raw: unknown): LessonResult {
  return validateLesson(raw, lessonTemplate);
}

const builtins = new Map<string, LessonResult>();

/** A built-in lesson, validated on its first use and remembered (undefined: no built-in has this id). */
export function builtinLessonResult(id: string): LessonResult | undefined {
  const raw = builtinLesson(id);
  if (!raw) return undefined;
  let result = builtins.get(id);
  if (!result) builtins.set(id, (result = lessonResult(raw)));
  return result;
}
