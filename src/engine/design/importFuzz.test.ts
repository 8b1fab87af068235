import { describe, expect, it } from 'vitest';
import { Prng } from '../kernel/prng';
import { type DesignIssue } from './validate';
import { validateDesign } from '../documents';
import { migrateDown } from './migrations';
import { parseJsonText } from './jsonText';
import { RESERVED_IDS, type DesignDoc } from './schema';
import { validateFaultScript } from '../faults/script';
import { MAX_DURATION_MS } from '../faults/duration';
import { FAULT_KINDS } from '../faults/catalogue';
import { TEMPLATES } from '../../templates';

/**
 * Seeded fuzzing of what comes in from files (issue 19, "Done when"): designs (every template, also in the old v0
 * format) and fault scripts, mutated field by field (deleted, duplicated, retyped, reserved ids, huge and
 * non-finite numbers, control characters), then through import and fault-script validation. Neither may throw,
 * and every refusal names its place. `npm run fuzz` (FUZZ_LONG=1) runs many more cases; a failure names the case's
 * seed, which replays it alone (`CASE_SEED`).
 */
const LONG = process.env.FUZZ_LONG === '1';
const DESIGN_CASES = LONG ? 10_000 : 400;
const SCRIPT_CASES = LONG ? 3_000 : 300;
const TEXT_CASES = LONG ? 2_000 : 150;
const BASE_SEED = 20_260_519;

type Json = unknown;
type Path = Array<string | number>;

const pick = <T>(rng: Prng, items: readonly T[]): T => items[rng.nextInt(items.length)]!;

/** Every place in a JSON value: object fields and array entries. */
function places(value: Json, path: Path = [], out: Path[] = []): Path[] {
  if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      const next = [...path, Array.isArray(value) ? Number(key) : key];
      out.push(next);
      places(child, next, out);
    }
  }
  return out;
}

function parentOf(root: Json, path: Path): Record<string | number, Json> | undefined {
  let node = root;
  for (const key of path.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, Json>)[key];
  }
  return typeof node === 'object' && node !== null ? (node as Record<string | number, Json>) : undefined;
}

/** Values that broke something somewhere once: wrong types, absurd numbers, reserved and hostile strings. */
function oddValue(rng: Prng, like: Json): Json {
  const values: Json[] = [
    null,
    true,
    0,
    -1,
    0.5,
    -0,
    1e308,
    -1e308,
    Infinity,
    -Infinity,
    NaN,
    2 ** 53 + 1,
    '',
    'x'.repeat(5000),
    '\u001b[2J\u001b]0;title\u0007',
    '99999999999h',
    `1${'0'.repeat(400)}s`,
    ...RESERVED_IDS,
    [],
    {},
    [like, like],
    { value: like },
    JSON.parse('{"__proto__": {"polluted": true}}'),
  ];
  return pick(rng, values);
}

/** One mutation at a random place: delete, duplicate, retype, reserve, or set an odd value. */
function mutate(rng: Prng, root: Json): void {
  const all = places(root);
  if (all.length === 0) return;
  const path = pick(rng, all);
  const parent = parentOf(root, path);
  if (!parent) return;
  const key = path.at(-1)!;
  const current = parent[key];
  switch (rng.nextInt(5)) {
    case 0:
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      return;
    case 1:
      if (Array.isArray(parent)) parent.splice(Number(key), 0, structuredClone(current));
      else parent[key] = structuredClone(pick(rng, Object.values(parent)));
      return;
    case 2:
      if (typeof current === 'string') parent[key] = pick(rng, [...RESERVED_IDS]);
      else Object.defineProperty(parent, '__proto__', { value: current, enumerable: true, configurable: true, writable: true });
      return;
    default:
      parent[key] = oddValue(rng, current);
  }
}

/** Every refusal names a place: a JSON path or "(document)", never empty, never "undefined". */
function expectPlaces(issues: readonly DesignIssue[], seed: number): void {
  expect(issues.length, `case seed ${seed}`).toBeGreaterThan(0);
  for (const issue of issues) {
    expect(typeof issue.path, `case seed ${seed}`).toBe('string');
    expect(issue.path.length, `case seed ${seed}: ${JSON.stringify(issue)}`).toBeGreaterThan(0);
    expect(issue.path, `case seed ${seed}`).not.toMatch(/undefined|NaN/);
    expect(issue.message.length, `case seed ${seed}`).toBeGreaterThan(0);
  }
}

function expectSound(design: DesignDoc, seed: number): void {
  const ids = [...design.nodes, ...design.sites, ...design.links, ...design.relations, ...design.clusters].map((x) => x.id);
  expect(ids.filter((id) => RESERVED_IDS.has(id)), `case seed ${seed}`).toEqual([]);
  for (const c of design.clusters) expect(new Set(c.members).size, `case seed ${seed}`).toBe(c.members.length);
  expect(validateDesign(JSON.parse(JSON.stringify(design))).ok, `case seed ${seed}: an accepted design revalidates`).toBe(true);
}

const caseSeeds = (count: number, salt: number) => (process.env.CASE_SEED ? [Number(process.env.CASE_SEED)] : Array.from({ length: count }, (_, i) => BASE_SEED + salt + i));

describe('import fuzzing (issue 19)', () => {
  it(`${DESIGN_CASES} mutated designs: validation never throws, every refusal has a path`, () => {
    let refused = 0;
    for (const seed of caseSeeds(DESIGN_CASES, 0)) {
      const rng = new Prng(seed);
      const template = pick(rng, TEMPLATES).design;
      const raw = structuredClone(template) as unknown as Record<string, unknown>;
      const doc = rng.nextInt(4) === 0 ? migrateDown(raw, 0) : raw;
      for (let m = 1 + rng.nextInt(4); m > 0; m--) mutate(rng, doc);
      const result = validateDesign(doc);
      if (result.ok) expectSound(result.design, seed);
      else {
        refused++;
        expectPlaces(result.issues, seed);
      }
    }
    if (!process.env.CASE_SEED) expect(refused).toBeGreaterThan(DESIGN_CASES / 4);
  }, 120_000 + (LONG ? 600_000 : 0));

  it(`${SCRIPT_CASES} mutated fault scripts: validation never throws, refusals have paths, accepted times are bounded`, () => {
    for (const seed of caseSeeds(SCRIPT_CASES, 1_000_000)) {
      const rng = new Prng(seed);
      const design = pick(rng, TEMPLATES).design;
      const node = () => pick(rng, design.nodes).id;
      const steps = Array.from({ length: 1 + rng.nextInt(6) }, () => ({
        at: pick(rng, [rng.nextInt(600_000), `${rng.nextInt(600)}s`, `${rng.nextInt(10)}m`, '1.5h']),
        kind: pick(rng, FAULT_KINDS),
        target: rng.nextInt(5) === 0 ? pick(rng, design.sites.map((s) => s.id).concat('dc1')) : node(),
        process: 'ontime',
        from: design.sites.map((s) => s.id).slice(0, 1),
        to: design.sites.map((s) => s.id).slice(1),
        rttMs: rng.nextInt(50),
      }));
      const script: Json = { schemaVersion: 1, name: 'fuzz', steps };
      for (let m = rng.nextInt(4); m > 0; m--) mutate(rng, script);
      const result = validateFaultScript(script, rng.nextInt(3) === 0 ? undefined : design);
      if (!result.ok) expectPlaces(result.issues, seed);
      else for (const step of result.script.steps) expect(Number.isInteger(step.atMs) && step.atMs >= 0 && step.atMs <= MAX_DURATION_MS, `case seed ${seed}`).toBe(true);
    }
  }, 120_000 + (LONG ? 600_000 : 0));

  it(`${TEXT_CASES} damaged design texts: parsing never throws, a syntax error has a line and a column`, () => {
    for (const seed of caseSeeds(TEXT_CASES, 2_000_000)) {
      const rng = new Prng(seed);
      const text = JSON.stringify(pick(rng, TEMPLATES).design, null, rng.nextInt(2) * 2);
      const at = rng.nextInt(text.length);
      const damaged = pick(rng, [
        text.slice(0, at) + text.slice(at + 1),
        text.slice(0, at),
        text.slice(0, at) + pick(rng, ['\u0000', '\u001b', ',', '}', '"', '\\', '\n', '\ufeff']) + text.slice(at),
        `\ufeff${text}`,
      ]);
      const parsed = parseJsonText(damaged);
      if (parsed.ok) {
        const result = validateDesign(parsed.value);
        if (!result.ok) expectPlaces(result.issues, seed);
        continue;
      }
      expect(parsed.line, `case seed ${seed}`).toBeGreaterThanOrEqual(1);
      expect(parsed.column, `case seed ${seed}`).toBeGreaterThanOrEqual(1);
      expect(parsed.reason.length, `case seed ${seed}`).toBeGreaterThan(0);
      // eslint-disable-next-line no-control-regex
      expect(parsed.reason, `case seed ${seed}: the reason quotes no control character`).not.toMatch(/[\u0000-\u001f]/);
    }
  }, 60_000 + (LONG ? 600_000 : 0));
});
