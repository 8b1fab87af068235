import { storyIssuesOn, storySchema, type DesignDoc, type Story } from '../../engine';
import { S1_STORY, S2_STORY } from './ontime';
import type { BuiltinStory } from './step';
import { S3_STORY, S4_STORY, S5_STORY, S6_STORY, S7_STORY, S8_STORY } from './weblogic';

export type { BuiltinStory } from './step';

let validated: readonly BuiltinStory[] | undefined;

/**
 * The narrated walkthroughs of DOMAIN.md's scenarios S1–S8, each on the template it was written for, validated
 * like any story file on first use (and remembered): not while the start screen loads (bench row 5). builtin.test.ts
 * reads every one of them, so a broken built-in still fails loudly in tests.
 */
export function builtinStories(): readonly BuiltinStory[] {
  validated ??= [S1_STORY, S2_STORY, S3_STORY, S4_STORY, S5_STORY, S6_STORY, S7_STORY, S8_STORY].map((b) => ({ ...b, story: storySchema.parse(b.story) }));
  return validated;
}

/**
 * The built-in stories that play on this design: every id they name exists in it (the template's, or a copy of it
 * that kept them). A story already saved into the design under the same id is the user's version: it wins.
 */
export function builtinStoriesFor(design: DesignDoc): Story[] {
  const saved = new Set((design.stories ?? []).map((s) => s.id));
  return builtinStories().filter((b) => !saved.has(b.story.id) && storyIssuesOn(b.story, design).length === 0).map((b) => b.story);
}
