import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';
import { formatSimTime } from '../format';

/**
 * What the last design edit did to the run in progress (issue 17 §5): applied from now, or restarted from 0:00.
 * A restart used to happen silently; a status, not an alert: the user caused it and nothing went wrong.
 */
export function EditNotice() {
  const { t } = useTranslation();
  const notice = useAppStore((s) => s.editNotice);
  const dismiss = useAppStore((s) => s.setEditNotice);
  return (
    <div role="status" className={notice ? `edit-notice ${notice.change}` : 'edit-notice-empty'}>
      {notice && (
        <>
          <span>{notice.change === 'applied' ? t('liveEdit.notice.applied', { time: formatSimTime(notice.atMs) }) : t('liveEdit.notice.restarted')}</span>
          <button type="button" className="link-button" onClick={() => dismiss(null)}>
            {t('liveEdit.notice.dismiss')}
          </button>
        </>
      )}
    </div>
  );
}
