import { useAppStore, type AppState } from '../store';
import { isBranchState, mainOnly, withLive, type BranchState } from '../branches/model';
import { simulation, simulationKey } from '../simulation';
import type { StorageLike } from '../persist';
import { textChecksum } from './shareLink';
import { readShareScript } from './scriptLink';
import type { DesignDoc } from '../../engine';

/**
 * The fault script survives a reload (issue 15 §4): the open document's branches are kept in localStorage under
 * the document's id (a design never saved yet: under "unsaved"), with a checksum of what its simulation is built
 * from, so another design (or this one edited in another tab into something else) never inherits them.
 */
export const FAULT_MEMORY_PREFIX = 'failover-lab.faults.';
const FORMAT = 1;

export interface FaultRecord extends BranchState {
  v: typeof FORMAT;
  /** textChecksum(simulationKey(design)): the design these faults were recorded on. */
  design: string;
  seed: number;
}

export const memoryKey = (docId: string | undefined) => `${FAULT_MEMORY_PREFIX}${docId ?? 'unsaved'}`;
/**
 * Kept per design object: the record is written in the same task as a fault's answer, and on a 1,000-node design
 * the key and its checksum cost milliseconds that the click's painted answer waited for (issue 18, row 4).
 */
const checksums = new WeakMap<DesignDoc, string>();
function designChecksum(design: DesignDoc): string {
  let sum = checksums.get(design);
  if (sum === undefined) checksums.set(design, (sum = textChecksum(simulationKey(design))));
  return sum;
}

export function faultRecord(s: AppState): FaultRecord {
  return { v: FORMAT, design: designChecksum(s.design), seed: s.seed, branches: withLive(s, s), activeBranchId: s.activeBranchId };
}

/** A stored record that belongs to this design and holds together; undefined otherwise (the default stands). */
export function readFaultRecord(text: string | null, design: DesignDoc): FaultRecord | undefined {
  if (text === null) return undefined;
  try {
    const value = JSON.parse(text) as Partial<FaultRecord>;
    if (value.v !== FORMAT || value.design !== designChecksum(design) || typeof value.seed !== 'number' || !isBranchState(value)) return undefined;
    return value as FaultRecord;
  } catch {
    return undefined;
  }
}

function localStorageOrNull(): StorageLike | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** What the open document's timeline should start from: its shared link's script, its stored branches, or nothing. */
function restore(storage: StorageLike | null, keepIfNothing: boolean): void {
  const s = useAppStore.getState();
  if (s.readOnly) {
    const shared = typeof window === 'undefined' ? undefined : readShareScript(window.location.hash, s.design);
    if (shared && 'issues' in shared) useAppStore.setState({ linkScriptIssues: shared.issues });
    if (shared && 'script' in shared) simulation.restoreTimeline(mainOnly(shared.script), shared.seed ?? s.seed);
    return;
  }
  const record = readFaultRecord(storage?.getItem(memoryKey(s.docId)) ?? null, s.design);
  if (record) simulation.restoreTimeline(record, record.seed);
  else if (!keepIfNothing) simulation.restoreTimeline(mainOnly(), s.design.seed);
}

/** Restores on boot and on every switch of document; writes whenever the timeline, the document or its design changes. */
export function startFaultMemory(storage: StorageLike | null = localStorageOrNull()): () => void {
  const write = () => {
    const s = useAppStore.getState();
    if (!s.sessionReady || s.readOnly || !storage) return;
    try {
      storage.setItem(memoryKey(s.docId), JSON.stringify(faultRecord(s)));
    } catch {
      // Storage full or blocked: the faults last for this page only.
    }
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = useAppStore.subscribe((s, p) => {
    if (s.sessionReady && (!p.sessionReady || s.viewEpoch !== p.viewEpoch)) {
      // A shared design copied into the user's own keeps the timeline it was showing.
      // The restored script reaches the store at once, so later writes store it (not the run it replaces).
      restore(storage, p.readOnly && !s.readOnly);
      return;
    }
    if (s.script !== p.script || s.branches !== p.branches || s.activeBranchId !== p.activeBranchId || s.docId !== p.docId || s.seed !== p.seed) write();
    else if (s.design !== p.design) {
      // Layout edits come in bursts; the checksum only changes with what the run is built from.
      clearTimeout(timer);
      timer = setTimeout(write, 300);
    }
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
