import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shareUrl } from '../../state/persistence/shareLink';
import { useAppStore } from '../../state/store';
import { Dialog } from '../editor/Dialog';
import { openDialog } from '../../state/editorView';

/** The design as a link: compressed into the URL fragment, so it never passes through a server. */
export function ShareDialog() {
  const { t } = useTranslation();
  const design = useAppStore((s) => s.design);
  const [copied, setCopied] = useState(false);
  const script = useAppStore((s) => s.script);
  const seed = useAppStore((s) => s.seed);
  // The fault script on screen travels with the design (issue 15 §4).
  const url = shareUrl(design, window.location.href, { script, seed });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <Dialog title={t('editor.share.title')} onClose={() => openDialog(null)}>
      <p>{t('editor.share.body')}</p>
      <label className="field">
        {t('editor.share.link')}
        <input type="text" readOnly value={url} onFocus={(e) => e.target.select()} />
      </label>
      <p className="muted">{t('editor.share.size', { chars: url.length })}</p>
      <button type="button" className="primary" onClick={() => void copy()}>
        {copied ? t('editor.share.copied') : t('editor.share.copy')}
      </button>
    </Dialog>
  );
}
