import { memo, useMemo } from 'react';
import { CircleCheck, CircleX } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useAppStore, type AppState } from '../../state/store';
import { useThrottledStore } from '../charts/useThrottled';
import { formatSimTime } from '../format';
import { describeFault, nameLookup } from './describeEvent';
import { durations, outagesOf, type Outage } from './takeovers';
import { withCauses } from '../../state/keptEvents';

/** The RTO target field's bounds (s): a typed 1e400 is Infinity, not a target. */
const MAX_TARGET_S = 3600;
const validTarget = (text: string) => {
  const seconds = Number(text);
  return Number.isFinite(seconds) && seconds > 0 && seconds <= MAX_TARGET_S;
};

const selectEvents = (s: AppState) => s.events;
const selectTime = (s: AppState) => s.timeMs;
const seconds = (ms: number) => (ms / 1000).toFixed(1);
/** A target the user typed in whole seconds reads best without a decimal. */
const targetSeconds = (ms: number) => (ms % 1000 === 0 ? String(ms / 1000) : seconds(ms));

function Segment({ from, to, span, start, className, label }: { from: number; to: number; span: number; start: number; className: string; label: string }) {
  if (to <= from) return null;
  return <div className={`seg ${className}`} style={{ left: `${((from - start) / span) * 100}%`, width: `${((to - from) / span) * 100}%` }} title={label} />;
}

function OutageRow({ outage, nowMs, targetMs }: { outage: Outage; nowMs: number; targetMs: number }) {
  const { t } = useTranslation();
  const design = useAppStore((s) => s.design);
  const name = useMemo(() => nameLookup(design), [design]);
  const d = durations(outage);
  const start = outage.fault.t;
  const end = Math.max(outage.failedBack?.t ?? outage.recovered?.t ?? nowMs, (outage.tookOver?.t ?? start) + 1, start + 1000);
  const span = end - start;
  const detected = outage.detected?.t ?? outage.tookOver?.t ?? end;
  const tookOver = outage.tookOver?.t ?? end;
  const recovered = outage.recovered?.t ?? end;
  const met = d.rtoMs !== undefined && d.rtoMs <= targetMs;
  const title = describeFault(t, outage.fault.fault, name);
  return (
    <li className="outage" aria-label={t('live.takeover.row', { time: formatSimTime(start), fault: title })}>
      <div className="outage-head">
        <strong>{formatSimTime(start)}</strong> {title}
      </div>
      <div className="gantt" aria-hidden="true">
        <Segment from={start} to={detected} span={span} start={start} className="undetected" label={t('live.takeover.undetected')} />
        <Segment from={detected} to={tookOver} span={span} start={start} className="deciding" label={t('live.takeover.deciding')} />
        <Segment from={tookOver} to={recovered} span={span} start={start} className="standIn" label={t('live.takeover.standIn')} />
        {outage.recovered && <Segment from={recovered} to={outage.failedBack?.t ?? end} span={span} start={start} className="failingBack" label={t('live.takeover.failingBack')} />}
      </div>
      <dl className="milestones">
        <dt>{t('live.takeover.detected')}</dt>
        <dd>{d.detectedMs !== undefined ? t('live.takeover.after', { s: seconds(d.detectedMs) }) : '—'}</dd>
        <dt>{t('live.takeover.tookOver')}</dt>
        <dd>
          {d.rtoMs !== undefined ? (
            <span className={met ? 'rto-met' : 'rto-missed'}>
              {met ? <CircleCheck size={13} aria-hidden="true" /> : <CircleX size={13} aria-hidden="true" />}{' '}
              {t(met ? 'live.takeover.rtoMet' : 'live.takeover.rtoMissed', { s: seconds(d.rtoMs), target: targetSeconds(targetMs) })}
            </span>
          ) : outage.orphaned ? (
            t('live.takeover.nobody')
          ) : (
            t('live.takeover.notYet')
          )}
        </dd>
        <dt>{t('live.takeover.failedBack')}</dt>
        <dd>
          {d.failbackMs !== undefined
            ? t('live.takeover.afterRecovery', { s: seconds(d.failbackMs) })
            : outage.recovered
              ? t('live.takeover.notYet')
              : t('live.takeover.notRecovered')}
        </dd>
      </dl>
    </li>
  );
}

/**
 * A Gantt-like strip per outage: failure → detected → took over → (recovered) → failed back, with measured
 * durations and the RTO against the user's target.
 */
export const TakeoverTimeline = memo(function TakeoverTimeline() {
  const { t } = useTranslation();
  // Throttled (a few updates a second): the running durations need not move on every frame.
  const events = useThrottledStore(selectEvents);
  const nowMs = useThrottledStore(selectTime);
  const targetMs = useAppStore((s) => s.rtoTargetMs);
  const setTarget = useAppStore((s) => s.setRtoTarget);
  const causes = useAppStore((s) => s.eventCauses);
  // With the older causes kept for "why?": an outage whose fault left the 1,000-event window still has its strip.
  const outages = useMemo(() => outagesOf(withCauses(events, causes)), [events, causes]);
  return (
    <section className="panel takeovers" aria-label={t('live.takeover.title')}>
      <label className="rto-target">
        {t('live.takeover.target')}
        <input type="number" min={1} max={MAX_TARGET_S} step={1} value={targetMs / 1000} onChange={(e) => validTarget(e.target.value) && setTarget(Number(e.target.value) * 1000)} />
        {t('live.takeover.seconds')}
      </label>
      <div className="gantt-legend" aria-hidden="true">
        <span className="seg undetected" /> {t('live.takeover.undetected')} <span className="seg deciding" /> {t('live.takeover.deciding')}{' '}
        <span className="seg standIn" /> {t('live.takeover.standIn')} <span className="seg failingBack" /> {t('live.takeover.failingBack')}
      </div>
      {outages.length === 0 ? (
        <p className="muted">{t('live.takeover.empty')}</p>
      ) : (
        <ol className="outages" aria-label={t('live.takeover.title')}>
          {outages.map((o) => (
            <OutageRow key={o.fault.id} outage={o} nowMs={nowMs} targetMs={targetMs} />
          ))}
        </ol>
      )}
    </section>
  );
});
