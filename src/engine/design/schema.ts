import { z } from '../zod';

/** The current version of the design document. Bump it with a migration in ./migrations.ts. */
export const SCHEMA_VERSION = 2;

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

export const siteSchema = z.object({
  id,
  name,
  position: positionSchema.optional(),
  size: z.object({ width: z.number().positive().max(20000), height: z.number().positive().max(20000) }).optional(),
});

export const linkSchema = z.object({
  id,
  a: id,
  b: id,
  /** Round-trip time between the two sites, in ms. */
  rttMs: z.number().min(0).max(1000).describe('Round-trip time between the two sites, in ms (WL-3: a stretch cluster needs ≤ 10 ms).'),
  /** Uniform jitter added to each one-way delay, ± this many ms. */
  jitterMs: z.number().min(0).max(1000).default(0).describe('Uniform jitter added to each one-way delay, ± this many ms (drawn from the seeded PRNG).'),
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
});

export type DesignDoc = z.infer<typeof designSchema>;
export type DesignNode = z.infer<typeof nodeSchema>;
export type DesignSite = z.infer<typeof siteSchema>;
export type DesignLink = z.infer<typeof linkSchema>;
export type DesignRelation = z.infer<typeof relationSchema>;
export type DesignCluster = z.infer<typeof clusterSchema>;
export type RecoveryTarget = z.infer<typeof targetSchema>;
export type DisruptionKind = (typeof DISRUPTION_KINDS)[number];
export type ParamValue = z.infer<typeof paramValue>;
