import { FilePlus, X } from 'lucide-react';
import type { DesignDoc } from '../../engine';
import { useTranslation } from 'react-i18next';
import { switchDocument } from '../../state/persistence/session';
import { TEMPLATES } from '../../templates';
import { templateDesign } from '../../templates/localize';
import { Dialog } from '../editor/Dialog';
import { newDesign } from '../files/newDesign';
import { Thumbnail } from './Thumbnail';
import { useAppStore } from '../../state/store';
import { openDialog } from '../../state/editorView';

function close() {
  useAppStore.setState({ startScreen: false });
  openDialog(null);
}

async function open(design: DesignDoc) {
  close();
  await switchDocument(design, undefined);
}

/** Empty canvas first, then every built-in template with a picture, its one-line purpose and when to choose it. */
function Cards() {
  const { t, i18n } = useTranslation();
  return (
      <ul className="gallery" role="list">
        <li>
          <button type="button" className="gallery-card" onClick={() => void open(newDesign(t('editor.design.untitled')))}>
            <span className="thumb thumb-empty" aria-hidden="true">
              <FilePlus size={36} />
            </span>
            <strong>{t('editor.gallery.empty')}</strong>
            <span className="muted">{t('editor.gallery.emptyPurpose')}</span>
          </button>
        </li>
        {TEMPLATES.map((tpl) => (
          <li key={tpl.id} className="gallery-item">
            <button type="button" className="gallery-card" onClick={() => void open(templateDesign(tpl, t, i18n.language))}>
              <Thumbnail design={tpl.design} />
              <strong>{t(tpl.titleKey)}</strong>
              <span className="muted">{t(tpl.purposeKey)}</span>
            </button>
            {/* Outside the button: a disclosure inside a button could not be opened on its own. */}
            {tpl.whenKey && (
              <details className="gallery-when">
                <summary>{t('editor.gallery.when')}</summary>
                <p>{t(tpl.whenKey)}</p>
              </details>
            )}
          </li>
        ))}
      </ul>
  );
}

/** The template gallery (File menu). */
export function Gallery() {
  const { t } = useTranslation();
  return (
    <Dialog title={t('editor.gallery.title')} onClose={close} wide>
      <Cards />
    </Dialog>
  );
}

/**
 * The start screen of a first visit (nothing to restore): the gallery at the top of the side panel. It is not a
 * modal, so the default design behind it stays usable right away.
 */
export function StartPanel() {
  const { t } = useTranslation();
  const startScreen = useAppStore((s) => s.startScreen);
  if (!startScreen) return null;
  return (
    <section className="panel start-panel" aria-labelledby="start-title">
      <header className="dialog-head">
        <h2 id="start-title">{t('editor.gallery.startTitle')}</h2>
        <button type="button" className="icon" onClick={close} aria-label={t('editor.close')}>
          <X size={16} aria-hidden="true" />
        </button>
      </header>
      <p>{t('editor.gallery.startBody')}</p>
      <Cards />
    </section>
  );
}
