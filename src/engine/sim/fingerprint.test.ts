/**
 * Behaviour fingerprints: hashes of the event log, the metric samples and the views (what the canvas shows change,
 * frame by frame) for every template with its demo fault script and for generated large
 * designs with the benchmark's fault script. Speed work must leave every hash as it is: a changed hash means
 * behaviour changed, not just speed. Re-pin only when behaviour is meant to change (and say so in the commit).
 */
import { describe, expect, it } from 'vitest';
import { NODE_KINDS, type DesignDoc, type Fault } from '../index';
import { Simulation, type TimedFault } from './simulation';
import { sampleRecords } from './samples';
import { TEMPLATES } from '../../templates';
import { DEMOS } from '../../ui/faults/demos';
import { generateDesign } from '../../../bench/designs';
import { faultScript } from '../../../bench/engine/workload';

/**
 * Two 32-bit FNV-1a style lanes over text pieces. Both multipliers are odd: an even one (as in hashEvents' second
 * lane) shifts the state out and makes that lane constant on long inputs.
 */
class Hasher {
  private h1 = 0x811c9dc5;
  private h2 = 0xcbf29ce4;
  add(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      this.h1 = Math.imul(this.h1 ^ c, 0x01000193) >>> 0;
      this.h2 = Math.imul(this.h2 ^ c, 0x5bd1e995) >>> 0;
    }
    this.h1 = Math.imul(this.h1 ^ 0x0a, 0x01000193) >>> 0;
    this.h2 = Math.imul(this.h2 ^ 0x0a, 0x5bd1e995) >>> 0;
  }
  get value(): string {
    return this.h1.toString(16).padStart(8, '0') + this.h2.toString(16).padStart(8, '0');
  }
}

interface Fingerprint {
  events: string;
  samples: string;
  views: string;
  eventCount: number;
}

/**
 * What a frame changes on screen: its node and relation views that differ from what was shown, by id. A view sent
 * again unchanged (it changed and changed back within the frame) shows nothing new, so it is not part of the print:
 * the print is about behaviour, not about how often the engine recomputes a view.
 */
class Shown {
  private readonly nodes = new Map<string, string>();
  private readonly relations = new Map<string, string>();
  changes(frame: { nodes: Record<string, unknown>; relations: ReadonlyArray<{ id: string }> }): string {
    const pick = (shown: Map<string, string>, entries: Array<[string, unknown]>) =>
      entries
        .map(([id, view]) => [id, JSON.stringify(view)] as const)
        .filter(([id, json]) => shown.get(id) !== json)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([id, json]) => (shown.set(id, json), `${id}=${json}`))
        .join(';');
    return `${pick(this.nodes, Object.entries(frame.nodes))}|${pick(this.relations, frame.relations.map((r) => [r.id, r]))}`;
  }
}

/** Runs `design` with `script` to `untilMs`, draining a frame every simulated second like the worker does. */
function fingerprint(design: DesignDoc, script: readonly TimedFault[], untilMs: number): Fingerprint {
  const sim = new Simulation(design);
  for (const { atMs, fault } of script) sim.scheduleFault(atMs, fault);
  const events = new Hasher();
  const samples = new Hasher();
  const views = new Hasher();
  const shown = new Shown();
  let eventCount = 0;
  for (let t = 1000; t <= untilMs; t += 1000) {
    sim.runUntil(t);
    const frame = sim.drainFrame();
    for (const e of frame.events) events.add(JSON.stringify(e));
    eventCount += frame.events.length;
    // Hashed in the record form samples had before they were columnar: the same text, the same pinned hash.
    for (const s of sampleRecords(frame.samples)) samples.add(JSON.stringify(s));
    views.add(`${frame.t}|${shown.changes(frame)}`);
  }
  // The network view (`net`, issue 17) is left out: it is derived from the network state, tested in netView.test.ts,
  // and leaving it out kept these prints as pinned when frames began to carry it (nothing else changed).
  const { net: _net, ...last } = sim.drainFrame(true);
  views.add(JSON.stringify({ ...last, samples: sampleRecords(last.samples) }));
  return { events: events.value, samples: samples.value, views: views.value, eventCount };
}

/** Templates without a demo: their first process host crashes and recovers, and their first link flaps. */
function genericScript(design: DesignDoc): TimedFault[] {
  const node = design.nodes.find((n) => (NODE_KINDS.get(n.kind)?.processes.length ?? 0) > 0);
  const script: TimedFault[] = [];
  const add = (atMs: number, fault: Fault) => script.push({ atMs, fault });
  if (node) {
    add(20_000, { kind: 'crashHost', target: node.id });
    add(120_000, { kind: 'recoverHost', target: node.id });
  }
  const link = design.links[0];
  if (link) {
    add(60_000, { kind: 'linkDown', target: link.id });
    add(90_000, { kind: 'linkUp', target: link.id });
  }
  return script.sort((a, b) => a.atMs - b.atMs);
}

function scenarios(): Array<{ name: string; run: () => Fingerprint }> {
  const list: Array<{ name: string; run: () => Fingerprint }> = [];
  for (const template of TEMPLATES) {
    const demos = DEMOS.filter((d) => d.templateId === template.id);
    if (demos.length === 0) list.push({ name: `${template.id} (generic script)`, run: () => fingerprint(template.design, genericScript(template.design), 240_000) });
    for (const demo of demos) {
      const end = demo.script[demo.script.length - 1]!.atMs + 90_000;
      list.push({ name: `${template.id} ${demo.scenario}`, run: () => fingerprint(template.design, demo.script, end) });
    }
  }
  for (const [nodes, spanMs] of [
    [50, 600_000],
    [140, 300_000],
  ] as const) {
    const design = generateDesign(nodes);
    list.push({ name: `generated ${nodes} nodes`, run: () => fingerprint(design, faultScript(design, spanMs), spanMs) });
  }
  return list;
}

/** Printed by `PRINT_FINGERPRINTS=1 npx vitest run src/engine/sim/fingerprint.test.ts --reporter=verbose`. */
const PINNED: Record<string, Fingerprint> = {
  "ontime-minimal S1": {"events":"e4cae529d4ab8f60","samples":"07d8575f9e70cee0","views":"833ef16ab3eedc19","eventCount":12},
  "ontime-p1-colocated S2": {"events":"a1309183f4d7f4b4","samples":"07bab994875634ef","views":"eae519fcda0730d3","eventCount":25},
  "ontime-p2-load-sharing (generic script)": {"events":"794d5ab01efbda43","samples":"edd01b312bd1e220","views":"e0649cc2b242a719","eventCount":10},
  "ontime-p3-fault-tolerant (generic script)": {"events":"96fe55b217e3e085","samples":"edd01b312bd1e220","views":"ee101f24044bfb75","eventCount":10},
  "ontime-p2-two-sites (generic script)": {"events":"d0b6d7557170b05a","samples":"0928aca7f7c3413c","views":"98a2a90fd4c20bd6","eventCount":32},
  "weblogic-maa S3": {"events":"19df894ff24236f8","samples":"3ad9fb4f52c47b2e","views":"cf772777042b3e06","eventCount":20},
  "weblogic-maa S4": {"events":"32968eeefc43a1c1","samples":"a1c70f5677763075","views":"fd3a2ad9f01894a2","eventCount":24},
  "weblogic-maa S5": {"events":"51d51221b92a248e","samples":"631941d6d55b1bf7","views":"d4668d8bdac4b0b0","eventCount":56},
  "weblogic-maa S6": {"events":"5fbeaa6d78811e74","samples":"43ba10c9dc04a554","views":"47b7db06c0d51bcd","eventCount":39},
  "weblogic-maa S7": {"events":"0308d086339bdd2d","samples":"43098114a827e2ff","views":"9718588181275316","eventCount":46},
  "weblogic-maa S8": {"events":"cbdef271c74075de","samples":"4982c8205a1af949","views":"b007456865a2cfc3","eventCount":4},
  "weblogic-mistakes S7": {"events":"b2430c821cd5469d","samples":"ac1a989d1bfa7e94","views":"806cae6fd811f8a2","eventCount":65},
  "generated 50 nodes": {"events":"e8c9e84dcfd9b3f4","samples":"88fdcc587c136569","views":"d04d2663f79c4fd8","eventCount":243},
  "generated 140 nodes": {"events":"b6582e3f22c85736","samples":"ea3034b42871f0ff","views":"db7242ada7cf0264","eventCount":432},
};

describe('behaviour fingerprints (speed work must not change them)', () => {
  for (const { name, run } of scenarios()) {
    it(`${name}: event log, metric samples and views hash as pinned`, () => {
      const got = run();
      if (process.env.PRINT_FINGERPRINTS) console.log(`FP ${JSON.stringify(name)}: ${JSON.stringify(got)},`);
      expect(got.eventCount).toBeGreaterThan(0);
      expect(got).toEqual(PINNED[name]);
    });
  }
});
