import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { resources } from '../../../i18n/resources';
import { relationKindLabel } from '../../palette/kinds';
import type { Edge } from '@xyflow/react';
import { sampleRecords, type DesignDoc, type RelationView, type SampleBlock, runScenario } from '../../../engine';
import { TEMPLATES } from '../../../templates';
import { designToEdges } from '../flow';
import type { LiveEdgeData } from './LiveEdge';
import { liveEdges, trafficWidth, withLiveEdges } from './liveEdges';
import { LABEL_LINE } from './LiveEdge';

const OPTS = { selected: new Set<string>(), linkLabel: () => '', relationLabel: () => '' };
const label = (kind: string, from: string, to: string) => `${from} ${kind} ${to}`;

function trafficEdges(design: DesignDoc): Edge[] {
  return withLiveEdges(design, designToEdges(design, OPTS)).filter((e) => (e.data as LiveEdgeData | undefined)?.trafficKey);
}

const keyOf = (e: Edge) => (e.data as LiveEdgeData).trafficKey!;
const widthAt = (samples: SampleBlock, e: Edge) => trafficWidth(sampleRecords(samples, samples.rows.length - 1)[0]!.values[keyOf(e)]);

// Templates whose users send requests (a client population or a global load balancer): their edges carry traffic.
const WITH_TRAFFIC = TEMPLATES.filter((t) => t.design.nodes.some((n) => n.kind === 'clients' || n.kind === 'glb'));

describe('client traffic edges: thickness follows the throughput of what they lead to', () => {
  it('every template with traffic edges publishes the metric each of its traffic edges reads', () => {
    for (const template of TEMPLATES) {
      const edges = trafficEdges(template.design);
      if (edges.length === 0) continue;
      const { samples } = runScenario(template.design, { untilMs: 5_000 });
      for (const e of edges) expect(samples.keys, `${template.id}: ${e.id}`).toContain(keyOf(e));
    }
  });

  it.each(WITH_TRAFFIC.map((t) => [t.id, t.design] as const))('%s: a routing edge thins to nothing when its server crashes, the others keep flowing', (_id, design) => {
    const edges = trafficEdges(design);
    const routing = edges.filter((e) => design.relations.some((r) => r.id === e.id && (r.kind === 'routes' || r.kind === 'balances')));
    expect(routing.length).toBeGreaterThan(1);
    const before = runScenario(design, { untilMs: 30_000 }).samples;
    for (const e of edges) expect(widthAt(before, e), e.id).toBeGreaterThan(1);

    const victim = routing[0]!.target;
    const after = runScenario(design, { untilMs: 150_000, faults: [{ atMs: 30_000, fault: { kind: 'crashHost', target: victim } }] }).samples;
    for (const e of routing) {
      if (e.target === victim) expect(widthAt(after, e), e.id).toBe(1);
      else expect(widthAt(after, e), e.id).toBeGreaterThan(1);
    }
  });
});

describe('direction without motion: arrowheads on relations that flow one way', () => {
  it('sync, replication, redo, federation and routing edges end in an arrow; heartbeats do not', () => {
    const rel = (kind: string) => ({ id: kind, kind, from: 'a', to: 'b', active: true });
    const edges = liveEdges(Object.fromEntries(['sync', 'sessionReplication', 'redo', 'federation', 'mirror', 'heartbeat'].map((k) => [k, rel(k)])), label);
    const arrows = Object.fromEntries(edges.map((e) => [e.id, e.markerEnd !== undefined]));
    expect(arrows).toEqual({ sync: true, sessionReplication: true, redo: true, federation: true, mirror: true, heartbeat: false });
  });

  it('the client traffic edges of the templates (routes, balances, resolvesTo, restUrl) end in an arrow', () => {
    for (const t of TEMPLATES) for (const e of trafficEdges(t.design)) expect(e.markerEnd, `${t.id}: ${e.id}`).toBeDefined();
  });
});

describe('live edges keep their objects across frames', () => {
  it('a relation that only changes state (flowing, lag) keeps its edge object; one that moves gets a new edge', () => {
    const sync = { id: 'r1', kind: 'sync', from: 'a', to: 'b', active: true, lagMs: 10 } as RelationView;
    const beat = { id: 'r2', kind: 'heartbeat', from: 'a', to: 'b', active: true } as RelationView;
    const [e1, e2] = liveEdges({ r1: sync, r2: beat }, label);
    const [f1, f2] = liveEdges({ r1: { ...sync, lagMs: 900 }, r2: { ...beat, active: false } }, label);
    expect(f1).toBe(e1);
    expect(f2).toBe(e2);
    expect(f1!.data).toEqual({ kind: 'sync', relation: 'r1' });
    const [g1] = liveEdges({ r1: { ...sync, from: 'c' } }, label);
    expect(g1).not.toBe(e1);
    expect(g1!.source).toBe('c');
  });
});

describe('live edges are named in the user language', () => {
  it('every live relation kind the kits publish has words in English and Japanese, not its code name', async () => {
    const kinds = ['sync', 'maildb', 'configReplication', 'heartbeat', 'sessionReplication', 'redo', 'federation', 'mirror', 'lbRoute', 'rest'];
    for (const lng of ['en', 'ja'] as const) {
      const i18n = i18next.createInstance();
      await i18n.init({ lng, resources, interpolation: { escapeValue: false } });
      const t = i18n.t;
      const words = (kind: string, from: string, to: string) => t('editor.relation.label', { kind: relationKindLabel(t, kind), from, to });
      const edges = liveEdges(Object.fromEntries(kinds.map((k) => [k, { id: `${lng}-${k}`, kind: k, from: 'OT1', to: 'MS1', active: true } as RelationView])), words);
      for (const e of edges) {
        const kind = e.data!.kind;
        expect(relationKindLabel(t, kind), `${lng}: no words for ${kind}`).not.toBe(kind);
        expect(e.ariaLabel).toBe(words(kind, 'OT1', 'MS1'));
      }
    }
  });
});

describe('labels of relations between the same two servers do not lie on top of each other', () => {
  it('P1: heartbeat, ConfigDB replication, Sync and mail DB access between OT1 and OT2 each get their own line', () => {
    const lines = ['heartbeat', 'configReplication', 'sync', 'maildb'].map((k) => LABEL_LINE[k] ?? 0);
    expect(new Set(lines).size).toBe(lines.length);
  });
});
