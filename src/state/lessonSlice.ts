import type { StateCreator } from 'zustand';
import type { DesignIssue, PreparedLesson } from '../engine';
import type { PersistTable } from './persist';

/** One question's outcome once its step is revealed. */
export interface LessonMark {
  right: boolean;
}

/**
 * The lesson a class is working through (issue 15 §3): the student's copy (the seed's variant with its expected
 * answers), where they are, what they predicted and, once revealed, what was right. `step === steps.length`: the
 * summary. The file it came from is kept so that "Copy lesson link" can share it.
 */
export interface LessonSession {
  prepared: PreparedLesson;
  /** Whether the lesson is built in (a link then names it; another file travels inside the link). */
  builtin: boolean;
  step: number;
  /** The answer given per question id (a node id, a choice value, a number as typed). */
  answers: Readonly<Record<string, string>>;
  /** Set per question id when its step is revealed. */
  marks: Readonly<Record<string, LessonMark>>;
}

export interface LessonSlice {
  lesson: LessonSession | null;
  /** What was wrong with the last lesson file or link opened (JSON paths); null = nothing. */
  lessonIssues: readonly DesignIssue[] | null;
  /** A copy is being prepared in a worker (a few seconds of headless runs): the panel says so and waits. */
  lessonPreparing: boolean;
  setLessonPreparing(preparing: boolean): void;
  setLesson(lesson: LessonSession | null): void;
  setLessonIssues(issues: readonly DesignIssue[] | null): void;
  setLessonAnswer(questionId: string, value: string): void;
}

export const createLessonSlice: StateCreator<LessonSlice, [], [], LessonSlice> = (set) => ({
  lesson: null,
  lessonIssues: null,
  lessonPreparing: false,
  setLessonPreparing: (preparing) => set({ lessonPreparing: preparing }),
  setLesson: (lesson) => set({ lesson }),
  setLessonIssues: (issues) => set({ lessonIssues: issues }),
  setLessonAnswer: (questionId, value) =>
    set((s) => (s.lesson && !(questionId in s.lesson.marks) ? { lesson: { ...s.lesson, answers: { ...s.lesson.answers, [questionId]: value } } } : {})),
});

/** A lesson is a class's moment (its link reopens it): a reload does not resume it. */
export const lessonPersistence: PersistTable<LessonSlice> = {};
