import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';
import { formatSimTime, isoDuration } from '../format';
import { describeEvent, nameLookup } from './describeEvent';

/** Newest first; the list is bounded by the store. */
export const EventList = memo(function EventList() {
  const { t } = useTranslation();
  const events = useAppStore((s) => s.events);
  const design = useAppStore((s) => s.design);
  const name = useMemo(() => nameLookup(design), [design]);
  const shown = useMemo(() => events.slice(-200).reverse(), [events]);
  return (
    <section className="panel events" aria-label={t('panel.events')}>
      <h2>{t('panel.events')}</h2>
      {shown.length === 0 ? (
        <p className="muted">{t('events.empty')}</p>
      ) : (
        <ol className="event-list" aria-label={t('panel.events')}>
          {shown.map((e) => (
            <li key={e.id} className={`event event-${e.type.replace('.', '-')}`} data-event-type={e.type}>
              <time dateTime={isoDuration(e.t)}>{formatSimTime(e.t, true)}</time>
              <span className="event-text">{describeEvent(t, e, name)}</span>
              {e.cause !== null && <span className="event-cause muted">{t('events.cause', { id: e.cause })}</span>}
              <span className="event-id muted">#{e.id}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
});
