import { describe, expect, it } from 'vitest';
import { Simulation, type SimEvent } from '../../engine';
import { templateById } from '../../templates';
import { advanceWithScript, type ScriptEntry } from '../../worker/script';
import { causeChain, involvedNodes } from './causes';
import { durations, outagesOf } from './takeovers';
import { keepEvents, NO_EVENTS, withCauses } from '../../state/keptEvents';

const design = templateById('ontime-minimal')!.design;

function run(script: ScriptEntry[], untilMs: number): SimEvent[] {
  const sim = new Simulation(design, { seed: 1 });
  advanceWithScript(sim, script, 0, untilMs);
  return sim.drainFrame().events;
}

describe('takeover timeline derived from the events', () => {
  it('OT-4/OT-5: a stopped task is detected, taken over within about 10 s, and failed back after its restart', () => {
    const events = run(
      [
        { atMs: 20_000, fault: { kind: 'stopProcess', target: 'OT1', process: 'ontime' } },
        { atMs: 60_000, fault: { kind: 'startProcess', target: 'OT1', process: 'ontime' } },
      ],
      120_000,
    );
    const [outage, ...rest] = outagesOf(events);
    expect(rest).toHaveLength(0);
    expect(outage!.fault.t).toBe(20_000);
    const d = durations(outage!);
    expect(d.detectedMs).toBeGreaterThanOrEqual(5_000);
    expect(d.rtoMs).toBeGreaterThanOrEqual(d.detectedMs!);
    expect(d.rtoMs).toBeLessThanOrEqual(15_000);
    expect(outage!.tookOver?.type).toBe('sync.takeover');
    expect(outage!.recovered?.t).toBe(60_000);
    expect(outage!.failedBack?.type).toBe('sync.failback');
    expect(d.failbackMs).toBeGreaterThan(0);
  });

  it('OT-4: an outage whose fault has left the kept window keeps its strip and its "why?" (the causes are kept)', () => {
    const events = run([{ atMs: 20_000, fault: { kind: 'stopProcess', target: 'OT1', process: 'ontime' } }], 120_000);
    const takeover = events.findIndex((e) => e.type === 'sync.takeover');
    // A window that starts at the takeover: the fault and the detection are older than every kept event.
    const kept = keepEvents(NO_EVENTS, events, events.length - takeover);
    expect(kept.events.some((e) => e.type === 'fault.injected')).toBe(false);
    expect(outagesOf(kept.events)).toEqual([]);
    const [outage] = outagesOf(withCauses(kept.events, kept.causes));
    expect(outage?.fault.t).toBe(20_000);
    expect(outage?.tookOver?.type).toBe('sync.takeover');
    const byId = new Map(withCauses(kept.events, kept.causes).map((e) => [e.id, e]));
    const { chain, complete } = causeChain(kept.events[0]!, byId);
    expect(complete).toBe(true);
    expect(chain.at(-1)?.type).toBe('fault.injected');
  });

  it('an outage with no recovery yet has no failback, and a later outage of another node is its own strip', () => {
    const events = run(
      [
        { atMs: 5_000, fault: { kind: 'crashHost', target: 'OT1' } },
        { atMs: 50_000, fault: { kind: 'crashHost', target: 'MS1' } },
      ],
      80_000,
    );
    const outages = outagesOf(events);
    expect(outages.map((o) => o.fault.t)).toEqual([5_000, 50_000]);
    expect(outages[0]!.recovered).toBeUndefined();
    expect(durations(outages[0]!).failbackMs).toBeUndefined();
    expect(outages[0]!.tookOver).toBeDefined();
  });

  it('"why?" walks from the takeover back to the injected fault, and names the nodes involved', () => {
    const events = run([{ atMs: 20_000, fault: { kind: 'stopProcess', target: 'OT1', process: 'ontime' } }], 60_000);
    const takeover = events.find((e) => e.type === 'sync.takeover')!;
    const { chain, complete } = causeChain(takeover, new Map(events.map((e) => [e.id, e])));
    expect(complete).toBe(true);
    expect(chain[0]?.type).toBe('member.dead');
    expect(chain[chain.length - 1]?.type).toBe('fault.injected');
    expect(involvedNodes(takeover, design).sort()).toEqual(['MS1', 'OT1', 'OT2']);
  });

  it('a cause chain that reaches past the kept window says so', () => {
    const events = run([{ atMs: 20_000, fault: { kind: 'stopProcess', target: 'OT1', process: 'ontime' } }], 60_000);
    const takeover = events.find((e) => e.type === 'sync.takeover')!;
    const kept = new Map(events.filter((e) => e.type !== 'fault.injected').map((e) => [e.id, e]));
    expect(causeChain(takeover, kept).complete).toBe(false);
  });
});
