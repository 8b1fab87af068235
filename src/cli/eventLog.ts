import type { TFunction } from 'i18next';
import type { DesignDoc, SimEvent } from '../engine';
import { describeEvent, nameLookup } from '../ui/timeline/describeEvent';
import { text } from './english';

/** The app's sentence maker with the CLI's English dictionary (a missing key falls back to its default value). */
const t = ((key: string, params: Record<string, unknown> = {}) => {
  const value = text(key, params);
  return value === key && typeof params.defaultValue === 'string' ? params.defaultValue : value;
}) as unknown as TFunction;

/** One event as a sentence, with names from the design. */
export function sentenceMaker(design: DesignDoc): (event: SimEvent) => string {
  const name = nameLookup(design);
  return (event) => describeEvent(t, event, name);
}

/** Simulated time to the millisecond: causes often share a second. */
const clock = (ms: number) => `${(ms / 1000).toFixed(3)}s`;

/** `--events`: every event of the run, one line each, with the event that caused it. */
export function eventLogText(design: DesignDoc, events: readonly SimEvent[]): string {
  const sentence = sentenceMaker(design);
  return events
    .map((e) => {
      const cause = e.cause === null ? '' : ` ← cause #${e.cause}`;
      return `${clock(e.t).padStart(9)} #${e.id} ${e.type} (${e.subject}): ${sentence(e)}${cause}`;
    })
    .join('\n');
}

/** `--events --format json`: the events as the engine emitted them, each with its English sentence. */
export function eventLogJson(design: DesignDoc, events: readonly SimEvent[]): Array<SimEvent & { sentence: string }> {
  const sentence = sentenceMaker(design);
  return events.map((e) => ({ ...e, sentence: sentence(e) }));
}
