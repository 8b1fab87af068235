import { validateLesson, formatIssue, type DesignDoc, type LessonFile } from '../../engine';
import { templateById } from '..';
import ontimeTakeover from './ontime-takeover.json';
import weblogicLeasing from './weblogic-leasing.json';
import metroLatency from './metro-latency.json';

/** The design a lesson's `templateId` names: the built-in templates. */
export function lessonTemplate(id: string): DesignDoc | undefined {
  return templateById(id)?.design;
}

/** Built-in lessons are validated like any opened file: a broken one fails loudly in tests. */
function load(raw: unknown): LessonFile {
  const result = validateLesson(raw, lessonTemplate);
  if (!result.ok) throw new Error(`lesson: ${result.issues.map(formatIssue).join('; ')}`);
  return result.lesson;
}

/** The three built-in lessons of issue 15: OnTime takeover and failback, WebLogic leasing and migration, the metro limit. */
export const BUILTIN_LESSONS: readonly LessonFile[] = [load(ontimeTakeover), load(weblogicLeasing), load(metroLatency)];

export function builtinLesson(id: string): LessonFile | undefined {
  return BUILTIN_LESSONS.find((l) => l.id === id);
}
