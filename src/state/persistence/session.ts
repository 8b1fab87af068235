import { create } from 'zustand';
import type { DesignDoc, DesignIssue } from '../../engine';
import { openDesign, useAppStore } from '../store';
import { requestedDesign } from '../initialDesign';
import { DesignLibrary, type SavedView } from './library';
import { indexedDbStore, type KeyValueStore } from './kv';
import { isShareFragment, readShareFragment } from './shareLink';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

/** What the editor knows about the open document and its storage. */
export interface SessionState {
  ready: boolean;
  /** The id under which the open design is autosaved; undefined until its first change (or when read-only). */
  docId: string | undefined;
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

export const useSession = create<SessionState>()(() => ({
  ready: false,
  docId: undefined,
  readOnly: false,
  shareIssues: null,
  repairs: null,
  startScreen: false,
  initialView: undefined,
  viewEpoch: 0,
  save: 'idle',
  storageError: null,
  libraryVersion: 0,
}));

let library = new DesignLibrary(indexedDbStore());
/** Storage calls run one after another, so an autosave never interleaves with a rename or a delete. */
let queue: Promise<unknown> = Promise.resolve();

export function serial<T>(work: (lib: DesignLibrary) => Promise<T>): Promise<T> {
  const next = queue.then(() => work(library));
  queue = next.catch(() => undefined);
  return next;
}

/** Tests swap in an in-memory store. */
export function setLibraryStore(kv: KeyValueStore, now?: () => number, newId?: () => string): void {
  library = new DesignLibrary(kv, now, newId);
}

export function libraryChanged(): void {
  useSession.setState((s) => ({ libraryVersion: s.libraryVersion + 1 }));
}

function storageFailed(error: unknown): void {
  useSession.setState({ storageError: error instanceof Error ? error.message : String(error), save: 'failed' });
}

/**
 * Decides what opens: a share link (read-only) or an explicit request (`?template=`, injected design) wins over the
 * autosave; otherwise the last open design with its view; otherwise the default template and the gallery.
 */
export async function bootSession(location: Pick<Location, 'hash'> = window.location): Promise<void> {
  if (isShareFragment(location.hash)) {
    const shared = readShareFragment(location.hash);
    if (shared.ok) {
      openDesign(shared.design);
      useSession.setState({ ready: true, readOnly: true });
      return;
    }
    useSession.setState({ shareIssues: shared.issues });
  }
  if (requestedDesign()) {
    useSession.setState({ ready: true });
    return;
  }
  try {
    const last = await serial((lib) => lib.restoreLast());
    if (last) {
      openDesign(last.design);
      useSession.setState({ ready: true, docId: last.id, initialView: last.view, save: 'saved', repairs: last.repairs ?? null });
      // The repaired design is what is kept from now on (the banner says what changed, once).
      if (last.repairs) await saveNow();
      return;
    }
  } catch (error) {
    storageFailed(error);
  }
  useSession.setState({ ready: true, startScreen: useSession.getState().shareIssues === null });
}

/** Saves the open design now (autosave calls it after a short pause; leaving the page calls it at once). */
export async function saveNow(view?: SavedView): Promise<void> {
  if (useSession.getState().readOnly) return;
  useSession.setState({ save: 'saving' });
  try {
    // Which document to save into is decided inside the queue: two saves of a new design must not create two entries.
    const result = await serial(async (lib) => {
      const { docId, readOnly } = useSession.getState();
      if (readOnly) return undefined;
      const design = useAppStore.getState().design;
      const saved = await lib.save(docId, design, view);
      await lib.setCurrent(saved);
      useSession.setState({ docId: saved });
      return { design, created: docId === undefined };
    });
    if (!result) return;
    // Another edit may have arrived while saving: only "saved" when what was saved is still what is on screen.
    const upToDate = useAppStore.getState().design === result.design;
    useSession.setState({ save: upToDate ? 'saved' : 'pending', storageError: null });
    if (result.created) libraryChanged();
  } catch (error) {
    storageFailed(error);
  }
}

export function saveView(view: SavedView): void {
  const { docId, readOnly } = useSession.getState();
  if (!docId || readOnly) return;
  void serial((lib) => lib.saveView(docId, view)).catch(storageFailed);
}

/** Switches to another document (saved, new, a template, an import): fresh undo history, autosaved under `docId`. */
export async function switchDocument(design: DesignDoc, docId: string | undefined, view?: SavedView, repairs?: DesignIssue[]): Promise<void> {
  openDesign(design);
  const repaired = repairs !== undefined && repairs.length > 0;
  useSession.setState((s) => ({ docId, readOnly: false, startScreen: false, initialView: view, viewEpoch: s.viewEpoch + 1, save: docId ? 'saved' : 'idle', repairs: repaired ? repairs : null }));
  if (docId) await serial((lib) => lib.setCurrent(docId));
  if (!docId || repaired) await saveNow();
}
