import { useTranslation } from 'react-i18next';
import { keepMineAsCopy, loadTheirs } from '../../state/persistence/session';
import { useAppStore } from '../../state/store';

/**
 * Another tab saved the open design since this tab loaded it: saving here would overwrite that work, so nothing is
 * saved until the user picks the other version or keeps theirs as a new design (the other one stays as it is).
 */
export function ConflictBanner() {
  const { t } = useTranslation();
  const conflict = useAppStore((s) => s.conflict);
  if (!conflict) return null;
  return (
    <div role="region" aria-label={t('editor.conflict.label')} className="banner">
      {t('editor.conflict.text')}{' '}
      <button type="button" className="primary" onClick={() => void loadTheirs()}>
        {t('editor.conflict.loadTheirs')}
      </button>{' '}
      <button type="button" onClick={() => void keepMineAsCopy((name) => t('editor.conflict.copyName', { name }))}>
        {t('editor.conflict.keepMine')}
      </button>
    </div>
  );
}
