import type { StateCreator } from 'zustand';
import type { Bilingual } from '../engine';
import type { PersistTable } from './persist';

/** A request to the canvas to bring these nodes or sites into view (empty = the whole design); `seq` makes each one new. */
export interface CameraRequest {
  ids: readonly string[];
  seq: number;
}

/** What the clicker's keys do while a story plays (PageDown/Space: next step; PageUp: the previous one). */
export interface StoryClicker {
  next(): void;
  previous(): void;
}

/**
 * Presenting to a room (issue 15): presenter mode (the canvas full screen, every panel hidden, type readable from
 * the back), a black screen between two points, and what a story or a lesson points at (highlighted nodes, the
 * camera). Stories and lessons set these through the command registry; the canvas and the presenter view read them.
 */
export interface PresenterSlice {
  presenting: boolean;
  /** "b" on a clicker: the screen goes black until pressed again. */
  blackScreen: boolean;
  /** Node or site ids drawn highlighted (a story's step, a lesson's question). */
  highlighted: readonly string[];
  camera: CameraRequest | null;
  /** The caption of the story step on screen (both languages: the viewer may switch mid-story); null = none. */
  caption: Bilingual | null;
  /** Set by a playing story: the clicker keys go to it; null = they drive the run (play/pause, next event). */
  storyClicker: StoryClicker | null;
  setPresenting(on: boolean): void;
  setBlackScreen(on: boolean): void;
  setHighlighted(ids: readonly string[]): void;
  /** Asks the canvas to fit these ids (nodes or sites; none = everything). */
  fitCamera(ids: readonly string[]): void;
  setCaption(caption: Bilingual | null): void;
  setStoryClicker(clicker: StoryClicker | null): void;
}

export const createPresenterSlice: StateCreator<PresenterSlice, [], [], PresenterSlice> = (set, get) => ({
  presenting: false,
  blackScreen: false,
  highlighted: [],
  camera: null,
  caption: null,
  storyClicker: null,
  setPresenting: (on) => set(on ? { presenting: true } : { presenting: false, blackScreen: false }),
  setBlackScreen: (on) => set({ blackScreen: on }),
  setHighlighted: (ids) => set({ highlighted: ids }),
  fitCamera: (ids) => set({ camera: { ids, seq: (get().camera?.seq ?? 0) + 1 } }),
  setCaption: (caption) => set({ caption }),
  setStoryClicker: (clicker) => set({ storyClicker: clicker }),
});

/** Presenting is a moment, not a preference: a reload opens the editor. */
export const presenterPersistence: PersistTable<PresenterSlice> = {};
