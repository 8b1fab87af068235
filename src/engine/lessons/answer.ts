import type { MeasuredValue } from './measures';
import type { PreparedQuestion } from './lesson';

/*
 * A file of its own: the page checks a student's answer against the expected value its copy already holds,
 * without importing what prepared the copy (a headless run of the engine).
 */

export interface AnswerVerdict {
  right: boolean;
  expected: MeasuredValue | null;
}

/** A number as people type it: "10", "10.5", "10,5", "10 s", "75 %". */
export function parseAnswerNumber(text: string): number | undefined {
  const match = /^\s*(-?\d+(?:[.,]\d+)?)\s*(?:s|秒|%|％)?\s*$/.exec(text);
  return match ? Number(match[1]!.replace(',', '.')) : undefined;
}

/** Checks a student's answer against the run: equal for a node or a choice, within the tolerance for a number. */
export function checkAnswer(question: Pick<PreparedQuestion, 'answer' | 'expected'>, given: string): AnswerVerdict {
  const { expected, answer } = question;
  if (expected === null) return { right: false, expected };
  if (answer.kind === 'seconds' || answer.kind === 'percent') {
    const value = parseAnswerNumber(given);
    // A tiny epsilon: 0.1 + 0.2 within a tolerance of 0.3 is right.
    return { right: value !== undefined && Math.abs(value - Number(expected)) <= answer.tolerance + 1e-9, expected };
  }
  return { right: given === String(expected), expected };
}
