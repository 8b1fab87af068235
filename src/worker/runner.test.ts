import { describe, expect, it } from 'vitest';
import type { SimEvent } from '../engine';
import { templateById } from '../templates';
import { runnerHarness as harness } from './runnerHarness.testing';

const design = templateById('ontime-minimal')!.design;


const brief = (events: SimEvent[]) => events.map((e) => `${e.t}:${e.type}:${e.subject}`);

describe('the runner: live play, recorded faults and deterministic re-runs', () => {
  it('a recorded live session replays exactly from its seed and script', () => {
    const live = harness();
    live.runner.load(design, 7, []);
    live.runner.setSpeed(60);
    live.runner.play();
    for (let i = 0; i < 20; i++) live.advance(16);
    live.runner.inject({ kind: 'stopProcess', target: 'OT1', process: 'ontime' });
    for (let i = 0; i < 60; i++) live.advance(16);
    live.runner.inject({ kind: 'startProcess', target: 'OT1', process: 'ontime' });
    for (let i = 0; i < 60; i++) live.advance(16);
    live.runner.pause();
    const end = live.last().frame.t;
    const script = live.out.map((o) => o.state.script).filter((s) => s !== undefined).pop()!;
    expect(script.map((e) => e.fault.kind)).toEqual(['stopProcess', 'startProcess']);

    const replay = harness();
    replay.runner.load(design, 7, script, end);
    expect(brief(replay.events())).toEqual(brief(live.events()));
    expect(brief(live.events())).toContain(`${script[0]!.atMs}:fault.injected:OT1`);
  });

  it('while playing with a stream interval, frames are drained about every interval and carry every event; commands answer at once', () => {
    const every = harness();
    const sparse = harness(100);
    for (const h of [every, sparse]) {
      h.runner.load(design, 7, []);
      h.runner.setSpeed(60);
      h.runner.play();
    }
    const playStart = sparse.out.length;
    for (let i = 0; i < 60; i++) for (const h of [every, sparse]) h.advance(16);
    // 60 ticks of 16 ms = 960 ms of wall time: a frame every 6th tick (96 ms), not every tick.
    expect(every.out.length - playStart).toBeGreaterThanOrEqual(60);
    expect(sparse.out.length - playStart).toBeLessThanOrEqual(11);
    expect(sparse.out.length - playStart).toBeGreaterThanOrEqual(9);
    const before = sparse.out.length;
    sparse.runner.inject({ kind: 'stopProcess', target: 'OT1', process: 'ontime' });
    expect(sparse.out.length).toBe(before + 1);
    every.runner.inject({ kind: 'stopProcess', target: 'OT1', process: 'ontime' });
    for (const h of [every, sparse]) h.runner.pause();
    expect(sparse.last().frame.t).toBe(every.last().frame.t);
    expect(brief(sparse.events())).toEqual(brief(every.events()));
  });

  it('jumping back shows the past as it was, and jumping forward again reaches the same present', () => {
    const h = harness();
    h.runner.load(design, 3, [
      { atMs: 10_000, fault: { kind: 'crashHost', target: 'OT1' } },
      { atMs: 40_000, fault: { kind: 'recoverHost', target: 'OT1' } },
    ]);
    h.runner.seek(90_000);
    const full = brief(h.events());
    h.runner.seek(25_000);
    expect(h.last().state.reset).toBe(true);
    expect(h.last().frame.t).toBe(25_000);
    expect(h.last().state.horizonMs).toBe(90_000);
    const past = brief(h.events());
    expect(past).toEqual(full.filter((line) => Number(line.split(':')[0]) <= 25_000));
    h.runner.seek(90_000);
    expect(brief(h.events())).toEqual(full);
  });

  it('injecting after a jump back forks a new future: the later scripted faults are dropped', () => {
    const h = harness();
    h.runner.load(design, 3, [
      { atMs: 10_000, fault: { kind: 'crashHost', target: 'OT1' } },
      { atMs: 40_000, fault: { kind: 'recoverHost', target: 'OT1' } },
    ]);
    h.runner.seek(60_000);
    h.runner.seek(20_000);
    h.runner.inject({ kind: 'crashHost', target: 'OT2' });
    expect(h.last().state.script?.map((e) => [e.atMs, e.fault.kind])).toEqual([
      [10_000, 'crashHost'],
      [20_000, 'crashHost'],
    ]);
    expect(h.last().state.horizonMs).toBe(20_000);
  });

  it('step runs to the next event and pauses; a scripted fault due first is that next event', () => {
    const h = harness();
    h.runner.load(design, 1, [{ atMs: 5_000, fault: { kind: 'stopProcess', target: 'OT1', process: 'ontime' } }]);
    h.runner.play();
    h.runner.step();
    expect(h.last().state.playing).toBe(false);
    expect(h.last().frame.t).toBe(5_000);
    expect(h.last().frame.events[0]?.type).toBe('fault.injected');
    h.runner.step();
    expect(h.last().frame.events.length).toBeGreaterThan(0);
    expect(h.last().frame.t).toBeGreaterThan(5_000);
  });

  it('plays at the chosen speed, and as fast as it can at max', () => {
    const h = harness();
    h.runner.load(design, 1, []);
    h.runner.setSpeed(20);
    h.runner.play();
    h.advance(100);
    expect(h.last().frame.t).toBe(2_000);
    h.runner.setSpeed('max');
    const before = h.last().frame.t;
    h.advance(16);
    // The fake clock stands still during the tick: the slice cap ends it, far ahead of any paced speed.
    expect(h.last().frame.t).toBeGreaterThan(before + 60 * 16);
  });
});
