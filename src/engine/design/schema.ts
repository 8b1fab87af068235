import { z } from '../zod';
import { faultSchema } from '../faults/catalogue';

/** The current version of the design document. Bump it with a migration in ./migrations.ts. */
export const SCHEMA_VERSION = 3;

/**
 * Names JavaScript objects already answer to: as an id (or a parameter key) they would read or replace an object's
 * prototype wherever a table keyed by id is a plain object (issue 19: a node "__proto__" emptied the page).
 */
export const RESERVED_IDS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
export const reservedMessage = (value: string): string => `"${value}" is a reserved name (__proto__, constructor and prototype are not allowed): choose another`;
const notReserved = (value: string) => !RESERVED_IDS.has(value);

const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_.:-]+$/, 'letters, digits and _ . : - only')
  .refine(notReserved, { error: (issue) => reservedMessage(String(issue.input)), params: { reserved: true } });
const name = z.string().min(1).max(120);
const paramValue = z.union([z.number(), z.string().max(200), z.boolean(), z.array(z.string().max(64)).max(200)]);

/** Canvas coordinates: generous, but a node a million pixels away is a broken file, not a design. */
const coordinate = z.number().min(-1_000_000, 'expected a coordinate between -1000000 and 1000000').max(1_000_000, 'expected a coordinate between -1000000 and 1000000');
export const positionSchema = z.object({ x: coordinate, y: coordinate });

/** Mean time between failures and to repair of a site (power, cooling) or a link (issue 14 §3); omitted = the estimate. */
const reliability = {
  mtbfHours: z.number().positive().max(10_000_000).optional().describe('Mean time between failures, in hours (format version 3); omitted = the documented estimate.'),
  mttrHours: z.number().positive().max(100_000).optional().describe('Mean time to repair, in hours (format version 3); omitted = the documented estimate.'),
};

export const siteSchema = z.object({
  id,
  name,
  position: positionSchema.optional(),
  size: z.object({ width: z.number().positive().max(20000), height: z.number().positive().max(20000) }).optional(),
  ...reliability,
});

export const linkSchema = z.object({
  id,
  a: id,
  b: id,
  /** Round-trip time between the two sites, in ms. */
  rttMs: z.number().min(0).max(1000).describe('Round-trip time between the two sites, in ms (WL-3: a stretch cluster needs ≤ 10 ms).'),
  /** Uniform jitter added to each one-way delay, ± this many ms. */
  jitterMs: z.number().min(0).max(1000).default(0).describe('Uniform jitter added to each one-way delay, ± this many ms (drawn from the seeded PRNG).'),
  ...reliability,
});

export const nodeSchema = z.object({
  id,
  kind: z.string().min(1).max(40).describe('Node kind, e.g. "ontimeServer", "mailServer", "loadBalancer" (see docs/design-format.md).'),
  name,
  siteId: id.optional().describe('The site the node stands in; omitted = no site (all such nodes share one LAN).'),
  position: positionSchema,
  params: z.record(z.string().max(64).refine(notReserved, { error: (issue) => reservedMessage(String(issue.input)), params: { reserved: true } }), paramValue).default({}).describe('Parameters of the node kind (e.g. takeoverAfterMs); missing ones take their documented default.'),
});

export const relationSchema = z.object({
  id,
  /** e.g. "watches" (an OnTime server syncs a mail server). */
  kind: z.string().min(1).max(40),
  from: id,
  to: id,
});

export const clusterSchema = z.object({
  id,
  /** e.g. "ontime" (an OnTime cluster) or "mail" (a Domino cluster of mail servers). */
  kind: z.string().min(1).max(40),
  name,
  /** Each node at most once: a member listed twice counted as two members and faked a failure (issue 19). */
  members: z.array(id).max(1000),
});

/** The kinds of disruption a recovery target may be specific to (issue 14: DR tools set RTO/RPO per kind). */
export const DISRUPTION_KINDS = ['process', 'server', 'site', 'network', 'maintenance'] as const;

/** Up to 30 days: a longer recovery objective is no objective. */
const objectiveMs = z.number().int().min(0).max(2_592_000_000);

/**
 * A recovery objective for one service (or "*" = every service), optionally for one kind of disruption. The
 * most specific target applies: service + disruption, then service, then "*" + disruption, then "*".
 */
export const targetSchema = z.object({
  service: z.string().min(1).max(64).describe('The service id as the report names it (a node id, a site id, "system"), or "*" for every service.'),
  disruption: z.enum(DISRUPTION_KINDS).optional().describe('Only for this kind of disruption; omitted = any kind.'),
  rtoMs: objectiveMs.describe('Recovery time objective, in ms: the service must be restored within it and stay restored.'),
  rpoMs: objectiveMs.describe('Recovery point objective, in ms: at most this span of data may be lost.'),
});

/** A text in both languages of the app (a story's captions: the user's design travels between them). */
export const bilingualSchema = z.object({ en: z.string().max(2000), ja: z.string().max(2000) });

/**
 * One step of a narrated walkthrough (issue 15 §2): what the audience reads, where the camera looks, what is
 * highlighted, the faults injected when the step starts, and the simulated time the run goes to.
 */
export const storyStepSchema = z.object({
  caption: bilingualSchema,
  /** Node or site ids the camera fits; empty = the whole design. */
  camera: z.array(id).max(1000).default([]),
  highlight: z.array(id).max(1000).default([]),
  /** Injected at the step's start, in order (at the run's time then). */
  faults: z.array(faultSchema).max(100).default([]),
  /** The simulated time the run plays to in this step (ms from 0:00); it never goes back. */
  untilMs: z.number().int().min(0).max(31_536_000_000),
  /** Whether the presenter clicks to go on (true) or the next step follows when this one's time is reached. */
  waitForClick: z.boolean().default(true),
});

export const storySchema = z.object({
  id,
  title: bilingualSchema,
  steps: z.array(storyStepSchema).min(1).max(200),
});

export const designSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION).describe('Version of this format; older files are migrated when opened.'),
  name,
  description: z.string().max(4000).optional(),
  seed: z.number().int().min(0).max(0xffffffff).describe('Seed of the PRNG: the same design, faults and seed replay a run exactly.'),
  sites: z.array(siteSchema).max(100),
  links: z.array(linkSchema).max(1000),
  nodes: z.array(nodeSchema).max(5000),
  relations: z.array(relationSchema).max(20000),
  clusters: z.array(clusterSchema).max(1000),
  targets: z.array(targetSchema).max(1000).optional().describe('Recovery objectives (RTO/RPO) per service, optionally per kind of disruption (format version 2).'),
  stories: z.array(storySchema).max(100).optional().describe('Narrated walkthroughs of this design (format version 3): captions in English and Japanese, camera, highlights, faults, times.'),
});

export type DesignDoc = z.infer<typeof designSchema>;
export type DesignNode = z.infer<typeof nodeSchema>;
export type DesignSite = z.infer<typeof siteSchema>;
export type DesignLink = z.infer<typeof linkSchema>;
export type DesignRelation = z.infer<typeof relationSchema>;
export type DesignCluster = z.infer<typeof clusterSchema>;
export type RecoveryTarget = z.infer<typeof targetSchema>;
export type DisruptionKind = (typeof DISRUPTION_KINDS)[number];
export type Story = z.infer<typeof storySchema>;
export type StoryStep = z.infer<typeof storyStepSchema>;
export type Bilingual = z.infer<typeof bilingualSchema>;
export type ParamValue = z.infer<typeof paramValue>;
