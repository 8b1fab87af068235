import { z } from '../zod';

/**
 * The lesson file (issue 15 §3): predict-then-reveal questions over a design, checked against a run of the engine.
 * Expected answers are never written in the file: each question names a *measure* (measures.ts) that reads them
 * from the run, so a lesson stays right when the engine's timings change. `{name}` placeholders in prompts, faults
 * and parameters are filled from the variant the student's seed draws (variant.ts).
 */
export const LESSON_TYPE = 'failover-lab-lesson';
export const LESSON_VERSION = 1;

const id = z.string().min(1).max(64);
const text = z.string().min(1).max(2000);
/** Both languages: the class may switch mid-lesson. */
export const bilingualText = z.strictObject({ en: text, ja: text });
/** A value a placeholder stands for: a node id, a number of ms, a word shown in the prompt. */
const placeholderValue = z.union([z.string().max(200), z.number()]);
/** A string that may hold `{name}` placeholders. */
const template = z.string().min(1).max(200);
const eventWhere = z.record(z.string().min(1).max(64), template);

/** One way the lesson can differ between students: the seed picks one option (a record of placeholder values). */
const variantSchema = z.strictObject({
  name: id,
  options: z.array(z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/, 'a placeholder name: letters and digits'), placeholderValue)).min(1).max(50),
});

/** Node parameters set before the run (the variant's timings): a value "{name}" takes the placeholder's value. */
const paramsSchema = z.strictObject({
  nodes: z.array(template).min(1).max(100),
  set: z.record(z.string().min(1).max(64), z.union([z.number(), template])),
});

/** A fault at a simulated time, in the shape of the fault catalogue, its strings may hold placeholders. */
const faultSchemaLoose = z.looseObject({ atMs: z.number().int().min(0).max(86_400_000), kind: z.string().min(1).max(64) });

export const measureSchema = z.discriminatedUnion('measure', [
  /** A field (a node id) of the first event of `event` after the step's fault that matches `where`. */
  z.strictObject({ measure: z.literal('eventField'), event: id, field: id, where: eventWhere.optional() }),
  /** Seconds from the step's fault to the first matching event. */
  z.strictObject({ measure: z.literal('secondsUntil'), event: id, where: eventWhere.optional() }),
  /** "yes" if a matching event happens between the step's fault and the step's end, else "no". */
  z.strictObject({ measure: z.literal('happened'), event: id, where: eventWhere.optional() }),
  /** Whole-system throughput with every inter-site link at `rttMs`, in % of the throughput at `baselineRttMs` (the RTT sweep). */
  z.strictObject({ measure: z.literal('throughputPercent'), rttMs: z.union([z.number().min(0).max(1000), template]), baselineRttMs: z.number().min(0).max(1000) }),
]);
export type Measure = z.infer<typeof measureSchema>;

export const answerSchema = z.discriminatedUnion('kind', [
  /** Pick one node of the design. */
  z.strictObject({ kind: z.literal('node'), options: z.array(template).min(2).max(30) }),
  /** A number of seconds; right within ± tolerance. */
  z.strictObject({ kind: z.literal('seconds'), tolerance: z.number().min(0).max(86_400) }),
  /** A percentage; right within ± tolerance (percentage points). */
  z.strictObject({ kind: z.literal('percent'), tolerance: z.number().min(0).max(100) }),
  /** Multiple choice: the measure's value is the right option's `value`. */
  z.strictObject({ kind: z.literal('choice'), options: z.array(z.strictObject({ value: id, label: bilingualText })).min(2).max(10) }),
]);
export type AnswerSpec = z.infer<typeof answerSchema>;

const questionSchema = z.strictObject({
  id,
  prompt: bilingualText,
  measure: measureSchema,
  answer: answerSchema,
  /** Shown with the feedback; `{actual}` is the value of the run. */
  explain: bilingualText,
});

const stepSchema = z.strictObject({
  /** What the class sees before predicting. */
  intro: bilingualText.optional(),
  faults: z.array(faultSchemaLoose).max(20),
  /** The reveal runs the simulation to this time (ms). */
  untilMs: z.number().int().min(1).max(86_400_000),
  /** Nodes to point at while the question is open. */
  highlight: z.array(template).max(20).optional(),
  questions: z.array(questionSchema).min(1).max(10),
});

const designRef = z.union([z.strictObject({ templateId: id }), z.strictObject({ document: z.unknown() })]);

export const lessonSchema = z.strictObject({
  type: z.literal(LESSON_TYPE),
  version: z.literal(LESSON_VERSION),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lower-case letters, digits and "-"'),
  title: bilingualText,
  summary: bilingualText.optional(),
  design: designRef,
  variants: z.array(variantSchema).max(10),
  params: z.array(paramsSchema).max(20).optional(),
  steps: z.array(stepSchema).min(1).max(30),
});

export type LessonFile = z.infer<typeof lessonSchema>;
export type LessonStep = LessonFile['steps'][number];
export type LessonQuestion = LessonStep['questions'][number];
export type Bilingual = z.infer<typeof bilingualText>;
