import { useTranslation } from 'react-i18next';
import { DesignsDialog } from '../files/DesignsDialog';
import { ImportProblems } from '../files/ImportProblems';
import { Gallery } from '../gallery/Gallery';
import { HelpDialog } from '../help/HelpDialog';
import { ShareDialog } from '../share/ShareDialog';
import { dismissToast } from '../../state/editorView';
import { useAppStore } from '../../state/store';
import './editor.css';

function Toasts() {
  const { t } = useTranslation();
  const toasts = useAppStore((s) => s.toasts);
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

/** Dialogs and messages of the editor (its keys: the one dispatcher, commands/useKeyboard.ts, mounted by App). */
export function EditorOverlays() {
  const dialog = useAppStore((s) => s.dialog);
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
