import { describe, expect, it } from 'vitest';
import { sampleRecords, Simulation, storyIssuesOn, storySchema, type SimEvent, type Story } from '../../engine';
import { templateById } from '../../templates';
import { builtinStories, builtinStoriesFor } from '.';
import { storyScript } from '../storyScript';

/** Plays a story the way the player does (each step's faults at its start, then on to its time): the events of each step. */
function playSteps(story: Story, templateId: string): { events: SimEvent[][]; throughput: number[] } {
  const sim = new Simulation(templateById(templateId)!.design);
  const script = storyScript(story.steps, story.steps.length - 1);
  const events: SimEvent[][] = [];
  const throughput: number[] = [];
  let next = 0;
  for (const step of story.steps) {
    while (next < script.length && script[next]!.atMs <= sim.now) sim.inject(script[next++]!.fault);
    sim.runUntil(step.untilMs);
    const frame = sim.drainFrame();
    events.push(frame.events);
    const rows = frame.samples.rows.length;
    throughput.push(rows > 0 ? (sampleRecords(frame.samples, rows - 1)[0]!.values.throughput ?? NaN) : NaN);
  }
  return { events, throughput };
}

/** The event each step is there to show, by scenario: [step index, event type, subject]. It must happen in that step, not before. */
const SHOWS: Record<string, Array<[number, string, string]>> = {
  S1: [[1, 'sync.stopped', 'MS1'], [2, 'sync.takeover', 'MS1'], [3, 'sync.failback', 'MS1']],
  S2: [[1, 'sync.takeover', 'OT1'], [2, 'maildb.takeover', 'OT1'], [3, 'lb.markedDown', 'OT1'], [4, 'sync.failback', 'OT1'], [4, 'maildb.failback', 'OT1'], [4, 'lb.markedUp', 'OT1']],
  S3: [[1, 'wl.sessions.takeover', 'MS1'], [1, 'wl.sessionsRereplicatedCrossSite', 'MS2'], [1, 'restart.attempt', 'MS1'], [2, 'member.dead', 'MS1'], [3, 'wl.txRecovered', 'MS1'], [3, 'member.alive', 'MS1']],
  S4: [[1, 'host.state', 'MS2'], [2, 'wl.sessionsLost', 'MS1'], [2, 'wl.sessionsLost', 'MS2'], [3, 'wl.service.migrated', 'MS1'], [4, 'glb.clientsMoved', 'site1']],
  S5: [[1, 'site.down', 'site1'], [1, 'wl.txFailing', 'MS3'], [2, 'dg.failoverStarted', 'DB2'], [3, 'dg.primary.takeover', 'DB2'], [3, 'dg.poolsReconnected', 'DB2'], [3, 'wl.txResumed', 'MS3'], [4, 'wl.service.migrated', 'MS1'], [5, 'glb.clientsMoved', 'site1'], [5, 'admin.crossSiteRestartRequired', 'ADMIN']],
  S6: [[1, 'sg.switchover.decided', 'SG1'], [1, 'dg.primary.takeover', 'DB2'], [2, 'wl.sessions.takeover', 'MS2'], [3, 'service.restored', 'site2']],
  S7: [[1, 'net.partitioned', 'cut-man'], [1, 'wl.txFailing', 'MS3'], [2, 'member.dead', 'MS3'], [3, 'wl.service.migrated', 'MS3'], [4, 'net.healed', 'cut-man'], [4, 'coh.converged', 'COH2'], [4, 'wl.service.failback', 'MS3']],
  S8: [[1, 'wl.rttOutOfRange', 'man'], [2, 'wl.deployed', 'ADMIN']],
};

describe('built-in stories S1–S8', () => {
  it('cover every scenario of DOMAIN.md §3 with 3–6 steps, valid stories with unique ids', () => {
    expect(builtinStories().map((b) => b.scenario)).toEqual(['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8']);
    expect(new Set(builtinStories().map((b) => b.story.id)).size).toBe(8);
    for (const b of builtinStories()) {
      expect(storySchema.safeParse(b.story).success, b.scenario).toBe(true);
      expect(b.story.steps.length, b.scenario).toBeGreaterThanOrEqual(3);
      expect(b.story.steps.length, b.scenario).toBeLessThanOrEqual(6);
      for (const s of b.story.steps) expect(s.caption.ja.length * s.caption.en.length, b.scenario).toBeGreaterThan(0);
    }
  });

  for (const b of builtinStories()) {
    it(`${b.scenario}: fits its template ${b.templateId} and is offered on it`, () => {
      const design = templateById(b.templateId)!.design;
      expect(storyIssuesOn(b.story, design)).toEqual([]);
      expect(builtinStoriesFor(design).map((s) => s.id)).toContain(b.story.id);
    });

    it(`${b.scenario}: each step shows its effect: the event it speaks of happens within that step`, () => {
      const { events } = playSteps(b.story, b.templateId);
      for (const [index, type, subject] of SHOWS[b.scenario]!) {
        const within = events[index]!.some((e) => e.type === type && e.subject === subject);
        const before = events.slice(0, index).flat().some((e) => e.type === type && e.subject === subject);
        expect({ step: index, type, subject, within, before }).toEqual({ step: index, type, subject, within: true, before: false });
      }
      expect(events.flat().filter((e) => e.type === 'fault.unsupported')).toEqual([]);
    });
  }

  it('S5: the database fails over (FSFO threshold 30 s, then the role transition) before the step that says DB2 is primary', () => {
    const s5 = builtinStories().find((b) => b.scenario === 'S5')!;
    const { events } = playSteps(s5.story, s5.templateId);
    const fault = events.flat().find((e) => e.type === 'fault.injected')!;
    const started = events[2]!.find((e) => e.type === 'dg.failoverStarted')!;
    expect(started.t - fault.t).toBeGreaterThanOrEqual(30_000);
    const takeover = events[3]!.find((e) => e.type === 'dg.primary.takeover')!;
    expect(takeover.t - started.t).toBeLessThan(10_000);
    expect(s5.story.steps[3]!.caption.en).toContain('DB2 is the new primary');
  });

  it('S1: OT-4 the stand-in takes over about 10 s after the task stops', () => {
    const s1 = builtinStories().find((b) => b.scenario === 'S1')!;
    const { events } = playSteps(s1.story, s1.templateId);
    const stop = events[1]!.find((e) => e.type === 'fault.injected')!;
    const takeover = events[2]!.find((e) => e.type === 'sync.takeover')!;
    expect(takeover.t - stop.t).toBe(10_000);
  });

  it('S8: WL-15 throughput falls from about 92 % to about 75 % of the same system at 0 ms', () => {
    const s8 = builtinStories().find((b) => b.scenario === 'S8')!;
    const { throughput } = playSteps(s8.story, s8.templateId);
    expect(throughput[1]! / throughput[0]!).toBeCloseTo(0.75 / 0.92, 1);
  });

  it('are not offered on a design they do not fit, nor twice when one is saved in the design', () => {
    const ontime = templateById('ontime-minimal')!.design;
    expect(builtinStoriesFor(ontime).map((s) => s.id)).toEqual(['builtin-s1']);
    const saved = { ...ontime, stories: [builtinStories()[0]!.story] };
    expect(builtinStoriesFor(saved)).toEqual([]);
  });
});
