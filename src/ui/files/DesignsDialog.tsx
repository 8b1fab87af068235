import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DesignEntry, SavedDesign } from '../../state/persistence/library';
import { libraryChanged, saveNow, serial, switchDocument } from '../../state/persistence/session';
import { edit } from '../editor/actions';
import { Dialog } from '../editor/Dialog';
import { renameDesign } from '../editor/model/edits';
import { newDesign } from './newDesign';
import { useAppStore } from '../../state/store';
import { openDialog, toast } from '../../state/editorView';

function useEntries(): DesignEntry[] | null {
  const version = useAppStore((s) => s.libraryVersion);
  const [entries, setEntries] = useState<DesignEntry[] | null>(null);
  useEffect(() => {
    let live = true;
    void serial((lib) => lib.list()).then((list) => live && setEntries(list));
    return () => {
      live = false;
    };
  }, [version]);
  return entries;
}

async function openSaved(id: string): Promise<void> {
  const record = await serial((lib) => lib.load(id));
  if (record) await switchDocument(record.design, record.id, record.view, record.repairs);
}

/** Puts a deleted design back (the "Undo" of a delete). */
function undoDelete(record: SavedDesign, wasOpen: boolean): void {
  void serial((lib) => lib.restore(record)).then(() => {
    if (wasOpen && useAppStore.getState().docId === undefined) useAppStore.setState({ docId: record.id, save: 'saved' });
    libraryChanged();
  });
}

interface Deleted {
  entry: DesignEntry;
  undo(): void;
}

/** Deletes a saved design; the record stays in memory so "Undo" (in the list and on a message) can bring it back. */
async function remove(entry: DesignEntry): Promise<Deleted | undefined> {
  const wasOpen = useAppStore.getState().docId === entry.id;
  const record = await serial((lib) => lib.remove(entry.id));
  // The open design stays on screen, no longer saved; "Undo" (or any edit) saves it again.
  if (wasOpen) useAppStore.setState({ docId: undefined, save: 'idle' });
  libraryChanged();
  if (!record) return undefined;
  let done = false;
  const undo = () => {
    if (done) return;
    done = true;
    undoDelete(record, wasOpen);
  };
  toast({ key: 'editor.designs.deleted', params: { name: entry.name }, tone: 'info', action: { labelKey: 'editor.cmd.undo', run: undo } });
  return { entry, undo };
}

function Row({ entry, current, onDeleted }: { entry: DesignEntry; current: boolean; onDeleted(d: Deleted | undefined): void }) {
  const { t, i18n } = useTranslation();
  const [renaming, setRenaming] = useState<string | null>(null);
  const commitRename = async () => {
    const name = renaming?.trim();
    setRenaming(null);
    if (!name || name === entry.name) return;
    if (current) {
      edit((d) => renameDesign(d, name));
      await saveNow();
    } else await serial((lib) => lib.rename(entry.id, name));
    libraryChanged();
  };
  const when = new Date(entry.updatedAt).toLocaleString(i18n.resolvedLanguage);
  return (
    <li className={`design-row${current ? ' current' : ''}`} aria-current={current || undefined}>
      {renaming !== null ? (
        <input
          aria-label={t('editor.designs.newName', { name: entry.name })}
          value={renaming}
          autoFocus
          onChange={(e) => setRenaming(e.target.value)}
          onBlur={() => void commitRename()}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void commitRename();
            if (e.key === 'Escape') setRenaming(null);
          }}
        />
      ) : (
        <button type="button" className="design-open" onClick={() => void openSaved(entry.id).then(() => openDialog(null))}>
          <strong>{entry.name}</strong>
          <span className="muted">{current ? t('editor.designs.open') : t('editor.designs.edited', { when })}</span>
        </button>
      )}
      <span className="row-actions">
        <button type="button" onClick={() => setRenaming(entry.name)} aria-label={t('editor.designs.rename', { name: entry.name })}>
          {t('editor.designs.renameShort')}
        </button>
        <button
          type="button"
          onClick={() => void serial((lib) => lib.duplicate(entry.id, (n) => t('editor.designs.copyName', { name: n }))).then(libraryChanged)}
          aria-label={t('editor.designs.duplicate', { name: entry.name })}
        >
          {t('editor.designs.duplicateShort')}
        </button>
        <button type="button" className="danger" onClick={() => void remove(entry).then(onDeleted)} aria-label={t('editor.designs.delete', { name: entry.name })}>
          {t('editor.designs.deleteShort')}
        </button>
      </span>
    </li>
  );
}

/** The designs saved in this browser: open, new, rename, duplicate, delete (with undo). */
export function DesignsDialog() {
  const { t } = useTranslation();
  const entries = useEntries();
  const docId = useAppStore((s) => s.docId);
  const [deleted, setDeleted] = useState<Deleted | undefined>();
  return (
    <Dialog title={t('editor.designs.title')} onClose={() => openDialog(null)} wide>
      <p className="muted">{t('editor.designs.body')}</p>
      <button
        type="button"
        className="primary"
        onClick={() => void switchDocument(newDesign(t('editor.design.untitled')), undefined).then(() => openDialog(null))}
      >
        {t('editor.designs.new')}
      </button>
      {deleted && (
        <p role="status" className="deleted-note">
          {t('editor.designs.deleted', { name: deleted.entry.name })}{' '}
          <button
            type="button"
            onClick={() => {
              deleted.undo();
              setDeleted(undefined);
            }}
          >
            {t('editor.cmd.undo')}
          </button>
        </p>
      )}
      {entries === null ? (
        <p>{t('editor.loading')}</p>
      ) : entries.length === 0 ? (
        <p className="muted">{t('editor.designs.none')}</p>
      ) : (
        <ul className="designs" aria-label={t('editor.designs.title')}>
          {entries.map((e) => (
            <Row key={e.id} entry={e} current={e.id === docId} onDeleted={setDeleted} />
          ))}
        </ul>
      )}
    </Dialog>
  );
}
