import { useTranslation } from 'react-i18next';
import { DesignsDialog } from '../files/DesignsDialog';
import { ImportProblems } from '../files/ImportProblems';
import { Gallery } from '../gallery/Gallery';
import { HelpDialog } from '../help/HelpDialog';
import { ShareDialog } from '../share/ShareDialog';
import { dismissToast, useEditor } from './editorStore';
import { useShortcuts } from './useShortcuts';
import './editor.css';

function Toasts() {
  const { t } = useTranslation();
  const toasts = useEditor((s) => s.toasts);
  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((m) => (
        <div key={m.id} className={`toast toast-${m.tone}`} role={m.tone === 'error' ? 'alert' : 'status'}>
          <span>{t(m.key, m.params)}</span>
          {m.action && (
            <button
              type="button"
              onClick={() => {
                m.action!.run();
                dismissToast(m.id);
              }}
            >
              {t(m.action.labelKey)}
            </button>
          )}
          <button type="button" className="icon" aria-label={t('editor.close')} onClick={() => dismissToast(m.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}

/** Dialogs, messages and keyboard shortcuts of the editor. */
export function EditorOverlays() {
  const dialog = useEditor((s) => s.dialog);
  useShortcuts();
  return (
    <>
      {dialog === 'gallery' && <Gallery />}
      {dialog === 'designs' && <DesignsDialog />}
      {dialog === 'help' && <HelpDialog />}
      {dialog === 'share' && <ShareDialog />}
      <ImportProblems />
      <Toasts />
    </>
  );
}
