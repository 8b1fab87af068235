import { describe, expect, it } from 'vitest';
import { loadDesign } from '../testing/designs';
import p2 from '../../templates/ontime-p2-load-sharing.json';
import { checkAnswer, parseAnswerNumber, prepareLesson, validateLesson } from './lesson';
import { pickVariant } from './variant';
import type { DesignDoc } from '../design/schema';

const design = loadDesign(JSON.parse(JSON.stringify(p2)));
const templates = (id: string): DesignDoc | undefined => (id === 'p2' ? design : undefined);

function lesson(): Record<string, unknown> & { steps: Array<Record<string, unknown>> } {
  return {
    type: 'failover-lab-lesson',
    version: 1,
    id: 'test',
    title: { en: 'T', ja: 'T' },
    design: { templateId: 'p2' },
    variants: [{ name: 'failing', options: [{ server: 'OT1', mail: 'MS1' }, { server: 'OT2', mail: 'MS3' }] }],
    params: [{ nodes: ['OT1', 'OT2'], set: { takeoverAfterMs: 7000 } }],
    steps: [
      {
        faults: [{ atMs: 30000, kind: 'crashProcess', target: '{server}', process: 'ontime' }],
        untilMs: 60000,
        questions: [
          {
            id: 'when',
            prompt: { en: 'When does {mail} move?', ja: '{mail} はいつ?' },
            measure: { measure: 'secondsUntil', event: 'sync.takeover', where: { mailServer: '{mail}' } },
            answer: { kind: 'seconds', tolerance: 1 },
            explain: { en: '{actual} s', ja: '{actual} 秒' },
          },
        ],
      },
    ],
  };
}

function issuesOf(raw: unknown): string[] {
  const result = validateLesson(raw, templates);
  return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
}

describe('lesson files', () => {
  it('a valid lesson validates', () => {
    expect(issuesOf(lesson())).toEqual([]);
  });

  it('errors name the JSON path', () => {
    const bad = lesson();
    (bad.steps[0]!.questions as Array<{ answer: unknown }>)[0]!.answer = { kind: 'seconds', tolerance: -1 };
    expect(issuesOf(bad)).toEqual([expect.stringMatching(/^steps\[0\]\.questions\[0\]\.answer\.tolerance: .*>=0/)]);
    expect(issuesOf({ ...lesson(), type: 'design' })[0]).toMatch(/^type: /);
    expect(issuesOf({ ...lesson(), design: { templateId: 'nope' } })).toEqual(['design.templateId: unknown template "nope"']);
  });

  it('a variant naming a node the design lacks is found, with the variant', () => {
    const bad = lesson();
    bad.variants = [{ name: 'failing', options: [{ server: 'OT1', mail: 'MS1' }, { server: 'OT9', mail: 'MS3' }] }];
    expect(issuesOf(bad)).toEqual([expect.stringContaining('steps[0].faults[0].target: unknown node "OT9" (variant: server=OT9, mail=MS3)')]);
  });

  it('unknown placeholders, unknown event types, a measure of the wrong answer kind and times out of order are refused', () => {
    const bad = lesson();
    const q = (bad.steps[0]!.questions as Array<Record<string, unknown>>)[0]!;
    q.prompt = { en: 'When does {mailbox} move?', ja: 'x' };
    expect(issuesOf(bad)).toEqual(['steps[0].questions[0].prompt.en: unknown placeholder {mailbox} (no variant defines it)']);
    q.prompt = { en: 'x', ja: 'x' };
    q.measure = { measure: 'secondsUntil', event: 'sync.nothing' };
    expect(issuesOf(bad)[0]).toMatch(/^steps\[0\]\.questions\[0\]\.measure\.event: unknown event type/);
    q.measure = { measure: 'happened', event: 'sync.takeover' };
    expect(issuesOf(bad)[0]).toMatch(/^steps\[0\]\.questions\[0\]\.answer\.kind: expected "node" or "choice"/);
    q.measure = { measure: 'secondsUntil', event: 'sync.takeover' };
    (bad.steps[0]!.faults as Array<{ atMs: number }>)[0]!.atMs = 70_000;
    expect(issuesOf(bad)[0]).toMatch(/^steps\[0\]\.faults\[0\]\.atMs: expected a time between/);
  });

  it('a variant timing outside the parameter range is refused', () => {
    const bad = lesson();
    bad.params = [{ nodes: ['OT1'], set: { takeoverAfterMs: 5 } }];
    expect(issuesOf(bad)[0]).toMatch(/^params: .*takeoverAfterMs/);
  });

  it('the seed picks the copy: the same seed gives the same copy, the seeds give every option', () => {
    const valid = validateLesson(lesson(), templates);
    if (!valid.ok) throw new Error('invalid');
    const picks = (seed: number) => pickVariant(valid.lesson.variants, seed).values.server;
    expect(picks(42)).toBe(picks(42));
    expect(new Set(Array.from({ length: 20 }, (_, i) => picks(i + 1)))).toEqual(new Set(['OT1', 'OT2']));
  });

  it('OT-4: the expected answer comes from the run (the variant timing 7 s), and the tolerance decides right and wrong', () => {
    const valid = validateLesson(lesson(), templates);
    if (!valid.ok) throw new Error('invalid');
    const copy = prepareLesson(valid.lesson, valid.design, 5);
    const question = copy.steps[0]!.questions[0]!;
    expect(question.expected).toBe(7);
    expect(question.prompt.en).toBe(`When does ${copy.values.mail} move?`);
    expect(checkAnswer(question, '7')).toEqual({ right: true, expected: 7 });
    expect(checkAnswer(question, '8,0').right).toBe(true);
    expect(checkAnswer(question, '9').right).toBe(false);
    expect(checkAnswer(question, 'soon').right).toBe(false);
    expect(checkAnswer({ answer: { kind: 'node', options: ['OT1', 'OT2'] }, expected: 'OT2' }, 'OT2').right).toBe(true);
    expect(checkAnswer({ answer: { kind: 'node', options: ['OT1', 'OT2'] }, expected: 'OT2' }, 'OT1').right).toBe(false);
  });

  it('numbers are read as people type them', () => {
    expect(parseAnswerNumber('10 s')).toBe(10);
    expect(parseAnswerNumber('75 %')).toBe(75);
    expect(parseAnswerNumber('12秒')).toBe(12);
    expect(parseAnswerNumber('')).toBeUndefined();
  });
});
