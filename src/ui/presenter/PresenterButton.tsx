import { Presentation } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { command, runCommand } from '../../commands/registry';
import { useAppStore } from '../../state/store';

/** The header's presenter-mode button: the registry's command, its key announced. */
export function PresenterButton() {
  const { t } = useTranslation();
  const presenting = useAppStore((s) => s.presenting);
  const toggle = command('presenter.toggle');
  return (
    <button type="button" aria-pressed={presenting} aria-keyshortcuts={toggle.keys.join(' ')} onClick={() => runCommand(toggle)} title={`${t('presenter.button')} (${toggle.keys.join(', ')})`}>
      <Presentation size={16} aria-hidden="true" /> {t('presenter.button')}
    </button>
  );
}
