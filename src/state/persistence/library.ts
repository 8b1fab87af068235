import { repairStoredDesign, type DesignDoc, type DesignIssue } from '../../engine';
import type { KeyValueStore } from './kv';

/** Where the canvas was looking when the design was last saved. */
export interface SavedView {
  x: number;
  y: number;
  zoom: number;
}

export interface DesignEntry {
  id: string;
  name: string;
  /** Wall-clock ms of the last save (shown as "edited …"). */
  updatedAt: number;
}

export interface SavedDesign {
  id: string;
  design: DesignDoc;
  view?: SavedView;
  updatedAt: number;
  /** What loading had to repair (rules added after the design was saved); absent when nothing. */
  repairs?: DesignIssue[];
  /** Bumped by every save: a tab saves only over the revision it started from (absent in records saved before: 0). */
  revision?: number;
}

/** A save refused because another tab saved the design since this one loaded it: their record, as loaded. */
export interface SaveConflict {
  conflict: SavedDesign;
}

export const revisionOf = (record: Pick<SavedDesign, 'revision'> | undefined): number => record?.revision ?? 0;

const INDEX_KEY = 'index';
const CURRENT_KEY = 'current';
const docKey = (id: string) => `design:${id}`;

/**
 * The user's saved designs in the browser: an index (id, name, last edit) and one record per design, plus the id of
 * the design that was open last (restored on reload). Records are validated on the way out, so a damaged record is
 * skipped instead of breaking the app, and one that only breaks a kit rule added since it was saved is repaired.
 */
export class DesignLibrary {
  constructor(
    private readonly kv: KeyValueStore,
    private readonly now: () => number = () => Date.now(),
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  async list(): Promise<DesignEntry[]> {
    const index = (await this.kv.get<DesignEntry[]>(INDEX_KEY)) ?? [];
    return [...index].sort((a, b) => b.updatedAt - a.updatedAt);
  }

  async load(id: string): Promise<SavedDesign | undefined> {
    const record = await this.kv.get<SavedDesign>(docKey(id));
    if (!record) return undefined;
    // A record saved by an older version may break a rule added since: repaired rather than stranded.
    const checked = repairStoredDesign(record.design);
    if (!checked) return undefined;
    return checked.repairs.length > 0 ? { ...record, design: checked.design, repairs: checked.repairs } : { ...record, design: checked.design };
  }

  /** Saves a design under an id (a new id when none is given) and returns the id. */
  async save(id: string | undefined, design: DesignDoc, view?: SavedView): Promise<string> {
    return (await this.write(id, design, view)).id;
  }

  /**
   * Saves the open design only if the stored one is still the revision this tab started from; otherwise hands back
   * the stored one (another tab saved it since), so newer work is never overwritten silently. A record deleted in
   * the meantime is written again (nothing newer is lost).
   */
  async saveOver(id: string | undefined, baseRevision: number, design: DesignDoc, view?: SavedView): Promise<{ id: string; revision: number } | SaveConflict> {
    if (id) {
      const stored = await this.kv.get<SavedDesign>(docKey(id));
      if (stored && revisionOf(stored) !== baseRevision) {
        const theirs = await this.load(id);
        if (theirs) return { conflict: theirs };
      }
    }
    return this.write(id, design, view);
  }

  private async write(id: string | undefined, design: DesignDoc, view?: SavedView): Promise<{ id: string; revision: number }> {
    const docId = id ?? this.newId();
    const previous = id ? await this.kv.get<SavedDesign>(docKey(docId)) : undefined;
    const updatedAt = this.now();
    const keptView = view ?? previous?.view;
    const revision = revisionOf(previous) + 1;
    await this.kv.set(docKey(docId), { id: docId, design, updatedAt, revision, ...(keptView ? { view: keptView } : {}) });
    await this.updateIndex(docId, (entries) => [...entries.filter((e) => e.id !== docId), { id: docId, name: design.name, updatedAt }]);
    return { id: docId, revision };
  }

  async saveView(id: string, view: SavedView): Promise<void> {
    const record = await this.kv.get<SavedDesign>(docKey(id));
    if (record) await this.kv.set(docKey(id), { ...record, view });
  }

  async rename(id: string, name: string): Promise<void> {
    const record = await this.load(id);
    if (record) await this.save(id, { ...record.design, name }, record.view);
  }

  async duplicate(id: string, copyName: (name: string) => string): Promise<string | undefined> {
    const record = await this.load(id);
    if (!record) return undefined;
    return this.save(undefined, { ...record.design, name: copyName(record.design.name) }, record.view);
  }

  /** Deletes a design and hands back the record, so the caller can offer "undo" (see `restore`). */
  async remove(id: string): Promise<SavedDesign | undefined> {
    const record = await this.kv.get<SavedDesign>(docKey(id));
    await this.kv.del(docKey(id));
    await this.updateIndex(id, (entries) => entries.filter((e) => e.id !== id));
    if ((await this.currentId()) === id) await this.kv.del(CURRENT_KEY);
    return record;
  }

  async restore(record: SavedDesign): Promise<void> {
    await this.kv.set(docKey(record.id), record);
    await this.updateIndex(record.id, (entries) => [
      ...entries.filter((e) => e.id !== record.id),
      { id: record.id, name: record.design.name, updatedAt: record.updatedAt },
    ]);
  }

  async currentId(): Promise<string | undefined> {
    return this.kv.get<string>(CURRENT_KEY);
  }

  async setCurrent(id: string | undefined): Promise<void> {
    if (id) await this.kv.set(CURRENT_KEY, id);
    else await this.kv.del(CURRENT_KEY);
  }

  /** The design that was open last, if it still exists and is valid. */
  async restoreLast(): Promise<SavedDesign | undefined> {
    const id = await this.currentId();
    return id ? this.load(id) : undefined;
  }

  private async updateIndex(_id: string, change: (entries: DesignEntry[]) => DesignEntry[]): Promise<void> {
    const index = (await this.kv.get<DesignEntry[]>(INDEX_KEY)) ?? [];
    await this.kv.set(INDEX_KEY, change(index));
  }
}
