import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';

/** A share link whose fault script was refused says so (with the JSON paths); the design opened without it. */
export function LinkScriptNotice() {
  const { t } = useTranslation();
  const issues = useAppStore((s) => s.linkScriptIssues);
  if (!issues) return null;
  return (
    <div role="alert" className="alert">
      {t('branches.link.badScript', { problems: issues.join('; ') })}{' '}
      <button type="button" onClick={() => useAppStore.setState({ linkScriptIssues: null })}>
        {t('editor.share.dismiss')}
      </button>
    </div>
  );
}
