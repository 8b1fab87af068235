import { useTranslation } from 'react-i18next';
import { switchDocument } from '../../state/persistence/session';
import { clearShareFragment } from '../../state/persistence/shareLink';
import { useAppStore } from '../../state/store';
import { flowInstance } from '../editor/flowRef';
import { describeIssue } from '../files/describeIssue';
import { toast } from '../../state/editorView';

/** A shared design is open read-only until the user makes their own copy; a broken link is explained, never blank. */
export function SharedBanner() {
  const { t } = useTranslation();
  const readOnly = useAppStore((s) => s.readOnly);
  const issues = useAppStore((s) => s.shareIssues);
  const makeCopy = async () => {
    const design = useAppStore.getState().design;
    // The copy keeps the view the user is looking at.
    await switchDocument({ ...design, name: t('editor.share.copyName', { name: design.name }) }, undefined, flowInstance()?.getViewport());
    clearShareFragment();
    toast({ key: 'editor.share.copyMade', tone: 'info' });
  };
  if (issues) {
    return (
      <div role="alert" className="alert">
        <strong>{t('editor.share.broken')}</strong> {issues.slice(0, 3).map((i) => describeIssue(t, i)).join('; ')}{' '}
        <button
          type="button"
          onClick={() => {
            clearShareFragment();
            useAppStore.setState({ shareIssues: null });
          }}
        >
          {t('editor.share.dismiss')}
        </button>
      </div>
    );
  }
  if (!readOnly) return null;
  return (
    <div role="region" aria-label={t('editor.share.readOnlyLabel')} className="banner">
      {t('editor.share.readOnly')}{' '}
      <button type="button" className="primary" onClick={() => void makeCopy()}>
        {t('editor.share.makeCopy')}
      </button>
    </div>
  );
}
