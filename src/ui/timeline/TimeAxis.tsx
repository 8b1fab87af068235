import { useEffect, useMemo, useRef, useState } from 'react';
import { History } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';
import { formatSimTime, isoDuration } from '../format';
import { simulation } from '../../state/simulation';
import { describeFault, nameLookup } from './describeEvent';
import { BranchBar } from '../branches/BranchBar';
import { LinkScriptNotice } from '../branches/LinkScriptNotice';

/** Dragging sends at most one jump per this many wall ms: each jump back is a re-run in the worker. */
const SEEK_DEBOUNCE_MS = 120;

/**
 * The time axis: a cursor over everything simulated so far on this timeline (drag it back to see the past,
 * re-run deterministically in the worker), with a marker for every injected fault.
 */
export function TimeAxis() {
  const { t } = useTranslation();
  const timeMs = useAppStore((s) => s.timeMs);
  const horizonMs = useAppStore((s) => s.horizonMs);
  const script = useAppStore((s) => s.script);
  const design = useAppStore((s) => s.design);
  const name = useMemo(() => nameLookup(design), [design]);
  const [draft, setDraft] = useState<number | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // A whole number of steps, so that the cursor can reach the very end.
  const max = Math.ceil(Math.max(horizonMs, timeMs, 1000) / 100) * 100;
  const shown = draft ?? timeMs;

  useEffect(() => () => clearTimeout(timer.current), []);
  const seek = (value: number) => {
    setDraft(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      simulation.seek(value);
      setDraft(null);
    }, SEEK_DEBOUNCE_MS);
  };
  const inPast = timeMs < horizonMs;

  return (
    <section className="time-axis" aria-label={t('live.time.axis')}>
      <div className="time-track">
        <input
          type="range"
          min={0}
          max={max}
          step={100}
          value={shown}
          aria-label={t('live.time.cursor')}
          aria-valuetext={formatSimTime(shown)}
          onChange={(e) => seek(Number(e.target.value))}
        />
        <ol className="fault-markers" aria-label={t('live.time.markers')}>
          {script.map((entry, i) => (
            <li key={i} style={{ left: `${(entry.atMs / max) * 100}%` }} className={entry.atMs > timeMs ? 'future' : undefined}>
              <button type="button" onClick={() => simulation.seek(entry.atMs)} title={describeFault(t, entry.fault, name)}>
                <span className="sr-only">
                  {t('live.time.marker', { time: formatSimTime(entry.atMs), fault: describeFault(t, entry.fault, name) })}
                </span>
              </button>
            </li>
          ))}
        </ol>
      </div>
      <div className="time-readout">
        <time dateTime={isoDuration(shown)}>{formatSimTime(shown)}</time>
        <span className="muted"> / {formatSimTime(max)}</span>
        {inPast && (
          <span className="past-note" role="status">
            <History size={13} aria-hidden="true" /> {t('live.time.past')}
          </span>
        )}
      </div>
      <BranchBar maxMs={max} />
      <LinkScriptNotice />
    </section>
  );
}
