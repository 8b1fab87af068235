import { describe, expect, it } from 'vitest';
import type { SimEvent } from '../engine';
import { templateById } from '../templates';
import { runnerHarness as harness } from './runnerHarness.testing';

const design = templateById('ontime-minimal')!.design;


const brief = (events: SimEvent[]) => events.map((e) => `${e.t}:${e.type}:${e.subject}`);

describe('playUntil: a story step plays to its time and pauses there exactly', () => {
  for (const speed of [60, 'max'] as const) {
    it(`pauses at the given time exactly at speed ${speed}, whatever the tick size`, () => {
      const h = harness();
      h.runner.load(design, 1, []);
      h.runner.setSpeed(speed);
      h.runner.playUntil(12_345);
      for (let i = 0; i < 100 && h.last().state.playing; i++) h.advance(16);
      expect(h.last().state.playing).toBe(false);
      expect(h.last().frame.t).toBe(12_345);
      expect(h.runner.now).toBe(12_345);
    });
  }

  it('faults injected at each stop give the run a replay of the same script gives (steps are deterministic)', () => {
    const live = harness();
    live.runner.load(design, 3, []);
    live.runner.setSpeed(60);
    live.runner.playUntil(20_000);
    while (live.last().state.playing) live.advance(16);
    live.runner.inject({ kind: 'stopProcess', target: 'OT1', process: 'ontime' });
    live.runner.playUntil(45_000);
    while (live.last().state.playing) live.advance(16);
    const script = live.out.map((o) => o.state.script).filter((s) => s !== undefined).pop()!;
    expect(script).toEqual([{ atMs: 20_000, fault: { kind: 'stopProcess', target: 'OT1', process: 'ontime' } }]);
    const replay = harness();
    replay.runner.load(design, 3, script, 45_000);
    expect(brief(live.events())).toEqual(brief(replay.events()));
    // OT-4: the stand-in took over within the step.
    expect(brief(live.events()).some((e) => e.includes('sync.takeover'))).toBe(true);
  });

  it('a time already reached only pauses; a plain play afterwards plays on past it', () => {
    const h = harness();
    h.runner.load(design, 1, [], 5_000);
    h.runner.playUntil(4_000);
    expect(h.last().state.playing).toBe(false);
    expect(h.runner.now).toBe(5_000);
    h.runner.setSpeed(60);
    h.runner.playUntil(6_000);
    h.runner.play();
    for (let i = 0; i < 10; i++) h.advance(16);
    expect(h.runner.now).toBeGreaterThan(6_000);
    expect(h.last().state.playing).toBe(true);
  });
});
