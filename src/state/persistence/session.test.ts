import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../store';
import { TEMPLATES } from '../../templates';
import { removeItems } from '../../ui/editor/model/edits';
import { memoryStore } from './kv';
import { DesignLibrary } from './library';
import { bootSession, keepMineAsCopy, loadTheirs, readLastDesignEarly, rememberEdit, saveNow, setLibraryStore, switchDocument } from './session';

/** sessionStorage for Node: what the write-ahead copy needs, kept across the simulated reloads of one test. */
class MemoryStorage {
  private readonly data = new Map<string, string>();
  getItem = (key: string) => this.data.get(key) ?? null;
  setItem = (key: string, value: string) => void this.data.set(key, String(value));
  removeItem = (key: string) => void this.data.delete(key);
  get keys() {
    return [...this.data.keys()];
  }
}

const template = TEMPLATES[0]!.design;
let kv: ReturnType<typeof memoryStore>;
let storage: MemoryStorage;
let ids = 0;

/** A fresh page over the same browser storage: the store and the session start empty, IndexedDB and the tab's sessionStorage stay. */
async function reload(): Promise<void> {
  setLibraryStore(kv, () => Date.now(), () => `doc${++ids}`);
  useAppStore.setState({ sessionReady: false, docId: undefined, revision: 0, conflict: null, readOnly: false, shareIssues: null, repairs: null, save: 'idle' });
  useAppStore.getState().setDesign({ ...template, name: 'not loaded yet' });
  await bootSession({ hash: '' });
}

/** The editor's own delete (the node goes with its relations and cluster memberships). */
const deleteLastNode = (d: typeof template) => removeItems(d, new Set([d.nodes.at(-1)!.id]));

/** An edit as the editor makes it; the autosave's subscription copies it at once (rememberEdit), then saves later. */
function edit(change: (d: typeof template) => typeof template): void {
  useAppStore.getState().setDesign(change(useAppStore.getState().design));
  rememberEdit();
}

beforeEach(() => {
  kv = memoryStore();
  storage = new MemoryStorage();
  Object.assign(globalThis, { sessionStorage: storage });
  setLibraryStore(kv, () => Date.now(), () => `doc${++ids}`);
  useAppStore.setState({ docId: undefined, revision: 0, conflict: null, readOnly: false });
});

describe('no edit lost on reload', () => {
  it('a rename and a node deletion made just before a reload (the autosave never ran) are there after it, and stored', async () => {
    await switchDocument(template, undefined);
    const id = useAppStore.getState().docId!;
    edit((d) => ({ ...d, name: 'Renamed' }));
    const victim = template.nodes.at(-1)!;
    edit(deleteLastNode);
    await reload();
    const design = useAppStore.getState().design;
    expect(design.name).toBe('Renamed');
    expect(design.nodes.map((n) => n.id)).not.toContain(victim.id);
    expect(useAppStore.getState().docId).toBe(id);
    expect((await new DesignLibrary(kv).load(id))?.design.name).toBe('Renamed');
    // Stored: the copy is no longer needed.
    expect(storage.keys).toEqual([]);
  });

  it('the first edit of a design never stored (a first visit) survives a reload too', async () => {
    useAppStore.getState().setDesign(template);
    edit((d) => ({ ...d, name: 'First edit' }));
    await reload();
    expect(useAppStore.getState().design.name).toBe('First edit');
    expect(useAppStore.getState().docId).toBeDefined();
  });

  it('a copy whose design was stored already is dropped, not re-applied', async () => {
    await switchDocument(template, undefined);
    edit((d) => ({ ...d, name: 'Saved in time' }));
    await saveNow();
    expect(storage.keys).toEqual([]);
  });
});

describe('two tabs on one design', () => {
  /** Tab A's save, made through the library as another page would (the revision goes up by one). */
  async function otherTabSaves(id: string, change: (d: typeof template) => typeof template): Promise<void> {
    const other = new DesignLibrary(kv);
    const record = (await other.load(id))!;
    const saved = await other.saveOver(id, record.revision ?? 0, change(record.design));
    expect(saved).not.toHaveProperty('conflict');
  }

  it("a save over a revision another tab has replaced is refused and reported; the other tab's rename is kept", async () => {
    await switchDocument(template, undefined);
    const id = useAppStore.getState().docId!;
    await otherTabSaves(id, (d) => ({ ...d, name: 'Renamed in tab A' }));
    edit(deleteLastNode);
    await saveNow();
    expect(useAppStore.getState().conflict?.design.name).toBe('Renamed in tab A');
    expect((await new DesignLibrary(kv).load(id))?.design.name).toBe('Renamed in tab A');
    // Nothing is saved while the conflict stands.
    await saveNow();
    expect((await new DesignLibrary(kv).load(id))?.design.nodes).toHaveLength(template.nodes.length);
  });

  it('"Load the other version" opens it, and saving goes on from its revision', async () => {
    await switchDocument(template, undefined);
    const id = useAppStore.getState().docId!;
    await otherTabSaves(id, (d) => ({ ...d, name: 'Renamed in tab A' }));
    edit(deleteLastNode);
    await saveNow();
    await loadTheirs();
    expect(useAppStore.getState().conflict).toBeNull();
    expect(useAppStore.getState().design.name).toBe('Renamed in tab A');
    edit((d) => ({ ...d, seed: d.seed + 1 }));
    await saveNow();
    expect((await new DesignLibrary(kv).load(id))?.design).toMatchObject({ name: 'Renamed in tab A', seed: template.seed + 1 });
  });

  it('"Keep mine as a copy" stores mine as a new design and leaves the other one as it is', async () => {
    await switchDocument(template, undefined);
    const id = useAppStore.getState().docId!;
    await otherTabSaves(id, (d) => ({ ...d, name: 'Renamed in tab A' }));
    edit(deleteLastNode);
    await saveNow();
    await keepMineAsCopy((name) => `${name} (my copy)`);
    const copyId = useAppStore.getState().docId!;
    expect(copyId).not.toBe(id);
    const lib = new DesignLibrary(kv);
    expect((await lib.load(copyId))?.design).toMatchObject({ name: `${template.name} (my copy)`, nodes: template.nodes.slice(0, -1) });
    expect((await lib.load(id))?.design.name).toBe('Renamed in tab A');
  });

  it('an edit copied on an older revision than the stored one opens with the choice after a reload, nothing overwritten', async () => {
    await switchDocument(template, undefined);
    const id = useAppStore.getState().docId!;
    edit(deleteLastNode);
    await otherTabSaves(id, (d) => ({ ...d, name: 'Renamed in tab A' }));
    await reload();
    expect(useAppStore.getState().design.nodes).toHaveLength(template.nodes.length - 1);
    expect(useAppStore.getState().conflict?.design.name).toBe('Renamed in tab A');
    expect((await new DesignLibrary(kv).load(id))?.design.name).toBe('Renamed in tab A');
  });
});

describe('the last design read ahead of the first render (main.tsx)', () => {
  it('opens the same design as a boot that reads it itself, and the read is taken once', async () => {
    await switchDocument({ ...template, name: 'Saved before' }, undefined);
    const id = useAppStore.getState().docId;
    setLibraryStore(kv, () => Date.now(), () => `doc${++ids}`);
    useAppStore.setState({ sessionReady: false, docId: undefined, startScreen: false });
    useAppStore.getState().setDesign({ ...template, name: 'not loaded yet' });
    readLastDesignEarly();
    await bootSession({ hash: '' });
    expect(useAppStore.getState().design.name).toBe('Saved before');
    expect(useAppStore.getState().docId).toBe(id);
    expect(useAppStore.getState().startScreen).toBe(false);
    // Another boot (a test's reload) reads again: the early read is not kept.
    const empty = memoryStore();
    setLibraryStore(empty, () => Date.now(), () => `doc${++ids}`);
    useAppStore.setState({ sessionReady: false, docId: undefined });
    await bootSession({ hash: '' });
    expect(useAppStore.getState().docId).toBeUndefined();
    expect(useAppStore.getState().startScreen).toBe(true);
  });
});

