import { useRef } from 'react';
import { CircleHelp, Redo2, Share2, Undo2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useAppStore } from '../../state/store';
import { exportDesign, exportImage, importDesignFile } from '../files/fileActions';
import { command, runCommand } from '../../commands/registry';
import { displayKeys } from '../../commands/keys';
import { downloadCsv, downloadReport } from '../report/exportReport';
import { Menu, type MenuItem } from './Menu';
import { SaveStatus } from './SaveStatus';
import { openDialog } from '../../state/editorView';

function useCommandItem() {
  const { t } = useTranslation();
  const readOnly = useAppStore((s) => s.readOnly);
  return (id: string, extra: Partial<MenuItem> = {}): MenuItem => {
    const c = command(id);
    return { id, label: t(c.labelKey), shortcut: c.keys[0] ? displayKeys(c.keys[0]) : undefined, disabled: c.edits && readOnly, run: () => runCommand(c), ...extra };
  };
}

/** The editor's menus and buttons: file, undo/redo, arrange, view, share, help, and whether the work is saved. */
export function EditorToolbar() {
  const { t } = useTranslation();
  const item = useCommandItem();
  const readOnly = useAppStore((s) => s.readOnly);
  const canUndo = useStore(useAppStore.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(useAppStore.temporal, (s) => s.futureStates.length > 0);
  const selectedCount = useAppStore((s) => s.selection.nodes.length);
  const snap = useAppStore((s) => s.snapToGrid);
  const minimap = useAppStore((s) => s.showMinimap);
  const fileInput = useRef<HTMLInputElement>(null);
  const fileItems: Array<MenuItem | 'separator'> = [
    { id: 'designs', label: t('editor.menu.designs'), run: () => openDialog('designs') },
    { id: 'gallery', label: t('editor.menu.gallery'), run: () => openDialog('gallery') },
    'separator',
    { id: 'import', label: t('editor.menu.import'), run: () => fileInput.current?.click() },
    { id: 'export', label: t('editor.menu.export'), run: exportDesign },
    { id: 'png', label: t('editor.menu.png'), run: () => void exportImage('png') },
    { id: 'svg', label: t('editor.menu.svg'), run: () => void exportImage('svg') },
    'separator',
    { id: 'reportEn', label: t('drill.ui.reportEn'), run: () => void downloadReport('en') },
    { id: 'reportJa', label: t('drill.ui.reportJa'), run: () => void downloadReport('ja') },
    { id: 'eventsCsv', label: t('drill.ui.eventsCsv'), run: () => void downloadCsv('events') },
    { id: 'metricsCsv', label: t('drill.ui.metricsCsv'), run: () => void downloadCsv('metrics') },
  ];
  const few = selectedCount < 2;
  const arrangeItems: Array<MenuItem | 'separator'> = [
    ...['alignLeft', 'alignCenterX', 'alignRight', 'alignTop', 'alignCenterY', 'alignBottom', 'distributeX', 'distributeY'].map((id) =>
      item(id, { disabled: readOnly || few }),
    ),
    'separator',
    item('autoLayout'),
    item('duplicate', { disabled: readOnly || selectedCount === 0 }),
    item('delete', { disabled: readOnly || selectedCount === 0 }),
  ];
  const viewItems: MenuItem[] = [
    item('zoomToFit'),
    item('toggleSnap', { label: `${snap ? '✓ ' : ''}${t('editor.cmd.toggleSnap')}` }),
    item('toggleMinimap', { label: `${minimap ? '✓ ' : ''}${t('editor.cmd.toggleMinimap')}` }),
  ];
  return (
    <div className="editor-toolbar" role="toolbar" aria-label={t('editor.toolbar')}>
      <Menu label={t('editor.menu.file')} items={fileItems} />
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label={t('editor.menu.import')}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void importDesignFile(file);
        }}
      />
      <button type="button" className="icon" onClick={() => runCommand(command('undo'))} disabled={readOnly || !canUndo} aria-label={t('editor.cmd.undo')} title={`${t('editor.cmd.undo')} (${displayKeys(command('undo').keys[0]!)})`}>
        <Undo2 size={16} aria-hidden="true" />
      </button>
      <button type="button" className="icon" onClick={() => runCommand(command('redo'))} disabled={readOnly || !canRedo} aria-label={t('editor.cmd.redo')} title={`${t('editor.cmd.redo')} (${displayKeys(command('redo').keys[0]!)})`}>
        <Redo2 size={16} aria-hidden="true" />
      </button>
      <Menu label={t('editor.menu.arrange')} items={arrangeItems} />
      <Menu label={t('editor.menu.view')} items={viewItems} />
      <button type="button" onClick={() => openDialog('share')}>
        <Share2 size={14} aria-hidden="true" /> {t('editor.menu.share')}
      </button>
      <button type="button" className="icon" onClick={() => openDialog('help')} aria-label={t('editor.cmd.help')} title={`${t('editor.cmd.help')} (?)`}>
        <CircleHelp size={16} aria-hidden="true" />
      </button>
      <SaveStatus />
    </div>
  );
}
