import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Package, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { DesignIssue } from '../../engine';
import { blockLibrary, blocksToText, BLOCKS_FILE_SUFFIX, parseBlocksText, type Block } from '../../state/persistence/blocks';
import { MAX_DESIGN_BYTES } from '../../state/persistence/designText';
import { libraryChanged } from '../../state/persistence/session';
import { useAppStore } from '../../state/store';
import { Dialog } from '../editor/Dialog';
import { toast } from '../../state/editorView';
import { blockFromSelection } from '../editor/model/blocks';
import { download } from '../files/download';
import { PaletteItem } from './PaletteItem';
import { blockItem } from './paletteActions';

/** Runs a library call; IndexedDB may be unavailable (private mode, blocked): say so instead of failing silently. */
async function stored<T>(work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    toast({ key: 'editor.blocks.storageFailed', params: { reason: error instanceof Error ? error.message : String(error) }, tone: 'error' });
    return undefined;
  }
}

/** The blocks, re-read whenever the library changes (the saved-designs signal: both live in the same store). */
function useBlocks(): Block[] | null {
  const version = useAppStore((s) => s.libraryVersion);
  const [blocks, setBlocks] = useState<Block[] | null>(null);
  useEffect(() => {
    let live = true;
    void stored(() => blockLibrary().list()).then((list) => live && setBlocks(list ?? []));
    return () => {
      live = false;
    };
  }, [version]);
  return blocks;
}

async function removeBlock(block: Block): Promise<void> {
  const removed = await stored(() => blockLibrary().remove(block.id));
  libraryChanged();
  if (!removed) return;
  const undo = () => void stored(() => blockLibrary().restore(removed)).then(libraryChanged);
  toast({ key: 'editor.blocks.deleted', params: { name: block.design.name }, tone: 'info', action: { labelKey: 'editor.cmd.undo', run: undo } });
}

/** Imports a library file; a bad one is refused with every problem and its JSON path, and nothing is added. */
async function importBlocks(file: File): Promise<void> {
  const refuse = (issues: DesignIssue[]) => useAppStore.setState({ importProblems: { file: file.name, issues } });
  if (file.size > MAX_DESIGN_BYTES) {
    refuse([{ path: '(document)', message: `too large: ${file.size} bytes (at most ${MAX_DESIGN_BYTES})`, code: 'file.tooLargeBytes', params: { size: file.size, max: MAX_DESIGN_BYTES } }]);
    return;
  }
  const parsed = parseBlocksText(await file.text());
  if (!parsed.ok) return refuse(parsed.issues);
  const added = await stored(() => blockLibrary().add(parsed.blocks));
  if (!added) return;
  libraryChanged();
  toast({ key: 'editor.blocks.imported', params: { count: added.length }, tone: 'info' });
}

function SaveBlockDialog({ defaultName, onClose }: { defaultName: string; onClose(): void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(defaultName);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const selectedNodes = useAppStore.getState().selection.nodes;
    const block = blockFromSelection(useAppStore.getState().design, new Set(selectedNodes), name.trim() || defaultName);
    onClose();
    if (!block) return;
    if (await stored(() => blockLibrary().add([block]))) {
      libraryChanged();
      toast({ key: 'editor.blocks.saved', params: { name: block.name }, tone: 'info' });
    }
  };
  return (
    <Dialog title={t('editor.blocks.saveTitle')} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} className="save-block">
        <label>
          {t('editor.blocks.name')}
          <input value={name} maxLength={120} autoFocus onChange={(e) => setName(e.target.value)} />
        </label>
        <div className="row-actions">
          <button type="submit">{t('editor.blocks.saveButton')}</button>
          <button type="button" onClick={onClose}>
            {t('editor.blocks.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/**
 * The library of building blocks (draw.io's and Excalidraw's libraries): save the selection as a named block, drag
 * or click a block to insert a copy, delete one, and move the whole library in and out as a file.
 */
export function LibrarySection({ onAdd }: { onAdd(item: string): void }) {
  const { t } = useTranslation();
  const blocks = useBlocks();
  const readOnly = useAppStore((s) => s.readOnly);
  const selected = useAppStore((s) => s.selection.nodes.length);
  const [saving, setSaving] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <section aria-labelledby="palette-library" className="palette-group palette-library">
      <h2 id="palette-library">{t('editor.blocks.title')}</h2>
      {blocks !== null && blocks.length === 0 && <p className="muted palette-tip">{t('editor.blocks.empty')}</p>}
      {blocks !== null && blocks.length > 0 && (
        <ul role="list">
          {blocks.map((b) => (
            <li key={b.id} className="block-row">
              <PaletteItem item={blockItem(b.id)} label={b.design.name} icon={<Package size={16} aria-hidden />} onAdd={() => onAdd(blockItem(b.id))} disabled={readOnly} />
              <button type="button" className="icon" aria-label={t('editor.blocks.delete', { name: b.design.name })} title={t('editor.blocks.delete', { name: b.design.name })} onClick={() => void removeBlock(b)}>
                <Trash2 size={14} aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="library-actions">
        <button type="button" onClick={() => setSaving(true)} disabled={selected === 0}>
          {t('editor.blocks.save')}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t('editor.blocks.import')}
        </button>
        <button type="button" onClick={() => blocks && download(`failover-lab${BLOCKS_FILE_SUFFIX}`, blocksToText(blocks))} disabled={!blocks || blocks.length === 0}>
          {t('editor.blocks.export')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label={t('editor.blocks.import')}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importBlocks(file);
          }}
        />
      </div>
      {saving && <SaveBlockDialog defaultName={t('editor.blocks.defaultName', { n: (blocks?.length ?? 0) + 1 })} onClose={() => setSaving(false)} />}
    </section>
  );
}
