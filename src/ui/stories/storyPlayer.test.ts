/// <reference types="vite/client" />
import { beforeEach, describe, expect, it } from 'vitest';
import type { Story } from '../../engine';
import { templateById } from '../../templates';
import { openDesign, useAppStore } from '../../state/store';
import { LiveSimulation, type StartWorker } from '../../state/simulation';
import { Runner } from '../../worker/runner';
import type { ToWorker } from '../../worker/protocol';
import { builtinStories } from '../../stories/builtin';
import { StoryPlayer } from './storyPlayer';

/** The real runner in this thread on a fake wall clock: `tick(n)` runs n worker ticks of 16 ms. */
let pending: (() => void) | undefined;
let wall = 0;
const inProcessWorker: StartWorker = (deliver) => {
  let handled = 0;
  const runner = new Runner(
    (frame, state) => deliver([{ type: 'frame', frame, ...state, handled }]),
    () => wall,
    (fn) => {
      pending = fn;
      return 0 as unknown as ReturnType<typeof setTimeout>;
    },
  );
  const send = (m: ToWorker) => {
    handled++;
    if (m.type === 'load') runner.load(m.design, m.seed, m.script, m.untilMs, m.horizonMs, m.loadId);
    else if (m.type === 'play') runner.play();
    else if (m.type === 'pause') runner.pause();
    else if (m.type === 'playUntil') runner.playUntil(m.untilMs);
    else if (m.type === 'speed') runner.setSpeed(m.speed);
    else if (m.type === 'inject') runner.inject(m.fault);
    else if (m.type === 'seek') runner.seek(m.timeMs);
  };
  return { send, dispose: () => undefined };
};
function tick(n = 1): void {
  for (let i = 0; i < n; i++) {
    wall += 16;
    const fn = pending;
    pending = undefined;
    fn?.();
  }
}
/** Ticks until the story waits for a click (or the budget of ticks runs out). */
function untilSettled(): void {
  for (let i = 0; i < 2000 && useAppStore.getState().storyPlayback?.phase === 'running'; i++) tick();
}

const s1 = builtinStories().find((b) => b.scenario === 'S1')!;
let sim: LiveSimulation;
let player: StoryPlayer;
let disconnect: () => void;
beforeEach(() => {
  disconnect?.();
  openDesign(structuredClone(templateById(s1.templateId)!.design));
  sim = new LiveSimulation(useAppStore, inProcessWorker);
  disconnect = sim.connect();
  sim.setSpeed('max');
  player = new StoryPlayer(useAppStore, sim);
});

const state = () => useAppStore.getState();
const kinds = () => state().events.map((e) => `${e.type}:${e.subject}`);

describe('the story player', () => {
  it('S1: plays each step to its time exactly, shows its caption, highlights and camera, and waits for a click', () => {
    player.start(s1.story);
    expect(state().caption).toEqual(s1.story.steps[0]!.caption);
    expect(state().storyClicker).not.toBeNull();
    untilSettled();
    expect(state().storyPlayback).toMatchObject({ stepIndex: 0, phase: 'waiting' });
    expect(state().timeMs).toBe(20_000);
    state().storyClicker!.next();
    expect(state().highlighted).toEqual(['OT1', 'MS1']);
    expect(state().camera?.ids).toEqual(['OT1', 'MS1']);
    untilSettled();
    expect(state().timeMs).toBe(25_000);
    expect(state().script).toEqual([{ atMs: 20_000, fault: { kind: 'stopProcess', target: 'OT1', process: 'ontime' } }]);
    state().storyClicker!.next();
    untilSettled();
    // OT-4: the takeover the caption speaks of has happened when the step's time is reached.
    expect(state().timeMs).toBe(32_000);
    expect(kinds()).toContain('sync.takeover:MS1');
  });

  it('previous replays up to the previous step’s end: the same time, faults and events as the first time', () => {
    player.start(s1.story);
    untilSettled();
    player.next();
    untilSettled();
    const atStep1 = { t: state().timeMs, events: kinds(), script: state().script };
    player.next();
    untilSettled();
    player.previous();
    untilSettled();
    expect(state().storyPlayback).toMatchObject({ stepIndex: 1, phase: 'waiting' });
    expect(state().caption).toEqual(s1.story.steps[1]!.caption);
    expect({ t: state().timeMs, events: kinds(), script: state().script }).toEqual(atStep1);
  });

  it('next while a step runs skips to its end; a step that does not wait goes on by itself; stop clears what the audience saw', () => {
    const story: Story = { ...s1.story, steps: s1.story.steps.map((s, i) => (i === 0 ? { ...s, waitForClick: false } : s)) };
    player.start(story);
    tick(1);
    player.next();
    untilSettled();
    expect(state().storyPlayback).toMatchObject({ stepIndex: 1, phase: 'waiting' });
    expect(state().timeMs).toBe(25_000);
    player.stop();
    expect(state()).toMatchObject({ caption: null, highlighted: [], storyClicker: null, storyPlayback: null });
  });

  it('the last step done, next ends the story; opening another design ends it too', () => {
    player.start({ ...s1.story, steps: [s1.story.steps[0]!] });
    untilSettled();
    expect(state().storyPlayback?.phase).toBe('done');
    player.next();
    expect(state().storyPlayback).toBeNull();
    player.start(s1.story);
    openDesign(structuredClone(templateById('weblogic-maa')!.design));
    expect(state().storyPlayback).toBeNull();
    expect(state().caption).toBeNull();
  });
});
