import { memo, useCallback, useDeferredValue, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SimEvent } from '../../engine';
import { useAppStore, type AppState } from '../../state/store';
import { useThrottledStore } from '../charts/useThrottled';
import { formatSimTime, isoDuration } from '../format';
import { simulation } from '../../state/simulation';
import { causeChain, involvedNodes } from './causes';
import { withCauses } from '../../state/keptEvents';
import { describeEvent, nameLookup } from './describeEvent';
import { describeTimings } from './timings';

const selectEvents = (s: AppState) => s.events;

/** How many of the kept events the list draws (newest first). */
const SHOWN_EVENTS = 200;

type Describe = (e: SimEvent) => string;
/** Stable across frames, so a new event does not re-render every row. */
type Lookup = () => ReadonlyMap<number, SimEvent>;

/** The parameters that set an event's timing, beside it in the "why?" chain (none: nothing shown). */
function Timings({ event, asItem = false }: { event: SimEvent; asItem?: boolean }) {
  const { t } = useTranslation();
  const design = useAppStore((s) => s.design);
  const timings = describeTimings(t, event, design);
  if (timings.length === 0) return null;
  const list = (
    <ul className="why-timings" aria-label={t('live.events.timings')}>
      {timings.map((text) => (
        <li key={text}>{text}</li>
      ))}
    </ul>
  );
  return asItem ? <li>{list}</li> : list;
}

function WhyChain({ event, lookup, describe }: { event: SimEvent; lookup: Lookup; describe: Describe }) {
  const { t } = useTranslation();
  const { chain, complete } = causeChain(event, lookup());
  return (
    <ol className="why-chain" aria-label={t('live.events.whyOf', { id: event.id })}>
      <Timings event={event} asItem />
      {chain.length === 0 && <li>{t('live.events.rootCause')}</li>}
      {chain.map((c) => (
        <li key={c.id}>
          <time dateTime={isoDuration(c.t)}>{formatSimTime(c.t, true)}</time> {t('live.events.because')} {describe(c)}
          <Timings event={c} />
        </li>
      ))}
      {!complete && <li className="muted">{t('live.events.causeGone')}</li>}
    </ol>
  );
}

const EventRow = memo(function EventRow({ event, cause, focused, lookup, describe }: { event: SimEvent; cause: SimEvent | undefined; focused: boolean; lookup: Lookup; describe: Describe }) {
  const { t } = useTranslation();
  const [why, setWhy] = useState(false);
  const design = useAppStore((s) => s.design);
  const setFocus = useAppStore((s) => s.setFocus);
  const pick = () => {
    setFocus({ eventId: event.id, nodes: involvedNodes(event, design) });
    simulation.seek(event.t);
  };
  return (
    <li className={`event event-${event.type.replace('.', '-')}${focused ? ' focused' : ''}`} data-event-type={event.type} aria-current={focused || undefined}>
      <time dateTime={isoDuration(event.t)}>{formatSimTime(event.t, true)}</time>
      <button type="button" className="event-text" onClick={pick} title={t('live.events.pick')}>
        {describe(event)}
      </button>
      {/* Text, not an icon: an inline SVG adds paint chunks, and each row mounted while a run plays then made the
          browser re-layerize the whole page, 1,000 canvas nodes included (≈ 160 ms/s at 1,000 nodes, issue 18). */}
      {event.cause !== null && (
        <button type="button" className="why" aria-expanded={why} onClick={() => setWhy(!why)} aria-label={t('live.events.why', { id: event.id })}>
          {t('live.events.whyShort')}
        </button>
      )}
      {cause && !why && <span className="event-cause muted">← {describe(cause)}</span>}
      {why && <WhyChain event={event} lookup={lookup} describe={describe} />}
    </li>
  );
});

/**
 * Every event with its simulated time, its sentence and its cause. Picking one highlights the nodes it
 * involves and moves the whole view to that moment; "why?" walks back its cause chain.
 */
export const EventList = memo(function EventList() {
  const { t, i18n } = useTranslation();
  // A few updates a second: a reader cannot follow more, and each one re-describes the new rows.
  const events = useThrottledStore(selectEvents);
  const design = useAppStore((s) => s.design);
  const focusId = useAppStore((s) => s.focus?.eventId ?? null);
  const describe = useMemo<Describe>(() => {
    const name = nameLookup(design);
    return (e) => describeEvent(t, e, name);
    // The language is part of the sentence: re-describe when it changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [design, t, i18n.language]);
  // Deferred like the throttled events: a batch that moves the window does not re-render the list before the canvas paints.
  const causes = useDeferredValue(useAppStore((s) => s.eventCauses));
  // Kept events and the older causes they need: a "why?" chain never stops short of its fault.
  const byId = useMemo(() => new Map(withCauses(events, causes).map((e) => [e.id, e])), [events, causes]);
  const byIdRef = useRef(byId);
  useLayoutEffect(() => {
    byIdRef.current = byId;
  }, [byId]);
  const lookup = useCallback(() => byIdRef.current, []);
  const shown = useMemo(() => events.slice(-SHOWN_EVENTS).reverse(), [events]);
  return (
    <section className="panel events" aria-label={t('panel.events')}>
      {shown.length === 0 ? (
        <p className="muted">{t('events.empty')}</p>
      ) : (
        <ol className="event-list" aria-label={t('panel.events')}>
          {shown.map((e) => (
            <EventRow key={e.id} event={e} cause={e.cause !== null ? byId.get(e.cause) : undefined} focused={e.id === focusId} lookup={lookup} describe={describe} />
          ))}
        </ol>
      )}
    </section>
  );
});
