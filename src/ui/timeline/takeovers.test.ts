import { describe, expect, it } from 'vitest';
import { faultLanes, Simulation, type SimEvent, type TimedFault, runScenario } from '../../engine';
import { templateById } from '../../templates';
import { advanceWithScript } from '../../worker/script';
import { causeChain, involvedNodes } from './causes';
import { laneViews, rowsOf } from './takeovers';
import { keepEvents, NO_EVENTS, withCauses } from '../../state/keptEvents';

const design = templateById('ontime-minimal')!.design;

function run(script: TimedFault[], untilMs: number): SimEvent[] {
  const sim = new Simulation(design, { seed: 1 });
  advanceWithScript(sim, script, 0, untilMs);
  return sim.drainFrame().events;
}

describe('takeover view: the engine\'s lanes per fault', () => {
  it('OT-4/OT-5: a stopped task is a Sync lane: detected, taken over within about 10 s, failed back after its restart', () => {
    const events = run(
      [
        { atMs: 20_000, fault: { kind: 'stopProcess', target: 'OT1', process: 'ontime' } },
        { atMs: 60_000, fault: { kind: 'startProcess', target: 'OT1', process: 'ontime' } },
      ],
      120_000,
    );
    const [stop, start, ...rest] = rowsOf(faultLanes(events));
    expect(rest).toHaveLength(0);
    expect(stop!.atMs).toBe(20_000);
    expect(start!.atMs).toBe(60_000);
    const [sync, ...others] = laneViews(stop!, 120_000);
    expect(others).toHaveLength(0);
    expect(sync!.lane.lane).toBe('sync');
    expect(sync!.outcome.kind).toBe('tookOver');
    expect(sync!.detectedMs).toBeGreaterThanOrEqual(5_000);
    expect(sync!.rtoMs).toBeGreaterThanOrEqual(sync!.detectedMs!);
    expect(sync!.rtoMs).toBeLessThanOrEqual(15_000);
    // The failback the restart caused is credited to the stop whose takeover it undoes, measured from the restart.
    expect(sync!.failbackAfterRecoveryMs).toBeGreaterThan(0);
    // OT-4: the survivor takes over in the instant it declares the peer dead: no "deciding" stretch.
    expect(sync!.segments.map((s) => s.kind)).toEqual(['undetected', 'standIn', 'failingBack']);
    expect(sync!.segments.find((s) => s.kind === 'failingBack')!.fromMs).toBe(60_000);
    expect(stop!.serviceRestoredMs).toBe(sync!.rtoMs);
  });

  it('S2 / OT-4 / OT-6 / OT-1: on P1 a Domino crash reads as three lanes (Sync ≈10 s, mail DBs on the replica ≈35 s, the LB marking the server down ≈75 s), as the run report has them', () => {
    const p1 = templateById('ontime-p1-colocated')!.design;
    const script: TimedFault[] = [
      { atMs: 20_000, fault: { kind: 'crashHost', target: 'OT1' } },
      { atMs: 180_000, fault: { kind: 'recoverHost', target: 'OT1' } },
    ];
    const sim = new Simulation(p1, { seed: 1 });
    advanceWithScript(sim, script, 0, 400_000);
    const events = sim.drainFrame().events;
    const [crash] = rowsOf(faultLanes(events));
    const views = laneViews(crash!, 400_000);
    expect(views.map((v) => [v.lane.lane, v.outcome.kind, v.rtoMs])).toEqual([
      ['sync', 'tookOver', 10_000],
      ['mailDb', 'tookOver', 35_000],
      ['rest', 'back', 75_000],
    ]);
    // The headline is when users were served again (the LB routed around OT1), the same as the CLI report's.
    const report = runScenario(p1, { faults: script, untilMs: 400_000 }).report;
    expect(crash!.serviceRestoredMs).toBe(75_000);
    expect(crash!.lanes).toEqual(report.faults[0]!.lanes);
  });

  it('OT-4: a fault that has left the kept window keeps its row and its "why?" (the causes are kept)', () => {
    const events = run([{ atMs: 20_000, fault: { kind: 'stopProcess', target: 'OT1', process: 'ontime' } }], 120_000);
    const takeover = events.findIndex((e) => e.type === 'sync.takeover');
    // A window that starts at the takeover: the fault and the detection are older than every kept event.
    const kept = keepEvents(NO_EVENTS, events, events.length - takeover);
    expect(kept.events.some((e) => e.type === 'fault.injected')).toBe(false);
    expect(faultLanes(kept.events)).toEqual([]);
    const [row] = rowsOf(faultLanes(withCauses(kept.events, kept.causes)));
    expect(row?.atMs).toBe(20_000);
    expect(row?.lanes[0]?.steps.map((s) => s.type)).toContain('sync.takeover');
    const byId = new Map(withCauses(kept.events, kept.causes).map((e) => [e.id, e]));
    const { chain, complete } = causeChain(kept.events[0]!, byId);
    expect(complete).toBe(true);
    expect(chain.at(-1)?.type).toBe('fault.injected');
  });

  it('OT-4: while the takeover is pending the lane and the headline say "not back yet", not 0 s', () => {
    const events = run([{ atMs: 20_000, fault: { kind: 'stopProcess', target: 'OT1', process: 'ontime' } }], 25_000);
    const [row] = rowsOf(faultLanes(events));
    const [sync] = laneViews(row!, 25_000);
    expect(sync!.outcome.kind).toBe('notBack');
    expect(row!.serviceRestoredMs).toBeNull();
    expect(sync!.segments).toEqual([{ kind: 'undetected', fromMs: 20_000, toMs: 25_000 }]);
  });

  it('a crash with no recovery yet has no failback, and a later crash of another node is its own row', () => {
    const events = run(
      [
        { atMs: 5_000, fault: { kind: 'crashHost', target: 'OT1' } },
        { atMs: 50_000, fault: { kind: 'crashHost', target: 'MS1' } },
      ],
      80_000,
    );
    const rows = rowsOf(faultLanes(events));
    expect(rows.map((r) => r.atMs)).toEqual([5_000, 50_000]);
    const sync = laneViews(rows[0]!, 80_000).find((v) => v.lane.lane === 'sync')!;
    expect(sync.outcome.kind).toBe('tookOver');
    expect(sync.failbackAfterRecoveryMs).toBeUndefined();
    expect(sync.segments.at(-1)).toMatchObject({ kind: 'standIn', toMs: 80_000 });
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
