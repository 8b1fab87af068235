import type { StoreApi } from 'zustand';
import type { Story } from '../../engine';
import { simulation, simulationKey, type LiveSimulation } from '../../state/simulation';
import { useAppStore, type AppState } from '../../state/store';
import { storyScript } from '../../stories/storyScript';

/** What the player drives of the live simulation (the real one, or a fake in unit tests). */
export type StorySimulation = Pick<LiveSimulation, 'runScript' | 'inject' | 'playUntil' | 'pause' | 'seek'>;

/**
 * Plays a story on the run (issue 15 §2): the run restarts at 0:00 on the design on screen with no faults; each
 * step shows its caption, highlights and camera, injects its faults at the run's time then (the previous step's
 * end) and plays to its `untilMs`, where the worker pauses exactly. A step that waits for a click waits for
 * `next()`; one that does not goes on by itself. `previous()` re-runs deterministically from 0:00 with the faults of
 * the steps before (a run cannot go back otherwise). The clicker keys reach it through the presenter slice's
 * `storyClicker`, the commands and the Stories tab through this object.
 */
export class StoryPlayer {
  private story: Story | undefined;
  private index = 0;
  /** Set while the run goes to a step's end after `previous()`: once there, it waits whatever the step says. */
  private landing = false;
  private unsubscribe: (() => void) | undefined;
  private runKey = '';
  /** Set while commands are sent and the state is changed: frames arriving meanwhile are judged once it is done. */
  private busy = false;

  constructor(
    private readonly store: StoreApi<AppState>,
    private readonly sim: StorySimulation,
  ) {}

  get playing(): boolean {
    return this.story !== undefined;
  }

  start(story: Story): void {
    this.stop();
    this.story = story;
    const s = this.store.getState();
    this.runKey = simulationKey(s.design);
    s.setStoryClicker({ next: () => this.next(), previous: () => this.previous() });
    this.unsubscribe = this.store.subscribe((state) => this.onState(state));
    this.batch(() => {
      this.sim.runScript([], false);
      this.enter(0);
    });
  }

  /** Running: skips to the step's end. Waiting: the next step. On the last step: the story ends. */
  next(): void {
    const story = this.story;
    if (!story) return;
    const phase = this.store.getState().storyPlayback?.phase;
    if (phase === 'running') {
      this.batch(() => {
        this.sim.pause();
        this.sim.seek(story.steps[this.index]!.untilMs);
      });
    } else if (this.index + 1 < story.steps.length) {
      this.enter(this.index + 1);
    } else {
      this.stop();
    }
  }

  /** The previous step as it ended, replayed from 0:00; on the first step, the first step again from 0:00. */
  previous(): void {
    const story = this.story;
    if (!story) return;
    this.batch(() => {
      if (this.index === 0) {
        this.sim.runScript([], false);
        this.enter(0);
        return;
      }
      const index = this.index - 1;
      this.sim.runScript(storyScript(story.steps, index), false);
      this.sim.seek(story.steps[index]!.untilMs);
      this.show(index, 'running');
      this.landing = true;
    });
  }

  /** Ends the story: the run stays where it is, the caption, highlights and clicker go. */
  stop(): void {
    if (!this.story) return;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    const wasRunning = this.store.getState().storyPlayback?.phase === 'running';
    this.story = undefined;
    this.landing = false;
    if (wasRunning) this.sim.pause();
    const s = this.store.getState();
    s.setCaption(null);
    s.setHighlighted([]);
    s.setStoryClicker(null);
    s.setStoryPlayback(null);
  }

  /** Starts step `index` from where the run is (the previous step's end). */
  private enter(index: number): void {
    this.batch(() => {
      const step = this.story!.steps[index]!;
      this.landing = false;
      for (const fault of step.faults) this.sim.inject(fault);
      this.sim.playUntil(step.untilMs);
      this.show(index, 'running');
    });
  }

  /**
   * Sends commands and changes the state as one move: a frame that arrives in between (a worker in the same
   * thread answers at once) would see the new step with the old state and go on twice. Judged once at the end.
   */
  private batch(move: () => void): void {
    if (this.busy) return move();
    this.busy = true;
    try {
      move();
    } finally {
      this.busy = false;
    }
    this.onState(this.store.getState());
  }

  private show(index: number, phase: 'running' | 'waiting' | 'done'): void {
    const story = this.story!;
    const step = story.steps[index]!;
    this.index = index;
    const s = this.store.getState();
    s.setCaption(step.caption);
    s.setHighlighted(step.highlight);
    s.fitCamera(step.camera);
    s.setStoryPlayback({ story, stepIndex: index, phase });
  }

  private onState(s: AppState): void {
    const story = this.story;
    if (!story || this.busy) return;
    // Another document, or an edit that restarted the run: the story no longer describes what is on screen.
    if (simulationKey(s.design) !== this.runKey) return this.stop();
    if (s.storyPlayback?.phase !== 'running') return;
    const step = story.steps[this.index]!;
    const caughtUp = s.requestedLoadId === s.appliedLoadId;
    if (!caughtUp || s.playing || s.timeMs < step.untilMs) return;
    this.reached();
  }

  private reached(): void {
    const story = this.story!;
    const last = this.index + 1 >= story.steps.length;
    const wait = this.landing || story.steps[this.index]!.waitForClick;
    if (!last && !wait) return this.enter(this.index + 1);
    this.landing = false;
    this.store.getState().setStoryPlayback({ story, stepIndex: this.index, phase: last ? 'done' : 'waiting' });
  }
}

/** The page's one story player, on the live simulation. */
export const storyPlayer = new StoryPlayer(useAppStore, simulation);
