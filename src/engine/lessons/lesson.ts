import type { DesignDoc, ParamValue } from '../design/schema';
import { formatPath, type DesignIssue } from '../design/validate';
import { validateDesign } from '../documents';
import { faultSchema, type Fault } from '../faults/catalogue';
import { targetIssues } from '../faults/script';
import { EVENT_META } from '../kits/catalog';
import { runScenario } from '../sim/run';
import type { TimedFault } from '../sim/simulation';
import { measure, type MeasuredValue } from './measures';
import { lessonSchema, type AnswerSpec, type Bilingual, type LessonFile, type Measure } from './schema';
import { fillDeep, fillText, pickVariant, placeholdersOf, type PlaceholderValues } from './variant';

export type LessonResult = { ok: true; lesson: LessonFile; design: DesignDoc } | { ok: false; issues: DesignIssue[] };

/** A question of the student's copy: texts filled, and the answer the run gives. */
export interface PreparedQuestion {
  id: string;
  prompt: Bilingual;
  /** `{actual}` still in it: the UI fills it with the formatted value. */
  explain: Bilingual;
  answer: AnswerSpec;
  measure: Measure;
  /** null: the run does not show it (the lesson does not fit this variant). */
  expected: MeasuredValue | null;
}

export interface PreparedStep {
  intro?: Bilingual;
  /** This step's faults (the reveal injects them), at their times. */
  faults: TimedFault[];
  /** Every fault up to and including this step: the script of the reveal's run. */
  script: TimedFault[];
  /** The fault the step's questions count from (its first fault; an earlier step's when it has none). */
  sinceMs: number;
  untilMs: number;
  highlight: string[];
  questions: PreparedQuestion[];
}

/** The student's copy of a lesson: the variant the seed drew, the design with its timings, the steps with their answers. */
export interface PreparedLesson {
  lesson: LessonFile;
  seed: number;
  values: PlaceholderValues;
  design: DesignDoc;
  steps: PreparedStep[];
}

/** Every combination of options (at most `limit`), so that validation checks each copy a student can get. */
function combinations(lesson: LessonFile, limit: number): PlaceholderValues[] {
  let combos: Array<Record<string, string | number>> = [{}];
  for (const variant of lesson.variants) {
    combos = combos.flatMap((c) => variant.options.map((o) => ({ ...c, ...o })));
    if (combos.length > limit) combos = combos.slice(0, limit);
  }
  return combos;
}

function resolveDesign(lesson: LessonFile, templates: (id: string) => DesignDoc | undefined): DesignDoc | DesignIssue[] {
  if ('templateId' in lesson.design) {
    const design = templates(lesson.design.templateId);
    return design ?? [{ path: 'design.templateId', message: `unknown template "${lesson.design.templateId}"` }];
  }
  const result = validateDesign(lesson.design.document);
  return result.ok ? result.design : result.issues.map((i) => ({ ...i, path: `design.document.${i.path}` }));
}

/** The design of a copy: the variant's parameter values set on the named nodes. */
export function designFor(lesson: LessonFile, base: DesignDoc, values: PlaceholderValues): DesignDoc {
  const sets = (lesson.params ?? []).map((p) => fillDeep(p, values));
  return {
    ...base,
    nodes: base.nodes.map((node) => {
      const own = sets.filter((s) => s.nodes.includes(node.id));
      if (own.length === 0) return node;
      return { ...node, params: Object.assign({ ...node.params }, ...own.map((s) => s.set as Record<string, ParamValue>)) };
    }),
  };
}

/** Unknown placeholders anywhere in the file (in any string), with their paths. */
function placeholderIssues(value: unknown, names: ReadonlySet<string>, path: Array<string | number>): DesignIssue[] {
  if (typeof value === 'string') {
    const unknown = placeholdersOf(value).filter((n) => !names.has(n) && n !== 'actual');
    return unknown.map((n) => ({ path: formatPath(path), message: `unknown placeholder {${n}} (no variant defines it)` }));
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => placeholderIssues(v, names, [...path, i]));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => placeholderIssues(v, names, [...path, k]));
  return [];
}

/** What one copy (one combination of options) gets wrong: faults, node ids, times. */
function copyIssues(lesson: LessonFile, base: DesignDoc, values: PlaceholderValues): DesignIssue[] {
  const issues: DesignIssue[] = [];
  const nodes = new Set(base.nodes.map((n) => n.id));
  const needNode = (id: string, path: string) => {
    if (!nodes.has(id)) issues.push({ path, message: `unknown node "${id}"` });
  };
  (lesson.params ?? []).forEach((p, i) => fillDeep(p.nodes, values).forEach((id, j) => needNode(id, `params[${i}].nodes[${j}]`)));
  if (issues.length === 0) {
    // The variant's timings must be values the design format accepts (each parameter's range).
    const check = validateDesign(designFor(lesson, base, values));
    if (!check.ok) issues.push(...check.issues.map((i) => ({ path: 'params', message: `${i.path}: ${i.message}` })));
  }
  let previousUntil = 0;
  lesson.steps.forEach((step, s) => {
    step.faults.forEach((raw, f) => {
      const path = `steps[${s}].faults[${f}]`;
      const { atMs, ...rest } = fillDeep(raw, values);
      const parsed = faultSchema.safeParse(rest);
      if (!parsed.success) issues.push(...parsed.error.issues.map((i) => ({ path: `${path}.${formatPath(i.path)}`, message: i.message })));
      else issues.push(...targetIssues(parsed.data, base).map((i) => ({ path: `${path}.${i.path}`, message: i.message })));
      if (atMs < previousUntil || atMs > step.untilMs) {
        issues.push({ path: `${path}.atMs`, message: `expected a time between the previous step's end (${previousUntil} ms) and this step's end (${step.untilMs} ms)` });
      }
    });
    if (step.untilMs <= previousUntil) issues.push({ path: `steps[${s}].untilMs`, message: `expected a time after the previous step's end (${previousUntil} ms)` });
    previousUntil = step.untilMs;
    fillDeep(step.highlight ?? [], values).forEach((id, j) => needNode(id, `steps[${s}].highlight[${j}]`));
    step.questions.forEach((q, k) => {
      const path = `steps[${s}].questions[${k}]`;
      if (q.answer.kind === 'node') fillDeep(q.answer.options, values).forEach((id, j) => needNode(id, `${path}.answer.options[${j}]`));
      if ('event' in q.measure && !EVENT_META.has(q.measure.event)) issues.push({ path: `${path}.measure.event`, message: `unknown event type "${q.measure.event}"` });
      const numeric = q.measure.measure === 'secondsUntil' || q.measure.measure === 'throughputPercent';
      const wants = numeric ? (q.measure.measure === 'secondsUntil' ? 'seconds' : 'percent') : null;
      if (wants !== null && q.answer.kind !== wants) issues.push({ path: `${path}.answer.kind`, message: `expected "${wants}" for the measure "${q.measure.measure}"` });
      if (!numeric && q.answer.kind !== 'node' && q.answer.kind !== 'choice') issues.push({ path: `${path}.answer.kind`, message: `expected "node" or "choice" for the measure "${q.measure.measure}"` });
    });
  });
  return issues;
}

/** A variant's values, named, for a message: `server=OT2, takeoverMs=8000`. */
const describe = (values: PlaceholderValues) => Object.entries(values).map(([k, v]) => `${k}=${v}`).join(', ');

/**
 * Validates a parsed lesson file. Never throws: problems come back with their JSON path
 * (`steps[2].questions[0].answer.tolerance: expected a number ≥ 0`). Every copy a seed can draw is checked
 * (up to a few hundred combinations): a fault on a node that one variant names and the design lacks is found here.
 */
export function validateLesson(raw: unknown, templates: (id: string) => DesignDoc | undefined): LessonResult {
  const parsed = lessonSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })) };
  const lesson = parsed.data;
  const design = resolveDesign(lesson, templates);
  if (Array.isArray(design)) return { ok: false, issues: design };
  const names = new Set(lesson.variants.flatMap((v) => v.options.flatMap((o) => Object.keys(o))));
  const { design: _design, ...rest } = lesson;
  const unknown = placeholderIssues(rest, names, []);
  if (unknown.length > 0) return { ok: false, issues: unknown };
  for (const values of combinations(lesson, 256)) {
    const issues = copyIssues(lesson, design, values);
    if (issues.length > 0) return { ok: false, issues: issues.map((i) => (lesson.variants.length > 0 ? { ...i, message: `${i.message} (variant: ${describe(values)})` } : i)) };
  }
  return { ok: true, lesson, design };
}

/** Fills a text's placeholders in both languages. */
function fillBilingual(text: Bilingual, values: PlaceholderValues): Bilingual {
  return { en: fillText(text.en, values), ja: fillText(text.ja, values) };
}

function timedFaults(raw: LessonFile['steps'][number]['faults'], values: PlaceholderValues): TimedFault[] {
  return raw.map((f) => {
    const { atMs, ...fault } = fillDeep(f, values);
    return { atMs, fault: fault as Fault };
  });
}

/**
 * The student's copy for `seed`: the variant, the design with its timings, and the expected answers from one
 * headless run of the whole script (later faults cannot change earlier events: the run is deterministic, so each
 * step's window equals a run of that step's prefix, which is what the live reveal plays).
 */
export function prepareLesson(lesson: LessonFile, base: DesignDoc, seed: number): PreparedLesson {
  const { values } = pickVariant(lesson.variants, seed);
  const design = designFor(lesson, base, values);
  const script: TimedFault[] = [];
  let sinceMs = 0;
  const shells = lesson.steps.map((step) => {
    const faults = timedFaults(step.faults, values);
    script.push(...faults);
    if (faults.length > 0) sinceMs = faults[0]!.atMs;
    return { step, faults, script: [...script], sinceMs };
  });
  const untilMs = Math.max(...lesson.steps.map((s) => s.untilMs));
  const run = runScenario(design, { seed, faults: script, untilMs });
  const steps = shells.map(({ step, faults, script: prefix, sinceMs: since }): PreparedStep => ({
    ...(step.intro ? { intro: fillBilingual(step.intro, values) } : {}),
    faults,
    script: prefix,
    sinceMs: since,
    untilMs: step.untilMs,
    highlight: fillDeep(step.highlight ?? [], values),
    questions: step.questions.map((q) => {
      const filledMeasure = fillDeep(q.measure, values);
      return {
        id: q.id,
        prompt: fillBilingual(q.prompt, values),
        explain: fillBilingual(q.explain, values),
        answer: fillDeep(q.answer, values),
        measure: filledMeasure,
        expected: measure(filledMeasure, { events: run.events, sinceMs: since, untilMs: step.untilMs }, design, seed),
      };
    }),
  }));
  return { lesson, seed, values, design, steps };
}

export { checkAnswer, parseAnswerNumber, type AnswerVerdict } from './answer';
