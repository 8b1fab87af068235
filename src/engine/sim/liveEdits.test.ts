import { describe, expect, it } from 'vitest';
import { validateDesign } from '../documents';
import type { DesignDoc } from '../design/schema';
import { hashEvents } from './eventHash';
import { liveEdits } from './liveEdits';
import { replay, Simulation } from './simulation';
import minimal from '../../templates/ontime-minimal.json';
import weblogicMaa from '../../templates/weblogic-maa.json';

function load(raw: unknown): DesignDoc {
  const r = validateDesign(raw);
  if (!r.ok) throw new Error('template invalid');
  return r.design;
}

const design = load(minimal);
const withParams = (d: DesignDoc, id: string, params: Record<string, number | string>): DesignDoc => ({
  ...d,
  nodes: d.nodes.map((n) => (n.id === id ? { ...n, params: { ...n.params, ...params } } : n)),
});
const syncLagS = (sim: Simulation) => sim.state.gauges.find(([key]) => key === 'syncLag:MS1')![1]();

describe('a parameter changed during a run (setParams, issue 17 §5)', () => {
  it('applies from that moment: a longer Sync interval on OT1 lets MS1 go stale, which the designed one never does', () => {
    const base = new Simulation(design);
    base.runUntil(100_000);
    expect(syncLagS(base)).toBeLessThanOrEqual(6);
    const live = new Simulation(design);
    live.runUntil(30_000);
    live.inject({ kind: 'setParams', target: 'OT1', params: { syncIntervalMs: 120_000 } });
    expect(live.state.numParam('OT1', 'syncIntervalMs', 0)).toBe(120_000);
    live.runUntil(100_000);
    expect(syncLagS(live)).toBeGreaterThan(30);
    expect(live.drainFrame().events.some((e) => e.type === 'node.params' && e.subject === 'OT1')).toBe(true);
  });

  it('replays exactly: the same design, seed and script (with the setParams) give the same event log', () => {
    const live = new Simulation(design);
    live.runUntil(30_000);
    live.inject({ kind: 'setParams', target: 'OT1', params: { syncIntervalMs: 20_000 } });
    live.runUntil(120_000);
    const again = replay(design, design.seed, live.faultLog, 120_000);
    expect(hashEvents(again.state.kernel.drainEvents())).toBe(hashEvents(live.state.kernel.drainEvents()));
  });
});

describe('liveEdits: what an edit means for a run in progress', () => {
  it('live parameters become one setParams per node (a reset to the default sends the default), link round trips setRtt', () => {
    const edited = withParams(design, 'OT1', { syncIntervalMs: 9000, failbackDelayMs: 1000 });
    expect(liveEdits(design, edited)).toEqual([{ kind: 'setParams', target: 'OT1', params: { syncIntervalMs: 9000, failbackDelayMs: 1000 } }]);
    expect(liveEdits(edited, design)).toEqual([{ kind: 'setParams', target: 'OT1', params: { syncIntervalMs: 5000, failbackDelayMs: 10_000 } }]);
    const maa = load(weblogicMaa);
    const slower = { ...maa, links: maa.links.map((l) => ({ ...l, rttMs: 25 })) };
    expect(liveEdits(maa, slower)).toEqual([{ kind: 'setRtt', target: 'man', rttMs: 25 }]);
  });

  it('layout and names give no fault; topology, jitter, a parameter fixed at install or a choice need a restart (null)', () => {
    const moved = { ...design, nodes: design.nodes.map((n) => ({ ...n, name: `${n.name}'`, position: { x: 0, y: 0 } })) };
    expect(liveEdits(design, moved)).toEqual([]);
    expect(liveEdits(design, { ...design, nodes: design.nodes.slice(1) })).toBeNull();
    expect(liveEdits(design, { ...design, relations: [] })).toBeNull();
    expect(liveEdits(design, withParams(design, 'OT1', { taskStartMs: 1000 }))).toBeNull();
    expect(liveEdits(design, withParams(design, 'OT1', { heartbeatIntervalMs: 500 }))).toBeNull();
    expect(liveEdits(design, { ...design, seed: design.seed + 1 })).toBeNull();
    const maa = load(weblogicMaa);
    expect(liveEdits(maa, { ...maa, links: maa.links.map((l) => ({ ...l, jitterMs: 3 })) })).toBeNull();
    const server = maa.nodes.find((n) => n.kind === 'wlsServer')!.id;
    expect(liveEdits(maa, withParams(maa, server, { leasing: 'consensus' }))).toBeNull();
  });

  it('after earlier live edits, a parameter still differing from the loaded design is sent again (a jump back drops later changes)', () => {
    const first = withParams(design, 'OT1', { syncIntervalMs: 9000 });
    const second = withParams(first, 'OT1', { failbackDelayMs: 1000 });
    expect(liveEdits(first, second, design)).toEqual([{ kind: 'setParams', target: 'OT1', params: { syncIntervalMs: 9000, failbackDelayMs: 1000 } }]);
  });
});
