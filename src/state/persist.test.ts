import { describe, expect, it } from 'vitest';
import { create } from 'zustand';
import { onOff, readDeclared, writeDeclared, type PersistTable, type Storages } from './persist';
import { PERSISTENCE } from './store';

/** A Web Storage for Node, one per simulated browser (kept across the simulated reloads of one test). */
function memoryStorage(): Storage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, String(value)),
    removeItem: (key: string) => void data.delete(key),
  };
}

interface Prefs {
  showMinimap: boolean;
  zoomHint: number;
  panel: string;
  scratch: string;
  toggle(): void;
}

const TABLE: PersistTable<Prefs> = {
  showMinimap: onOff('test.minimap'),
  zoomHint: { in: 'sessionStorage', key: 'test.zoom' },
  panel: { in: 'none' },
  // `scratch` is not declared: it must never be stored.
};

/** A store as the app makes it: declared fields read at creation, written on change. */
function page(storages: Storages) {
  const store = create<Prefs>()((set) => ({ showMinimap: false, zoomHint: 1, panel: 'inspector', scratch: '', ...readDeclared(TABLE, storages), toggle: () => set((s) => ({ showMinimap: !s.showMinimap })) }));
  writeDeclared(store, TABLE, storages);
  return store;
}

describe('slice persistence declarations', () => {
  it('a declared field round-trips through its storage, in its own format', () => {
    const storages = { localStorage: memoryStorage(), sessionStorage: memoryStorage() };
    const first = page(storages);
    first.getState().toggle();
    first.setState({ zoomHint: 3 });
    expect(storages.localStorage.data.get('test.minimap')).toBe('on');
    expect(storages.sessionStorage.data.get('test.zoom')).toBe('3');
    const reloaded = page(storages);
    expect(reloaded.getState()).toMatchObject({ showMinimap: true, zoomHint: 3 });
  });

  it('an undeclared field, or one declared "none", is never stored and starts afresh', () => {
    const storages = { localStorage: memoryStorage(), sessionStorage: memoryStorage() };
    const first = page(storages);
    first.setState({ scratch: 'draft', panel: 'checks' });
    expect([...storages.localStorage.data.keys(), ...storages.sessionStorage.data.keys()]).toEqual([]);
    expect(page(storages).getState()).toMatchObject({ scratch: '', panel: 'inspector' });
  });

  it('a value it cannot read, or storage that throws, leaves the default', () => {
    const local = memoryStorage();
    local.setItem('test.minimap', 'maybe');
    const session = memoryStorage();
    session.setItem('test.zoom', '{not json');
    expect(readDeclared(TABLE, { localStorage: local, sessionStorage: session })).toEqual({});
    const throwing = { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('blocked'); } };
    const store = page({ localStorage: throwing, sessionStorage: throwing });
    expect(() => store.getState().toggle()).not.toThrow();
    expect(store.getState().showMinimap).toBe(true);
  });

  it("the app's table: the minimap preference in localStorage under its old key, the design in the library, the rest nowhere", () => {
    expect(PERSISTENCE.showMinimap).toMatchObject({ in: 'localStorage', key: 'failover-lab.minimap' });
    expect(PERSISTENCE.design).toEqual({ in: 'library' });
    const stored = Object.entries(PERSISTENCE).filter(([, how]) => how && how.in !== 'none' && how.in !== 'library');
    expect(stored.map(([field]) => field)).toEqual(['showMinimap']);
  });
});
