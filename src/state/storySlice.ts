import type { StateCreator } from 'zustand';
import type { Story } from '../engine';
import type { PersistTable } from './persist';

/**
 * Where a playing story is (issue 15 §2). `running`: the run plays to the step's time; `waiting`: the step's time
 * is reached and the presenter clicks on; `done`: the last step is shown. The player (src/ui/stories/storyPlayer.ts)
 * sets it; the Stories tab and the commands read it. What the audience sees (caption, highlights, camera, clicker)
 * is the presenter slice's.
 */
export interface StoryPlayback {
  story: Story;
  stepIndex: number;
  phase: 'running' | 'waiting' | 'done';
}

export interface StorySlice {
  storyPlayback: StoryPlayback | null;
  setStoryPlayback(playback: StoryPlayback | null): void;
}

export const createStorySlice: StateCreator<StorySlice, [], [], StorySlice> = (set) => ({
  storyPlayback: null,
  setStoryPlayback: (playback) => set({ storyPlayback: playback }),
});

/** A story plays in this page's run: a reload starts without one. */
export const storyPersistence: PersistTable<StorySlice> = {};
