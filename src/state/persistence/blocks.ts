import { validateDesign, type DesignDoc, type DesignIssue } from '../../engine';
import { indexedDbStore, type KeyValueStore } from './kv';
import { parseJsonText } from './designText';

/** A building block of the library: a small design document (its name is the block's name). */
export interface Block {
  id: string;
  design: DesignDoc;
  /** Wall-clock ms of the save or import (the list shows the newest first). */
  savedAt: number;
}

/** The library as a file (like Excalidraw's `.excalidrawlib`): a type tag, a version, and the blocks. */
export const BLOCKS_FILE_TYPE = 'failover-lab-blocks';
export const BLOCKS_FILE_VERSION = 1;
export const BLOCKS_FILE_SUFFIX = '.failover-blocks.json';
/** More blocks than anyone keeps in a palette: a bigger file is refused rather than slowing the palette down. */
export const MAX_BLOCKS = 500;

const KEY = 'blocks';

export type ParsedBlocks = { ok: true; blocks: DesignDoc[] } | { ok: false; issues: DesignIssue[] };

/** The JSON type of a value as the design-file messages name it. */
function jsonType(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

/** A block's problems, placed in the file: `nodes[3].siteId` of the second block is `blocks[1].nodes[3].siteId`. */
function inBlock(i: number, issue: DesignIssue): DesignIssue {
  return { ...issue, path: issue.path === '(document)' ? `blocks[${i}]` : `blocks[${i}].${issue.path}` };
}

/**
 * A library file's text → its blocks, each validated as a design document (the design file's schema, references,
 * parameters, relation and cluster rules; older versions migrated), or every problem with its JSON path. All or
 * nothing: one bad block refuses the file, so an import never leaves half a library behind.
 */
export function parseBlocksText(text: string): ParsedBlocks {
  const json = parseJsonText(text);
  if (!json.ok) return json;
  const file = json.value;
  if (typeof file !== 'object' || file === null || Array.isArray(file)) return { ok: false, issues: [{ path: '(document)', message: 'expected a JSON object', code: 'notObject' }] };
  const { type, version, blocks } = file as Record<string, unknown>;
  const issues: DesignIssue[] = [];
  if (type !== BLOCKS_FILE_TYPE) issues.push({ path: 'type', message: `expected one of: ${BLOCKS_FILE_TYPE}`, code: 'schema.invalid_value', params: { values: BLOCKS_FILE_TYPE } });
  if (version !== BLOCKS_FILE_VERSION) issues.push({ path: 'version', message: `expected one of: ${BLOCKS_FILE_VERSION}`, code: 'schema.invalid_value', params: { values: BLOCKS_FILE_VERSION } });
  if (!Array.isArray(blocks)) {
    issues.push({ path: 'blocks', message: `expected array, got ${jsonType(blocks)}`, code: 'schema.invalid_type', params: { expected: 'array', got: jsonType(blocks) } });
    return { ok: false, issues };
  }
  if (blocks.length > MAX_BLOCKS) issues.push({ path: 'blocks', message: `too many: at most ${MAX_BLOCKS} entries`, code: 'schema.too_big', params: { max: MAX_BLOCKS, origin: 'array' } });
  if (issues.length > 0) return { ok: false, issues };
  const designs: DesignDoc[] = [];
  blocks.forEach((block, i) => {
    const result = validateDesign(block);
    if (result.ok) designs.push(result.design);
    else issues.push(...result.issues.map((issue) => inBlock(i, issue)));
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, blocks: designs };
}

/** Blocks as a library file: stable order, two-space indent, newline at the end. */
export function blocksToText(blocks: readonly Block[]): string {
  return `${JSON.stringify({ type: BLOCKS_FILE_TYPE, version: BLOCKS_FILE_VERSION, blocks: blocks.map((b) => b.design) }, null, 2)}\n`;
}

/**
 * The user's building blocks in the browser (the same IndexedDB store as the saved designs, one record). Read
 * back through the design validation, so a damaged block is left out instead of breaking the palette.
 */
export class BlockLibrary {
  constructor(
    private readonly kv: KeyValueStore,
    private readonly now: () => number = () => Date.now(),
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  async list(): Promise<Block[]> {
    const stored = (await this.kv.get<Block[]>(KEY)) ?? [];
    return stored.flatMap((b) => {
      const checked = validateDesign(b?.design);
      return checked.ok ? [{ id: b.id, design: checked.design, savedAt: b.savedAt }] : [];
    });
  }

  async get(id: string): Promise<Block | undefined> {
    return (await this.list()).find((b) => b.id === id);
  }

  /** Adds blocks (a saved selection, or an imported file's) in front of the list; hands back the new records. */
  async add(designs: readonly DesignDoc[]): Promise<Block[]> {
    const savedAt = this.now();
    const added = designs.map((design) => ({ id: this.newId(), design, savedAt }));
    await this.kv.set(KEY, [...added, ...((await this.kv.get<Block[]>(KEY)) ?? [])]);
    return added;
  }

  /** Deletes a block and hands it back, so the caller can offer "undo" (see `restore`). */
  async remove(id: string): Promise<Block | undefined> {
    const stored = (await this.kv.get<Block[]>(KEY)) ?? [];
    await this.kv.set(KEY, stored.filter((b) => b.id !== id));
    return stored.find((b) => b.id === id);
  }

  async restore(block: Block): Promise<void> {
    const stored = (await this.kv.get<Block[]>(KEY)) ?? [];
    await this.kv.set(KEY, [block, ...stored.filter((b) => b.id !== block.id)].sort((a, b) => b.savedAt - a.savedAt));
  }
}

let library: BlockLibrary | undefined;

/** The app's block library, opened on first use (IndexedDB is not there until a browser asks for it). */
export function blockLibrary(): BlockLibrary {
  return (library ??= new BlockLibrary(indexedDbStore()));
}

/** Tests swap in an in-memory store. */
export function setBlockStore(kv: KeyValueStore, now?: () => number, newId?: () => string): void {
  library = new BlockLibrary(kv, now, newId);
}
