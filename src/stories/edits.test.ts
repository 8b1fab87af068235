import { describe, expect, it } from 'vitest';
import { validateDesign, type DesignDoc } from '../engine';
import { templateById } from '../templates';
import { designToText, parseDesignText } from '../state/persistence/designText';
import { readShareFragment, shareFragment } from '../state/persistence/shareLink';
import { removeItems } from '../ui/editor/model/edits';
import { builtinStories } from './builtin';
import { appendStep, deleteStory, newStoryId, removeStep, renameStory, setStepCaption, stepFromMoment } from './edits';

const maa = (): DesignDoc => structuredClone(templateById('weblogic-maa')!.design);
const s5 = builtinStories().find((b) => b.scenario === 'S5')!.story;
const placeholder = { en: 'Say why', ja: 'なぜか' };

describe('story edits', () => {
  it('editing a built-in story saves the edited copy into the design; delete takes it out again', () => {
    const renamed = renameStory(maa(), s5, { en: 'Site 1 goes', ja: 'サイト 1 停止' });
    expect(renamed.stories!.map((s) => [s.id, s.title.en])).toEqual([['builtin-s5', 'Site 1 goes']]);
    const captioned = setStepCaption(renamed, renamed.stories![0]!, 2, { en: 'FSFO', ja: 'FSFO' });
    expect(captioned.stories![0]!.steps[2]!.caption).toEqual({ en: 'FSFO', ja: 'FSFO' });
    expect(captioned.stories![0]!.steps[1]).toEqual(s5.steps[1]);
    const shorter = removeStep(captioned, captioned.stories![0]!, 0);
    expect(shorter.stories![0]!.steps).toHaveLength(s5.steps.length - 1);
    expect(deleteStory(shorter, 'builtin-s5').stories).toBeUndefined();
    expect(validateDesign(shorter).ok).toBe(true);
  });

  it('removing the only step of a story deletes the story', () => {
    const one = appendStep(maa(), undefined, stepFromMoment(maa(), undefined, { timeMs: 1000, script: [], selected: [] }, placeholder)!, placeholder);
    expect(removeStep(one.design, one.design.stories![0]!, 0).stories).toBeUndefined();
  });

  it('"add this moment": ends at the run’s time, takes the faults since the previous step, the selection as camera and highlight', () => {
    const design = maa();
    const script = [
      { atMs: 5_000, fault: { kind: 'crashHost' as const, target: 'MS1' } },
      { atMs: 30_000, fault: { kind: 'siteDown' as const, target: 'site1' } },
    ];
    const first = stepFromMoment(design, undefined, { timeMs: 20_000, script, selected: ['MS1', 'cluster-frame', 'site1'] }, placeholder)!;
    expect(first).toEqual({ caption: placeholder, camera: ['MS1', 'site1'], highlight: ['MS1', 'site1'], faults: [script[0]!.fault], untilMs: 20_000, waitForClick: true });
    const { design: withOne, id } = appendStep(design, undefined, first, placeholder);
    expect(id).toBe(newStoryId(design));
    const second = stepFromMoment(withOne, first, { timeMs: 60_000, script, selected: [] }, placeholder)!;
    expect(second).toMatchObject({ camera: [], faults: [script[1]!.fault], untilMs: 60_000 });
    const both = appendStep(withOne, withOne.stories![0], second, placeholder).design;
    expect(both.stories![0]!.steps).toHaveLength(2);
    expect(validateDesign(both).ok).toBe(true);
    // A story only goes forward: the run before the last step's time gives no step.
    expect(stepFromMoment(both, second, { timeMs: 59_000, script, selected: [] }, placeholder)).toBeUndefined();
  });

  it('deleting a node takes it out of the stories too, so the design stays valid', () => {
    const withStory = { ...maa(), stories: [s5] };
    const without = removeItems(withStory, new Set(['DB2', 'site1']));
    expect(validateDesign(without)).toMatchObject({ ok: true });
    const steps = without.stories![0]!.steps;
    expect(steps.flatMap((s) => [...s.camera, ...s.highlight])).not.toContain('DB2');
    expect(steps[1]!.faults).toEqual([]);
  });
});

describe('stories travel with the design', () => {
  const withStory = (): DesignDoc => ({ ...maa(), stories: [s5, { ...s5, id: 'mine', title: { en: 'Mine', ja: '自作' } }] });

  it('a design file round trip keeps its stories', () => {
    const parsed = parseDesignText(designToText(withStory()));
    expect(parsed).toMatchObject({ ok: true });
    if (parsed.ok) expect(parsed.design.stories).toEqual(withStory().stories);
  });

  it('a share link carries its stories', () => {
    expect(readShareFragment(`#${shareFragment(withStory())}`)).toEqual({ ok: true, design: withStory() });
  });

  it('a file whose story names a node that does not exist is refused with the path', () => {
    const bad = withStory();
    bad.stories![1] = { ...bad.stories![1]!, steps: [{ ...s5.steps[0]!, camera: ['MS1', 'NOPE'] }] };
    const parsed = parseDesignText(designToText(bad));
    expect(parsed.ok ? [] : parsed.issues.map((i) => `${i.path}: ${i.message}`)).toEqual(['stories[1].steps[0].camera[1]: unknown node "NOPE"']);
  });
});
