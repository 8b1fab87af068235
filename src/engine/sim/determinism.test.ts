import { afterEach, describe, expect, it, vi } from 'vitest';
import { runScenario } from './run';
import { hashEvents } from './eventHash';
import { validateDesign } from '../documents';
import type { SimEvent } from '../events';
import type { TimedFault } from './simulation';
import { Runner } from '../../worker/runner';
import minimal from '../../templates/ontime-minimal.json';

const ontime = () => {
  const r = validateDesign(minimal);
  if (!r.ok) throw new Error('template invalid');
  return r.design;
};

/** Two sites with a jittery link, so that the seed matters. */
const stretched = () => {
  const d = ontime();
  return {
    ...d,
    sites: [...d.sites, { id: 'dc2', name: 'Site 2' }],
    links: [{ id: 'dc1-dc2', a: 'dc1', b: 'dc2', rttMs: 12, jitterMs: 4 }],
    nodes: d.nodes.map((n) => (n.id === 'OT2' ? { ...n, siteId: 'dc2' } : n)),
  };
};

const faults: TimedFault[] = [
  { atMs: 20_000, fault: { kind: 'crashHost', target: 'OT1' } },
  { atMs: 45_000, fault: { kind: 'partition', from: ['dc1'], to: ['dc2'] } },
  { atMs: 50_000, fault: { kind: 'recover', target: 'OT1' } },
  { atMs: 90_000, fault: { kind: 'heal' } },
  { atMs: 120_000, fault: { kind: 'setRtt', target: 'dc1-dc2', rttMs: 30 } },
];

describe('determinism', () => {
  it('the same design, fault script and seed give an identical event-log hash', () => {
    const a = runScenario(stretched(), { seed: 42, faults, untilMs: 300_000 });
    const b = runScenario(stretched(), { seed: 42, faults, untilMs: 300_000 });
    expect(a.events.length).toBeGreaterThan(10);
    expect(a.eventHash).toBe(b.eventHash);
    expect(JSON.stringify(a.samples)).toBe(JSON.stringify(b.samples));
  });

  it('the seed matters: with link jitter another seed gives another event log', () => {
    const a = runScenario(stretched(), { seed: 42, faults, untilMs: 300_000 });
    const b = runScenario(stretched(), { seed: 43, faults, untilMs: 300_000 });
    expect(a.eventHash).not.toBe(b.eventHash);
  });

  it('the hash changes when any event changes', () => {
    const events = runScenario(ontime(), { faults: faults.slice(0, 1), untilMs: 60_000 }).events;
    const changed: SimEvent[] = events.map((e, i) => (i === events.length - 1 ? { ...e, t: e.t + 1 } : e));
    expect(hashEvents(changed)).not.toBe(hashEvents(events));
  });

  it('both halves of the hash still depend on the first event of a long log', () => {
    const events = runScenario(ontime(), { faults, untilMs: 600_000 }).events;
    const changed: SimEvent[] = events.map((e, i) => (i === 0 ? { ...e, t: e.t + 1 } : e));
    const [a, b] = [hashEvents(events), hashEvents(changed)];
    expect(a.slice(0, 8)).not.toBe(b.slice(0, 8));
    expect(a.slice(8)).not.toBe(b.slice(8));
  });
});

describe('determinism across the worker and Node', () => {
  afterEach(() => vi.useRealTimers());

  it('a run driven by the worker\'s Runner in real time has the same event log as a direct Node run of its faults', () => {
    vi.useFakeTimers();
    let wallMs = 0;
    const events: SimEvent[] = [];
    let simNow = 0;
    const runner = new Runner((frame) => {
      events.push(...frame.events);
      simNow = frame.t;
    }, () => wallMs);
    const advance = (ms: number) => {
      for (let i = 0; i < ms / 16; i++) {
        wallMs += 16;
        vi.advanceTimersByTime(16);
      }
    };
    runner.load(stretched(), 9, []);
    runner.setSpeed(60);
    runner.play();
    advance(400);
    runner.inject({ kind: 'crashHost', target: 'OT1' });
    advance(600);
    runner.inject({ kind: 'partition', from: ['dc1'], to: ['dc2'] });
    advance(300);
    runner.inject({ kind: 'recover', target: 'OT1' });
    advance(1000);
    runner.pause();
    const injected = events.filter((e): e is Extract<SimEvent, { type: 'fault.injected' }> => e.type === 'fault.injected');
    expect(injected).toHaveLength(3);
    const direct = runScenario(stretched(), { seed: 9, faults: injected.map((e) => ({ atMs: e.t, fault: e.fault })), untilMs: simNow });
    expect(direct.eventHash).toBe(hashEvents(events));
  });
});
