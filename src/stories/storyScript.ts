import type { StoryStep, TimedFault } from '../engine';

/** When a step starts: where the one before it ended (0:00 for the first). Its faults are injected then. */
export function stepStartMs(steps: readonly StoryStep[], index: number): number {
  return index === 0 ? 0 : steps[index - 1]!.untilMs;
}

/**
 * The faults of steps 0…`lastIndex` as a timeline's script, each at its step's start: loading it and running to a
 * step's end replays exactly what playing the story up to there showed (the player's "previous step").
 */
export function storyScript(steps: readonly StoryStep[], lastIndex: number): TimedFault[] {
  return steps.slice(0, lastIndex + 1).flatMap((step, i) => step.faults.map((fault) => ({ atMs: stepStartMs(steps, i), fault })));
}
