import { nextStep, revealStep, stepRevealed } from '../state/lessons';
import type { Command } from './types';

/** A lesson's moves (issue 15 §3): the buttons of the Lessons tab run these; no keys (a clicker's keys belong to stories). */
export const LESSON_COMMANDS: readonly Command[] = [
  {
    id: 'lesson.reveal',
    labelKey: 'lessons.cmd.reveal',
    keys: [],
    context: 'global',
    when: (s) => s.lesson !== null && s.lesson.step < s.lesson.prepared.steps.length && !stepRevealed(s.lesson),
    run: () => revealStep(),
  },
  {
    id: 'lesson.next',
    labelKey: 'lessons.cmd.next',
    keys: [],
    context: 'global',
    when: (s) => s.lesson !== null && stepRevealed(s.lesson),
    run: () => nextStep(),
  },
];
