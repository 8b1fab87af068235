import { repairStoredDesign, type DesignDoc } from '../../engine';

/**
 * A synchronous copy of the open design in sessionStorage, written on every edit. The autosave to IndexedDB is
 * debounced and asynchronous, so a reload right after an edit used to lose it; this copy survives the reload and the
 * next load applies it over the stored design it was made from. Cleared once the autosave has stored the same design.
 * sessionStorage rather than localStorage: it belongs to this tab and survives its reloads, so another tab open on the
 * same design never picks up this tab's unsaved edit (what two tabs do is settled by the revision check).
 */
export interface PendingEdit {
  /** The saved design it edits; null for a design not saved yet. */
  docId: string | null;
  /** The stored revision the edit was made on: applied only over that one (see DesignLibrary.saveOver). */
  baseRevision: number;
  design: DesignDoc;
}

const KEY_PREFIX = 'failover-lab.unsaved:';
const keyOf = (docId: string | null | undefined) => `${KEY_PREFIX}${docId ?? 'new'}`;

/** sessionStorage if the page has one that works (private modes may throw on access). */
function storage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

export function writeAhead(docId: string | undefined, baseRevision: number, design: DesignDoc): void {
  const edit: PendingEdit = { docId: docId ?? null, baseRevision, design };
  try {
    storage()?.setItem(keyOf(docId), JSON.stringify(edit));
  } catch {
    // Full or blocked: the autosave still runs; only the reload-within-a-moment protection is lost.
  }
}

export function readAhead(docId: string | undefined): PendingEdit | undefined {
  try {
    const text = storage()?.getItem(keyOf(docId));
    if (!text) return undefined;
    const edit = JSON.parse(text) as Partial<PendingEdit> | null;
    if (typeof edit?.baseRevision !== 'number') return undefined;
    // Checked like a stored record: a copy left by an older version (or damaged) is repaired or ignored.
    const checked = repairStoredDesign(edit.design);
    return checked ? { docId: edit.docId ?? null, baseRevision: edit.baseRevision, design: checked.design } : undefined;
  } catch {
    return undefined;
  }
}

/** Drops the copy once `stored` (what was just saved or settled) is what it holds; another tab's newer copy stays. */
export function clearAhead(docId: string | undefined, stored: DesignDoc): void {
  const pending = readAhead(docId);
  if (!pending || JSON.stringify(pending.design) !== JSON.stringify(stored)) return;
  try {
    storage()?.removeItem(keyOf(docId));
  } catch {
    // Nothing to do: a stale copy is ignored next time (its base revision is behind the stored one).
  }
}
