import { storyIssuesOn, storySchema, type DesignDoc, type Story } from '../../engine';
import { S1_STORY, S2_STORY } from './ontime';
import type { BuiltinStory } from './step';
import { S3_STORY, S4_STORY, S5_STORY, S6_STORY, S7_STORY, S8_STORY } from './weblogic';

export type { BuiltinStory } from './step';

/** The narrated walkthroughs of DOMAIN.md's scenarios S1–S8, each on the template it was written for. */
export const BUILTIN_STORIES: readonly BuiltinStory[] = [S1_STORY, S2_STORY, S3_STORY, S4_STORY, S5_STORY, S6_STORY, S7_STORY, S8_STORY].map((b) => ({ ...b, story: storySchema.parse(b.story) }));

/**
 * The built-in stories that play on this design: every id they name exists in it (the template's, or a copy of it
 * that kept them). A story already saved into the design under the same id is the user's version: it wins.
 */
export function builtinStoriesFor(design: DesignDoc): Story[] {
  const saved = new Set((design.stories ?? []).map((s) => s.id));
  return BUILTIN_STORIES.filter((b) => !saved.has(b.story.id) && storyIssuesOn(b.story, design).length === 0).map((b) => b.story);
}
