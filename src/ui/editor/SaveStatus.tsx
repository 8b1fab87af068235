import { Check, CloudOff, Eye, LoaderCircle } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';

/** Whether the work is safe: saved in this browser, saving, not saved (and why), or a read-only shared design. */
export function SaveStatus() {
  const { t } = useTranslation();
  const save = useAppStore((s) => s.save);
  const readOnly = useAppStore((s) => s.readOnly);
  const storageError = useAppStore((s) => s.storageError);
  let icon = <Check size={14} aria-hidden="true" />;
  let text = t('editor.save.saved');
  if (readOnly) {
    icon = <Eye size={14} aria-hidden="true" />;
    text = t('editor.save.readOnly');
  } else if (save === 'failed') {
    icon = <CloudOff size={14} aria-hidden="true" />;
    text = t('editor.save.failed', { reason: storageError ?? '' });
  } else if (save === 'pending' || save === 'saving') {
    icon = <LoaderCircle size={14} aria-hidden="true" />;
    text = t('editor.save.saving');
  } else if (save === 'idle') {
    text = t('editor.save.idle');
  }
  return (
    <span className={`save-status save-${readOnly ? 'readonly' : save}`} role="status" aria-label={t('editor.save.label')}>
      {icon} {text}
    </span>
  );
}
