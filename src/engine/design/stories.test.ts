import { describe, expect, it } from 'vitest';
import { formatIssue } from './validate';
import { validateDesign } from '../documents';
import { buildDesign } from '../testing/designs';
import type { DesignDoc, Story, StoryStep } from './schema';

const base: DesignDoc = buildDesign({
  sites: ['dc1', 'dc2'],
  links: [['dc1', 'dc2', 5]],
  nodes: [
    { id: 'OT1', kind: 'ontimeServer', siteId: 'dc1' },
    { id: 'OT2', kind: 'ontimeServer', siteId: 'dc2' },
    { id: 'MS1', kind: 'mailServer', siteId: 'dc1' },
  ],
  relations: [['watches', 'OT1', 'MS1']],
  clusters: [{ id: 'otc', kind: 'ontime', members: ['OT1', 'OT2'] }],
});

const step = (untilMs: number, more: Partial<StoryStep> = {}): StoryStep => ({ caption: { en: 'e', ja: 'j' }, camera: [], highlight: [], faults: [], untilMs, waitForClick: true, ...more });
const story = (id: string, steps: StoryStep[]): Story => ({ id, title: { en: id, ja: id }, steps });

function issuesOf(stories: Story[]): string[] {
  const result = validateDesign({ ...base, stories });
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe('stories in a design: the references the schema cannot check', () => {
  it('a story that names only what exists, with time going forward, is valid', () => {
    const fine = story('s1', [
      step(10_000, { camera: ['OT1', 'dc1'], highlight: ['MS1'] }),
      step(10_000, { faults: [{ kind: 'stopProcess', target: 'OT1', process: 'ontime' }, { kind: 'setRtt', target: 'dc1-dc2', rttMs: 20 }, { kind: 'partition', from: ['dc1'], to: ['dc2'] }] }),
      step(30_000, { faults: [{ kind: 'siteDown', target: 'dc2' }, { kind: 'heal' }] }),
    ]);
    expect(issuesOf([fine])).toEqual([]);
  });

  it('names the path of an unknown camera or highlight id', () => {
    expect(issuesOf([story('s1', [step(0), step(1), step(2, { camera: ['OT1', 'X'], highlight: ['Y'] })])])).toEqual([
      'stories[0].steps[2].camera[1]: unknown node "X"',
      'stories[0].steps[2].highlight[0]: unknown node "Y"',
    ]);
  });

  it('names the path of a fault whose target, site, link or process does not exist', () => {
    const faults: StoryStep['faults'] = [
      { kind: 'crashHost', target: 'OT9' },
      { kind: 'siteDown', target: 'dc9' },
      { kind: 'linkDown', target: 'nolink' },
      { kind: 'partition', from: ['dc1'], to: ['dc7'] },
      { kind: 'stopProcess', target: 'OT1', process: 'nope' },
    ];
    expect(issuesOf([story('s1', [step(0, { faults })])])).toEqual([
      'stories[0].steps[0].faults[0].target: unknown node "OT9"',
      'stories[0].steps[0].faults[1].target: unknown site "dc9"',
      'stories[0].steps[0].faults[2].target: unknown link "nolink"',
      'stories[0].steps[0].faults[3].to[0]: unknown site "dc7"',
      'stories[0].steps[0].faults[4].process: node kind "ontimeServer" has no process "nope" (it has: domino, ontime)',
    ]);
  });

  it('refuses a step whose time is before the previous step’s, and a story id used twice', () => {
    expect(issuesOf([story('s1', [step(20_000), step(10_000)]), story('s1', [step(0)])])).toEqual([
      'stories[0].steps[1].untilMs: goes back in time: 10000 ms is before the previous step\'s 20000 ms',
      'stories[1].id: duplicate story id "s1"',
    ]);
  });
});
