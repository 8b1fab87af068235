import type { StateCreator } from 'zustand';
import type { DesignIssue } from '../engine';
import type { SavedDesign, SavedView } from './persistence/library';
import type { PersistTable } from './persist';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

/** What the editor knows about the open document and its storage (the functions that change it: persistence/session.ts). */
export interface SessionSlice {
  /** The session has decided what opens (boot finished): the canvas can appear. */
  sessionReady: boolean;
  /** The id under which the open design is autosaved; undefined until its first change (or when read-only). */
  docId: string | undefined;
  /** The stored revision the open design was loaded from or last saved as: saves go only over that one. */
  revision: number;
  /** Another tab saved this design since: the stored version, until the user picks theirs or keeps theirs and a copy of
   * their own. Nothing is saved over it meanwhile. */
  conflict: SavedDesign | null;
  /** A shared link is open: nothing is saved until the user makes a copy. */
  readOnly: boolean;
  /** A broken share link: shown as an error; the app opens the last design instead. */
  shareIssues: DesignIssue[] | null;
  /** The open design was saved by an older version and broke rules added since: what opening it adjusted. */
  repairs: DesignIssue[] | null;
  /** First visit with nothing to restore: the template gallery is the start screen. */
  startScreen: boolean;
  /** The view to restore when the canvas appears (undefined: fit the design to the screen). */
  initialView: SavedView | undefined;
  /** Bumped by every switch of document, so the mounted canvas moves to the new document's view. */
  viewEpoch: number;
  save: SaveState;
  /** IndexedDB is unavailable (private mode, blocked): work is not kept across reloads, and the user is told. */
  storageError: string | null;
  /** Bumped whenever the saved-design list changed, so the list re-reads it. */
  libraryVersion: number;
}

export const createSessionSlice: StateCreator<SessionSlice, [], [], SessionSlice> = () => ({
  sessionReady: false,
  docId: undefined,
  revision: 0,
  conflict: null,
  readOnly: false,
  shareIssues: null,
  repairs: null,
  startScreen: false,
  initialView: undefined,
  viewEpoch: 0,
  save: 'idle',
  storageError: null,
  libraryVersion: 0,
});

/**
 * The session is rebuilt on every boot from the library (which document was open, its revision and view: stored
 * with the design by persistence/library.ts), so none of its fields is stored on its own.
 */
export const sessionPersistence: PersistTable<SessionSlice> = {};
