import { describe, expect, it } from 'vitest';
import { templateById } from '../../templates';
import { DEMOS } from '../../ui/faults/demos';
import { fork, mainOnly } from '../branches/model';
import { openDesign, useAppStore } from '../store';
import { faultRecord, memoryKey, readFaultRecord, startFaultMemory } from './faultMemory';

const s1 = DEMOS.find((d) => d.scenario === 'S1')!.script;
const minimal = templateById('ontime-minimal')!.design;

describe('the fault script survives a reload (issue 15 §4)', () => {
  it('is written under the open document whenever the timeline changes, and read back only for the same design', () => {
    const storage = new Map<string, string>();
    const kv = { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => void storage.set(k, v) };
    openDesign(structuredClone(minimal));
    useAppStore.setState({ sessionReady: true, readOnly: false, docId: 'doc-1', seed: 42 });
    const stop = startFaultMemory(kv);
    const branched = fork(mainOnly(s1), { script: s1, timeMs: 25_000, horizonMs: 90_000 });
    useAppStore.getState().setBranchState(branched);
    useAppStore.setState({ script: [s1[0]!] });
    stop();
    const record = readFaultRecord(storage.get(memoryKey('doc-1')) ?? null, minimal);
    expect(record).toEqual(faultRecord(useAppStore.getState()));
    expect(record?.seed).toBe(42);
    expect(record?.branches.map((b) => b.script)).toEqual([s1, [s1[0]]]);
    expect(record?.activeBranchId).toBe(2);
    // Another design never inherits them, and a record that does not hold together is ignored.
    expect(readFaultRecord(storage.get(memoryKey('doc-1'))!, templateById('weblogic-maa')!.design)).toBeUndefined();
    expect(readFaultRecord('{"v":1}', minimal)).toBeUndefined();
    expect(readFaultRecord('not json', minimal)).toBeUndefined();
    expect(storage.has(memoryKey(undefined))).toBe(false);
  });

  it('a read-only shared design writes nothing', () => {
    const storage = new Map<string, string>();
    const kv = { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => void storage.set(k, v) };
    useAppStore.setState({ sessionReady: true, readOnly: true, docId: undefined });
    const stop = startFaultMemory(kv);
    useAppStore.setState({ script: [...s1] });
    stop();
    useAppStore.setState({ readOnly: false });
    expect(storage.size).toBe(0);
  });
});

describe('restoring the stored timeline', () => {
  it('a stored record restores its branches and seed, and never writes its own fields over the store', () => {
    const storage = new Map<string, string>();
    const kv = { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => void storage.set(k, v) };
    openDesign(structuredClone(minimal));
    useAppStore.setState({ sessionReady: false, readOnly: false, docId: 'doc-2' });
    const branched = fork(mainOnly(s1), { script: s1, timeMs: 25_000, horizonMs: 90_000 });
    storage.set(memoryKey('doc-2'), JSON.stringify({ v: 1, design: faultRecord(useAppStore.getState()).design, seed: 9, ...branched }));
    const stop = startFaultMemory(kv);
    useAppStore.setState({ sessionReady: true });
    stop();
    const s = useAppStore.getState();
    expect(s.design.sites).toEqual(minimal.sites);
    expect(s.seed).toBe(9);
    expect(s.activeBranchId).toBe(2);
    expect(s.script).toEqual([s1[0]]);
    expect(s.branches[0]!.script).toEqual(s1);
  });
});
