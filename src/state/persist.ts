/**
 * What a slice keeps beyond the page, declared per field (Excalidraw's APP_STATE_STORAGE_CONF, tldraw's record
 * scopes): one table per slice, one mechanism here that reads the declared fields when the store is made and writes
 * each one when it changes. A field a table does not name is never stored: adding state never leaks it into storage.
 */

/** A field's storage: the browser's (localStorage: every tab, kept; sessionStorage: this tab, kept across reloads). */
export interface StoredField<T> {
  in: 'localStorage' | 'sessionStorage';
  key: string;
  /** How the value reads as a string and back (JSON unless given); `decode` returns undefined for what it refuses. */
  encode?(value: T): string;
  decode?(text: string): T | undefined;
}

/**
 * Where a field lives: in browser storage (this mechanism), in the design library (IndexedDB: the autosave of
 * `persistence/autosave.ts` and the session's `saveNow`, which also keep the undo-free reload copy), or nowhere.
 */
export type Persistence<T> = StoredField<T> | { in: 'library' } | { in: 'none' };

/** The data fields of a slice (its functions are behaviour, not state). */
export type DataKeys<S> = { [K in keyof S]: S[K] extends (...args: never[]) => unknown ? never : K }[keyof S];

/** A slice's declaration: any field it leaves out is 'none'. */
export type PersistTable<S> = { readonly [K in DataKeys<S>]?: Persistence<S[K]> };

/** The little of the Web Storage API the mechanism uses (a Map stands in for it in unit tests). */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;
export type Storages = Partial<Record<StoredField<unknown>['in'], StorageLike>>;

/** The page's storages, skipping those that are missing or throw on access (private modes, sandboxed frames). */
export function browserStorages(): Storages {
  const out: Storages = {};
  for (const name of ['localStorage', 'sessionStorage'] as const) {
    try {
      const storage = (globalThis as Partial<Record<typeof name, Storage>>)[name];
      if (storage) out[name] = storage;
    } catch {
      // Blocked storage: the field lasts for this page only.
    }
  }
  return out;
}

function storedFields<S>(table: PersistTable<S>): [keyof S & string, StoredField<unknown>][] {
  return Object.entries(table).flatMap(([field, how]) => {
    const p = how as Persistence<unknown>;
    return p.in === 'localStorage' || p.in === 'sessionStorage' ? [[field as keyof S & string, p]] : [];
  });
}

/** The stored values of the declared fields (what a fresh page starts with); a missing or unreadable value is left out. */
export function readDeclared<S>(table: PersistTable<S>, storages: Storages = browserStorages()): Partial<S> {
  const out: Partial<Record<keyof S, unknown>> = {};
  for (const [field, how] of storedFields(table)) {
    try {
      const text = storages[how.in]?.getItem(how.key);
      if (text === null || text === undefined) continue;
      const value = how.decode ? how.decode(text) : (JSON.parse(text) as unknown);
      if (value !== undefined) out[field] = value;
    } catch {
      // A value another version wrote, or blocked storage: the slice's default stands.
    }
  }
  return out as Partial<S>;
}

/** Writes each declared field whenever it changes; returns the unsubscribe. */
export function writeDeclared<S>(
  store: { subscribe(listener: (state: S, previous: S) => void): () => void },
  table: PersistTable<S>,
  storages: Storages = browserStorages(),
): () => void {
  const fields = storedFields(table);
  return store.subscribe((state, previous) => {
    for (const [field, how] of fields) {
      if (state[field] === previous[field]) continue;
      try {
        storages[how.in]?.setItem(how.key, how.encode ? how.encode(state[field]) : JSON.stringify(state[field]));
      } catch {
        // Storage full or blocked: the value lasts for this page only.
      }
    }
  });
}

/** A yes/no preference stored as 'on' / 'off' (the format the minimap's key has always had). */
export function onOff(key: string, where: StoredField<boolean>['in'] = 'localStorage'): StoredField<boolean> {
  return { in: where, key, encode: (on) => (on ? 'on' : 'off'), decode: (text) => (text === 'on' ? true : text === 'off' ? false : undefined) };
}
