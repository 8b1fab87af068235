import { storyIssuesOn, type Bilingual, type DesignDoc, type Story, type StoryStep, type TimedFault } from '../engine';

/**
 * Pure edits of a design's stories (the Stories tab runs them through `editDesign`, so each is one undo step). An
 * edit of a built-in story saves the edited copy into the design under the same id: from then on it is the user's.
 */

/** Puts `story` in the design: replaces the one with its id, or adds it at the end. */
export function saveStory(design: DesignDoc, story: Story): DesignDoc {
  const stories = design.stories ?? [];
  const at = stories.findIndex((s) => s.id === story.id);
  return { ...design, stories: at < 0 ? [...stories, story] : stories.map((s, i) => (i === at ? story : s)) };
}

export function deleteStory(design: DesignDoc, id: string): DesignDoc {
  const stories = (design.stories ?? []).filter((s) => s.id !== id);
  if (stories.length === (design.stories ?? []).length) return design;
  const { stories: _old, ...rest } = design;
  return stories.length === 0 ? rest : { ...rest, stories };
}

export function renameStory(design: DesignDoc, story: Story, title: Bilingual): DesignDoc {
  return saveStory(design, { ...story, title });
}

export function setStepCaption(design: DesignDoc, story: Story, index: number, caption: Bilingual): DesignDoc {
  return saveStory(design, { ...story, steps: story.steps.map((s, i) => (i === index ? { ...s, caption } : s)) });
}

/** Removes one step; a story needs one step at least, so removing its last one deletes it. */
export function removeStep(design: DesignDoc, story: Story, index: number): DesignDoc {
  const steps = story.steps.filter((_, i) => i !== index);
  return steps.length === 0 ? deleteStory(design, story.id) : saveStory(design, { ...story, steps });
}

/** An id no story of the design has: `story-1`, `story-2`… */
export function newStoryId(design: DesignDoc): string {
  const taken = new Set((design.stories ?? []).map((s) => s.id));
  let n = taken.size + 1;
  while (taken.has(`story-${n}`)) n++;
  return `story-${n}`;
}

/** What "add this moment as a step" reads of the app: the run's time and script, the selection. */
export interface Moment {
  timeMs: number;
  script: readonly TimedFault[];
  /** Selected canvas ids: only the design's nodes and sites are kept (a cluster frame is not a camera target). */
  selected: readonly string[];
}

/**
 * A step from the current run: the caption a placeholder to edit, the camera on the selection (none = the whole
 * design), the selection highlighted, the faults the run's script injected since the previous step's time (they are
 * injected again at the step's start), and the run's time as its end. Undefined when the run is before the previous
 * step's time (a story only goes forward).
 */
export function stepFromMoment(design: DesignDoc, previous: StoryStep | undefined, moment: Moment, placeholder: Bilingual): StoryStep | undefined {
  const sinceMs = previous?.untilMs ?? 0;
  if (moment.timeMs < sinceMs) return undefined;
  const known = new Set([...design.nodes.map((n) => n.id), ...design.sites.map((s) => s.id)]);
  const selected = moment.selected.filter((id) => known.has(id));
  const faults = moment.script.filter((e) => e.atMs >= sinceMs && e.atMs <= moment.timeMs).map((e) => e.fault);
  return { caption: placeholder, camera: [...selected], highlight: [...selected], faults, untilMs: moment.timeMs, waitForClick: true };
}

/** Appends a step to a story (saved into the design; a new story when `story` is undefined). */
export function appendStep(design: DesignDoc, story: Story | undefined, step: StoryStep, newTitle: Bilingual): { design: DesignDoc; id: string } {
  const target: Story = story ?? { id: newStoryId(design), title: newTitle, steps: [] };
  return { design: saveStory(design, { ...target, steps: [...target.steps, step] }), id: target.id };
}

/**
 * After nodes, sites or links were deleted: what the stories named of them goes too (ids from camera and highlight,
 * faults on them), so the document stays valid, like removeItems does for relations and clusters.
 */
export function pruneStories(design: DesignDoc): DesignDoc {
  if (!design.stories || design.stories.every((s) => storyIssuesOn(s, design).length === 0)) return design;
  const known = new Set([...design.nodes.map((n) => n.id), ...design.sites.map((s) => s.id)]);
  const fits = (fault: StoryStep['faults'][number]) => storyIssuesOn({ id: 'x', title: { en: '', ja: '' }, steps: [{ caption: { en: '', ja: '' }, camera: [], highlight: [], faults: [fault], untilMs: 0, waitForClick: false }] }, design).length === 0;
  const stories = design.stories.map((story) => ({
    ...story,
    steps: story.steps.map((s) => ({ ...s, camera: s.camera.filter((id) => known.has(id)), highlight: s.highlight.filter((id) => known.has(id)), faults: s.faults.filter(fits) })),
  }));
  return { ...design, stories };
}
