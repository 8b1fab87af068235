import { describe, expect, it } from 'vitest';
import { sampleRecords, Simulation, type SimEvent } from '../../index';
import { validateDesign } from '../../documents';
import minimal from '../../../templates/ontime-minimal.json';

function design() {
  const result = validateDesign(minimal);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.design;
}

function collect(sim: Simulation, untilMs: number, log: SimEvent[]): void {
  sim.runUntil(untilMs);
  log.push(...sim.drainFrame().events);
}

describe('OnTime kit', () => {
  it('OT-4: a live member of the OnTime cluster takes over the Sync of a stopped task within about 10 s', () => {
    const sim = new Simulation(design());
    const log: SimEvent[] = [];
    collect(sim, 30_000, log);
    const fault = sim.inject({ kind: 'stopProcess', target: 'OT1', process: 'ontime' });
    collect(sim, 60_000, log);
    const takeover = log.find((e) => e.type === 'sync.takeover');
    expect(takeover).toMatchObject({ mailServer: 'MS1', from: 'OT1', to: 'OT2' });
    const delay = takeover!.t - fault.t;
    expect(delay).toBeGreaterThanOrEqual(5_000);
    expect(delay).toBeLessThanOrEqual(11_000);
  });

  it('OT-4: the takeover also happens when the whole Domino server of OT1 dies', () => {
    const sim = new Simulation(design());
    const log: SimEvent[] = [];
    collect(sim, 30_000, log);
    sim.inject({ kind: 'crashHost', target: 'OT1' });
    collect(sim, 60_000, log);
    expect(log.some((e) => e.type === 'sync.takeover' && e.to === 'OT2')).toBe(true);
  });

  it('OT-5: when the task is back, the owner resumes its Sync and the stand-in stops', () => {
    const sim = new Simulation(design());
    const log: SimEvent[] = [];
    collect(sim, 30_000, log);
    sim.inject({ kind: 'stopProcess', target: 'OT1', process: 'ontime' });
    collect(sim, 60_000, log);
    sim.inject({ kind: 'startProcess', target: 'OT1', process: 'ontime' });
    collect(sim, 120_000, log);
    const failback = log.find((e) => e.type === 'sync.failback');
    expect(failback).toMatchObject({ mailServer: 'MS1', from: 'OT2', to: 'OT1' });
    const frame = sim.drainFrame(true);
    expect(frame.relations.find((r) => r.id === 'sync:MS1')).toMatchObject({ from: 'OT1', active: true });
  });

  it('explains a takeover: its cause chain leads back to the injected fault', () => {
    const sim = new Simulation(design());
    const log: SimEvent[] = [];
    collect(sim, 10_000, log);
    sim.inject({ kind: 'stopProcess', target: 'OT1', process: 'ontime' });
    collect(sim, 40_000, log);
    const byId = new Map(log.map((e) => [e.id, e]));
    let e: SimEvent | undefined = log.find((x) => x.type === 'sync.takeover');
    const chain: string[] = [];
    while (e) {
      chain.push(e.type);
      e = e.cause === null ? undefined : byId.get(e.cause);
    }
    expect(chain).toEqual(['sync.takeover', 'member.dead', 'process.state', 'process.state', 'fault.injected']);
  });

  it('sync lag grows while nobody syncs and falls after the takeover', () => {
    const sim = new Simulation(design());
    sim.runUntil(20_000);
    sim.drainFrame();
    sim.inject({ kind: 'crashProcess', target: 'OT1', process: 'ontime' });
    sim.runUntil(60_000);
    const lags = sampleRecords(sim.drainFrame().samples).map((s) => s.values['syncLag:MS1'] ?? NaN);
    expect(Math.max(...lags)).toBeGreaterThan(8);
    expect(lags.at(-1)).toBeLessThanOrEqual(5);
  });
});

describe('determinism', () => {
  it('the same design, faults and seed give an identical event log', () => {
    const run = (seed: number) => {
      const sim = new Simulation(design(), { seed });
      const log: SimEvent[] = [];
      collect(sim, 15_000, log);
      sim.inject({ kind: 'crashHost', target: 'OT1' });
      collect(sim, 45_000, log);
      sim.inject({ kind: 'recoverHost', target: 'OT1' });
      collect(sim, 200_000, log);
      return JSON.stringify(log);
    };
    expect(run(5)).toBe(run(5));
  });
});

describe('OnTime takeover timing', () => {
  it('OT-4: the takeover delay is a parameter (takeoverAfterMs), measured from the failure', () => {
    const raw = structuredClone(minimal);
    for (const n of raw.nodes) if (n.kind === 'ontimeServer') (n.params as Record<string, number>).takeoverAfterMs = 30_000;
    const result = validateDesign(raw);
    if (!result.ok) throw new Error('bad design');
    const sim = new Simulation(result.design);
    const log: SimEvent[] = [];
    collect(sim, 10_000, log);
    const fault = sim.inject({ kind: 'crashHost', target: 'OT1' });
    collect(sim, 80_000, log);
    const takeover = log.find((e) => e.type === 'sync.takeover')!;
    expect(takeover.t - fault.t).toBeGreaterThanOrEqual(29_000);
    expect(takeover.t - fault.t).toBeLessThanOrEqual(31_000);
  });

  it('OT-4: a server with no OnTime cluster peer leaves its mail servers unsynced (orphaned) until it returns', () => {
    const raw = structuredClone(minimal);
    raw.clusters = [];
    const result = validateDesign(raw);
    if (!result.ok) throw new Error('bad design');
    const sim = new Simulation(result.design);
    const log: SimEvent[] = [];
    collect(sim, 10_000, log);
    sim.inject({ kind: 'stopProcess', target: 'OT1', process: 'ontime' });
    collect(sim, 120_000, log);
    expect(log.find((e) => e.type === 'sync.orphaned')).toMatchObject({ mailServer: 'MS1', owner: 'OT1' });
    expect(log.some((e) => e.type === 'sync.takeover')).toBe(false);
  });
});
