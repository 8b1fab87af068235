import { useTranslation } from 'react-i18next';
import { Dialog } from '../editor/Dialog';
import { issuePlace, issueText } from './describeIssue';
import { useAppStore } from '../../state/store';

/** Why a file was refused: every problem with its place. The design on screen was not touched. */
export function ImportProblems() {
  const { t } = useTranslation();
  const problems = useAppStore((s) => s.importProblems);
  if (!problems) return null;
  return (
    <Dialog title={t('editor.files.refusedTitle', { file: problems.file })} role="alertdialog" onClose={() => useAppStore.setState({ importProblems: null })}>
      <p>{t('editor.files.refusedBody')}</p>
      <ul className="problems">
        {problems.issues.slice(0, 20).map((issue, i) => (
          <li key={i}>
            <code>{issuePlace(t, issue)}</code>: {issueText(t, issue)}
          </li>
        ))}
      </ul>
      {problems.issues.length > 20 && <p className="muted">{t('editor.files.moreProblems', { count: problems.issues.length - 20 })}</p>}
    </Dialog>
  );
}
