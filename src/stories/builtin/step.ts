import type { Fault, Story, StoryStep } from '../../engine';

/** What a built-in step sets beside its caption (the defaults: whole design in view, nothing highlighted, no fault, wait for a click). */
interface StepOptions {
  camera?: string[];
  highlight?: string[];
  faults?: Fault[];
  waitForClick?: boolean;
}

/** One step: the run plays to `untilS` seconds (a whole second keeps the data readable), the caption in both languages. */
export function step(untilS: number, en: string, ja: string, options: StepOptions = {}): StoryStep {
  return { caption: { en, ja }, camera: options.camera ?? [], highlight: options.highlight ?? [], faults: options.faults ?? [], untilMs: untilS * 1000, waitForClick: options.waitForClick ?? true };
}

/** A built-in story of one DOMAIN.md scenario (S1–S8) on one template; `id` is `builtin-<scenario>`. */
export interface BuiltinStory {
  scenario: string;
  templateId: string;
  story: Story;
}

export function builtin(scenario: string, templateId: string, title: { en: string; ja: string }, steps: StoryStep[]): BuiltinStory {
  return { scenario, templateId, story: { id: `builtin-${scenario.toLowerCase()}`, title, steps } };
}
