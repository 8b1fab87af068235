import { CloudCheck, RefreshCw } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';

/** In the header: "Works offline" once the app's files are kept in the browser; a reload button when an update waits. */
export function OfflineStatus() {
  const { t } = useTranslation();
  const ready = useAppStore((s) => s.offlineReady);
  const update = useAppStore((s) => s.offlineUpdate);
  if (update) {
    return (
      <button type="button" className="offline-update" onClick={update} title={t('offline.updateHint')}>
        <RefreshCw size={14} aria-hidden="true" /> {t('offline.update')}
      </button>
    );
  }
  if (!ready) return null;
  return (
    <span role="status" className="offline-ready muted" title={t('offline.readyHint')}>
      <CloudCheck size={14} aria-hidden="true" /> {t('offline.ready')}
    </span>
  );
}
