import type { DesignDoc, LessonFile } from '../../engine';
import { templateById } from '..';
import ontimeTakeover from './ontime-takeover.json';
import weblogicLeasing from './weblogic-leasing.json';
import metroLatency from './metro-latency.json';

/** The design a lesson's `templateId` names: the built-in templates. */
export function lessonTemplate(id: string): DesignDoc | undefined {
  return templateById(id)?.design;
}

/**
 * The three built-in lessons of issue 15: OnTime takeover and failback, WebLogic leasing and migration, the metro
 * limit, as shipped. They are validated like any opened file, but only when one is opened (state/lessonRuns.ts,
 * once each): validating every copy a seed can draw takes the engine and a few hundred design checks, which the
 * start screen does not need (bench row 5). lessons.test.ts validates every one of them, so a broken built-in
 * still fails loudly in tests.
 */
export const BUILTIN_LESSONS: readonly LessonFile[] = [ontimeTakeover, weblogicLeasing, metroLatency] as unknown as LessonFile[];

export function builtinLesson(id: string): LessonFile | undefined {
  return BUILTIN_LESSONS.find((l) => l.id === id);
}
