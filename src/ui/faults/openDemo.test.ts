import { beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryStore } from '../../state/persistence/kv';
import { DesignLibrary } from '../../state/persistence/library';
import { saveNow, setLibraryStore, switchDocument } from '../../state/persistence/session';
import { useAppStore } from '../../state/store';
import { templateById } from '../../templates';
import { newDesign } from '../files/newDesign';
import { DEMOS } from './demos';
import { openDemo } from './openDemo';

let kv: ReturnType<typeof memoryStore>;
let ids = 0;
beforeEach(() => {
  kv = memoryStore();
  setLibraryStore(kv, () => 1000, () => `doc${++ids}`);
  useAppStore.setState({ docId: undefined, readOnly: false });
  useAppStore.getState().setDesign(newDesign('Something else'));
});

const demo = DEMOS.find((d) => d.scenario === 'S1')!;
const template = templateById(demo.templateId)!;

describe('playing a scenario demo', () => {
  it("opens the template as a new saved design and leaves the user's saved design untouched", async () => {
    const mine = { ...newDesign('My own design'), seed: 7 };
    await switchDocument(mine, undefined);
    const myId = useAppStore.getState().docId!;
    await openDemo(demo);
    const demoId = useAppStore.getState().docId;
    expect(demoId).toBeDefined();
    expect(demoId).not.toBe(myId);
    expect(useAppStore.getState().design.name).toBe(template.design.name);
    await saveNow(); // what the autosave does after the next change
    const lib = new DesignLibrary(kv);
    expect((await lib.load(myId))?.design).toEqual(mine);
    expect((await lib.list()).map((e) => e.name).sort()).toEqual(['My own design', template.design.name].sort());
  });

  it('reuses the untouched template when it is open already (no duplicate per click), keeping the chosen seed', async () => {
    await openDemo(demo);
    const first = useAppStore.getState().docId;
    useAppStore.getState().setSeed(4242);
    await openDemo(demo);
    expect(useAppStore.getState().docId).toBe(first);
    expect(useAppStore.getState().seed).toBe(4242);
    expect(await new DesignLibrary(kv).list()).toHaveLength(1);
  });

  it('leaves a read-only shared design for an editable copy of the template', async () => {
    const replaceState = vi.fn();
    vi.stubGlobal('window', { history: { replaceState }, location: { pathname: '/', search: '' } });
    useAppStore.getState().setDesign(structuredClone(template.design));
    useAppStore.setState({ readOnly: true, docId: undefined });
    await openDemo(demo);
    expect(useAppStore.getState().readOnly).toBe(false);
    expect(useAppStore.getState().docId).toBeDefined();
    expect(replaceState).toHaveBeenCalled();
    vi.unstubAllGlobals();
  });
});
