import { createStore, del, get, set } from 'idb-keyval';

/** The little a design library needs from a key-value store: IndexedDB in the browser, a Map in unit tests. */
export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
}

export function indexedDbStore(): KeyValueStore {
  // Our own database, so nothing else on the origin can clash with it.
  const store = createStore('failover-lab', 'designs');
  return {
    get: (key) => get(key, store),
    set: (key, value) => set(key, value, store),
    del: (key) => del(key, store),
  };
}

export function memoryStore(): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    // structuredClone: like IndexedDB, a stored value is a copy, never the caller's object.
    get: async <T,>(key: string) => (data.has(key) ? (structuredClone(data.get(key)) as T) : undefined),
    set: async (key, value) => void data.set(key, structuredClone(value)),
    del: async (key) => void data.delete(key),
  };
}
