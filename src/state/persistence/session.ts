import type { DesignDoc, DesignIssue } from '../../engine';
import { openDesign, useAppStore } from '../store';
import { requestedDesign } from '../initialDesign';
import { DesignLibrary, revisionOf, type SavedDesign, type SavedView } from './library';
import { indexedDbStore, type KeyValueStore } from './kv';
import { isShareFragment, readShareFragment } from './shareLink';
import { announceSaved, type SavedNotice } from './tabSync';
import { clearAhead, readAhead, writeAhead } from './writeAhead';

export type { SaveState } from '../sessionSlice';

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
  useAppStore.setState((s) => ({ libraryVersion: s.libraryVersion + 1 }));
}

function storageFailed(error: unknown): void {
  useAppStore.setState({ storageError: error instanceof Error ? error.message : String(error), save: 'failed' });
}

/** The last open design, read ahead of the boot (see readLastDesignEarly); taken once by bootSession. */
let lastRead: Promise<SavedDesign | undefined> | undefined;

/**
 * Starts reading the last open design now (main.tsx calls it before the first render): IndexedDB opens and reads
 * while React draws the page, instead of after it, when the boot effect runs (bench row 5: the start screen waits
 * for this read to know that it is a first visit). A pure read: the boot still decides what opens.
 */
export function readLastDesignEarly(): void {
  lastRead ??= serial((lib) => lib.restoreLast());
  // Handled where the boot awaits it; a boot that never needs it (a share link) must not leave it unhandled.
  lastRead.catch(() => undefined);
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
      useAppStore.setState({ sessionReady: true, readOnly: true });
      return;
    }
    useAppStore.setState({ shareIssues: shared.issues });
  }
  if (requestedDesign()) {
    useAppStore.setState({ sessionReady: true });
    return;
  }
  try {
    const early = lastRead;
    lastRead = undefined;
    const last = await (early ?? serial((lib) => lib.restoreLast()));
    if (last) {
      const pending = readAhead(last.id);
      openDesign(pending?.design ?? last.design);
      const revision = revisionOf(last);
      // An edit made on an older revision than the stored one (another tab saved since): shown, not saved, and the user
      // chooses between the two (see ConflictBanner).
      const conflict = pending && pending.baseRevision !== revision && JSON.stringify(pending.design) !== JSON.stringify(last.design) ? last : null;
      useAppStore.setState({ sessionReady: true, docId: last.id, revision, conflict, initialView: last.view, save: pending ? 'pending' : 'saved', repairs: last.repairs ?? null });
      // The repaired design, or the edit the last visit had not stored yet, is what is kept from now on.
      if ((last.repairs || pending) && !conflict) await saveNow();
      return;
    }
    // A design never stored (the first edit of a first visit) that a reload interrupted.
    const unsaved = readAhead(undefined);
    if (unsaved && !requestedDesign()) {
      useAppStore.setState({ sessionReady: true });
      await switchDocument(unsaved.design, undefined);
      return;
    }
  } catch (error) {
    storageFailed(error);
  }
  useAppStore.setState({ sessionReady: true, startScreen: useAppStore.getState().shareIssues === null });
}

/** While another document is being opened: its design is not an edit of the one being left. */
let switching = false;

/** Called on every change of the design on screen: a reload from now on keeps it (see writeAhead). */
export function rememberEdit(): void {
  const { readOnly, docId, revision } = useAppStore.getState();
  if (!readOnly && !switching) writeAhead(docId, revision, useAppStore.getState().design);
}

/** Another tab saved a design: if it is the one open here, this tab's copy is behind; say so (no save over it). */
export async function otherTabSaved(notice: SavedNotice): Promise<void> {
  const { docId, revision, readOnly } = useAppStore.getState();
  if (readOnly || notice.docId !== docId || notice.revision === revision) return;
  const theirs = await serial((lib) => lib.load(notice.docId));
  const now = useAppStore.getState();
  if (theirs && now.docId === notice.docId && revisionOf(theirs) !== now.revision) useAppStore.setState({ conflict: theirs });
}

/** The user's answer to a conflict: open the other tab's version (what is on screen here is dropped). */
export async function loadTheirs(): Promise<void> {
  const { conflict, docId } = useAppStore.getState();
  if (!conflict) return;
  clearAhead(docId, useAppStore.getState().design);
  await switchDocument(conflict.design, conflict.id, conflict.view, conflict.repairs, revisionOf(conflict));
}

/** The other answer: what is on screen becomes a new design named `copyName`; the other tab's version stays as it is. */
export async function keepMineAsCopy(copyName: (name: string) => string): Promise<void> {
  const { conflict, docId } = useAppStore.getState();
  if (!conflict) return;
  const mine = useAppStore.getState().design;
  clearAhead(docId, mine);
  await switchDocument({ ...mine, name: copyName(mine.name) }, undefined);
}

/** Saves the open design now (autosave calls it after a short pause; leaving the page calls it at once). */
export async function saveNow(view?: SavedView): Promise<void> {
  if (useAppStore.getState().readOnly || useAppStore.getState().conflict) return;
  useAppStore.setState({ save: 'saving' });
  try {
    // Which document to save into is decided inside the queue: two saves of a new design must not create two entries.
    const result = await serial(async (lib) => {
      const { docId, readOnly, revision, conflict } = useAppStore.getState();
      if (readOnly || conflict) return undefined;
      const design = useAppStore.getState().design;
      const saved = await lib.saveOver(docId, revision, design, view);
      if ('conflict' in saved) {
        useAppStore.setState({ conflict: saved.conflict, save: 'pending' });
        return undefined;
      }
      await lib.setCurrent(saved.id);
      useAppStore.setState({ docId: saved.id, revision: saved.revision });
      announceSaved({ docId: saved.id, revision: saved.revision });
      return { design, created: docId === undefined };
    });
    if (!result) return;
    // Another edit may have arrived while saving: only "saved" when what was saved is still what is on screen.
    const upToDate = useAppStore.getState().design === result.design;
    useAppStore.setState({ save: upToDate ? 'saved' : 'pending', storageError: null });
    // The reload copy now stands on the new revision (or is no longer needed).
    if (result.created) clearAhead(undefined, result.design);
    if (upToDate) clearAhead(useAppStore.getState().docId, result.design);
    else rememberEdit();
    if (result.created) libraryChanged();
  } catch (error) {
    storageFailed(error);
  }
}

export function saveView(view: SavedView): void {
  const { docId, readOnly } = useAppStore.getState();
  if (!docId || readOnly) return;
  void serial((lib) => lib.saveView(docId, view)).catch(storageFailed);
}

/** Switches to another document (saved, new, a template, an import): fresh undo history, autosaved under `docId`. */
export async function switchDocument(design: DesignDoc, docId: string | undefined, view?: SavedView, repairs?: DesignIssue[], revision = 0): Promise<void> {
  switching = true;
  try {
    openDesign(design);
  } finally {
    switching = false;
  }
  const repaired = repairs !== undefined && repairs.length > 0;
  useAppStore.setState((s) => ({ docId, revision, conflict: null, readOnly: false, startScreen: false, initialView: view, viewEpoch: s.viewEpoch + 1, save: docId ? 'saved' : 'idle', repairs: repaired ? repairs : null }));
  if (docId) await serial((lib) => lib.setCurrent(docId));
  if (!docId || repaired) await saveNow();
}
