import { beforeEach, describe, expect, it } from 'vitest';
import { openDesign, UNDO_LIMIT, useAppStore } from './store';
import { defaultDesign } from './initialDesign';
import { renameDesign } from '../ui/editor/model/edits';

const history = () => useAppStore.temporal.getState();

describe('design history (undo/redo)', () => {
  beforeEach(() => openDesign(defaultDesign()));

  it('undoes and redoes each edit in order', () => {
    const original = useAppStore.getState().design;
    useAppStore.getState().editDesign((d) => renameDesign(d, 'first'));
    useAppStore.getState().editDesign((d) => renameDesign(d, 'second'));
    expect(history().pastStates).toHaveLength(2);
    history().undo();
    expect(useAppStore.getState().design.name).toBe('first');
    history().undo();
    expect(useAppStore.getState().design).toBe(original);
    history().redo();
    history().redo();
    expect(useAppStore.getState().design.name).toBe('second');
  });

  it('a new edit after undo drops the redo branch', () => {
    useAppStore.getState().editDesign((d) => renameDesign(d, 'a'));
    history().undo();
    useAppStore.getState().editDesign((d) => renameDesign(d, 'b'));
    expect(history().futureStates).toHaveLength(0);
    history().redo();
    expect(useAppStore.getState().design.name).toBe('b');
  });

  it('an edit that changes nothing records no step', () => {
    useAppStore.getState().editDesign((d) => d);
    expect(history().pastStates).toHaveLength(0);
  });

  it('live simulation frames and UI state never enter the history', () => {
    useAppStore.getState().applyFrames([{ frame: { t: 5, events: [], nodes: {}, relations: [], samples: { keys: [], rows: [] } }, playing: true, speed: 1, reset: false, horizonMs: 5, loadId: 0 }]);
    useAppStore.getState().select(['OT1']);
    expect(history().pastStates).toHaveLength(0);
  });

  it('opening another design starts a fresh history', () => {
    useAppStore.getState().editDesign((d) => renameDesign(d, 'edited'));
    openDesign({ ...defaultDesign(), name: 'other' });
    expect(history().pastStates).toHaveLength(0);
    history().undo();
    expect(useAppStore.getState().design.name).toBe('other');
  });

  it(`keeps at most ${UNDO_LIMIT} steps`, () => {
    for (let i = 0; i < UNDO_LIMIT + 20; i++) useAppStore.getState().editDesign((d) => renameDesign(d, `n${i}`));
    expect(history().pastStates).toHaveLength(UNDO_LIMIT);
  });
});
