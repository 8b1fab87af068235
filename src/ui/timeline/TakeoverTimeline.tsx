import { memo, useMemo } from 'react';
import { CircleCheck, CircleX } from 'lucide-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { faultLanes, type FaultLanes, type SimEvent } from '../../engine';
import { useAppStore, type AppState } from '../../state/store';
import { useThrottledStore } from '../charts/useThrottled';
import { formatSimTime } from '../format';
import { describeEvent, describeFault, nameLookup } from './describeEvent';
import { laneViews, rowEndMs, rowsOf, type LaneOutcome, type LaneView, type Segment } from './takeovers';
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

function Bar({ segment, span, start, t }: { segment: Segment; span: number; start: number; t: TFunction }) {
  const style = { left: `${((segment.fromMs - start) / span) * 100}%`, width: `${((segment.toMs - segment.fromMs) / span) * 100}%` };
  return <div className={`seg ${segment.kind}`} style={style} title={t(`live.takeover.${segment.kind}`)} />;
}

/** The lane's outcome in words, without its name ("took over after 10.0 s"). */
function outcomeText(t: TFunction, o: LaneOutcome): string {
  switch (o.kind) {
    case 'tookOver':
    case 'back':
    case 'lost':
      return t(`live.lanes.${o.kind}`, { s: seconds(o.atMs) });
    case 'step':
      return t('live.lanes.step', { phase: t(`report.phase.${o.phase}`), s: seconds(o.atMs) });
    default:
      return t(`live.lanes.${o.kind}`);
  }
}

function LaneRow({ view, start, span, targetMs }: { view: LaneView; start: number; span: number; targetMs: number }) {
  const { t } = useTranslation();
  const laneName = t(`report.lane.${view.lane.lane}`);
  const outcome = outcomeText(t, view.outcome);
  const met = view.rtoMs !== undefined && view.rtoMs <= targetMs;
  const rto = view.rtoMs === undefined ? undefined : t(met ? 'live.lanes.rtoMet' : 'live.lanes.rtoMissed', { target: targetSeconds(targetMs) });
  const said = rto === undefined ? outcome : t('live.lanes.withRto', { outcome, rto });
  const failedBack = view.lane.steps.find((s) => s.phase === 'failedBack');
  return (
    <li className="lane" aria-label={t('live.lanes.name', { lane: laneName, outcome: said })}>
      <div className="lane-head">
        <strong>{laneName}</strong>{' '}
        {rto === undefined ? (
          <span>{outcome}</span>
        ) : (
          <span className={met ? 'rto-met' : 'rto-missed'}>
            {met ? <CircleCheck size={13} aria-hidden="true" /> : <CircleX size={13} aria-hidden="true" />} {said}
          </span>
        )}
      </div>
      <div className="gantt" aria-hidden="true">
        {view.segments.map((s) => (
          <Bar key={s.kind} segment={s} span={span} start={start} t={t} />
        ))}
      </div>
      <dl className="milestones">
        <dt>{t('live.takeover.detected')}</dt>
        <dd>{view.detectedMs !== undefined ? t('live.takeover.after', { s: seconds(view.detectedMs) }) : '—'}</dd>
        {(failedBack || view.outcome.kind === 'tookOver') && (
          <>
            <dt>{t('live.takeover.failedBack')}</dt>
            <dd>
              {view.failbackAfterRecoveryMs !== undefined
                ? t('live.takeover.afterRecovery', { s: seconds(view.failbackAfterRecoveryMs) })
                : failedBack
                  ? t('live.takeover.after', { s: seconds(failedBack.afterMs) })
                  : t('live.takeover.notYet')}
            </dd>
          </>
        )}
      </dl>
    </li>
  );
}

function FaultRow({ row, events, nowMs, targetMs }: { row: FaultLanes; events: ReadonlyMap<number, SimEvent>; nowMs: number; targetMs: number }) {
  const { t } = useTranslation();
  const design = useAppStore((s) => s.design);
  const name = useMemo(() => nameLookup(design), [design]);
  const views = laneViews(row, nowMs);
  const start = row.atMs;
  const span = rowEndMs(row, nowMs) - start;
  const title = describeFault(t, row.fault, name);
  const headline = row.serviceRestoredMs === null ? t('live.lanes.serviceNotBack') : row.serviceRestoredMs === 0 ? t('live.lanes.serviceUntouched') : t('live.lanes.serviceBack', { s: seconds(row.serviceRestoredMs) });
  return (
    <li className="outage" aria-label={t('live.takeover.row', { time: formatSimTime(start), fault: title })}>
      <div className="outage-head">
        <strong>{formatSimTime(start)}</strong> {title}
      </div>
      <p className="outage-headline">{headline}</p>
      {views.length > 0 && (
        <ul className="lanes" aria-label={t('live.lanes.title')}>
          {views.map((v) => (
            <LaneRow key={v.lane.lane} view={v} start={start} span={span} targetMs={targetMs} />
          ))}
        </ul>
      )}
      {row.findings.length > 0 && (
        <ul className="findings" aria-label={t('live.lanes.findings')}>
          {row.findings.map((f) => {
            const event = events.get(f.eventId);
            return <li key={f.eventId}>{t('live.takeover.after', { s: seconds(f.afterMs) })}: {event ? describeEvent(t, event, name) : f.type}</li>;
          })}
        </ul>
      )}
    </li>
  );
}

/**
 * One row per fault, broken down into the functions it touched (the run report's lanes, computed by the engine's
 * `faultLanes` from the kept events): a Gantt-like strip per lane (not yet detected → taking over → stand-in →
 * failing back), each lane's own RTO against the user's target, and the row's headline: when users were served again.
 */
export const TakeoverTimeline = memo(function TakeoverTimeline() {
  const { t } = useTranslation();
  // Throttled (a few updates a second): the running durations need not move on every frame.
  const events = useThrottledStore(selectEvents);
  const nowMs = useThrottledStore(selectTime);
  const targetMs = useAppStore((s) => s.rtoTargetMs);
  const setTarget = useAppStore((s) => s.setRtoTarget);
  const causes = useAppStore((s) => s.eventCauses);
  // With the older causes kept for "why?": a fault that left the 1,000-event window still has its row.
  const all = useMemo(() => withCauses(events, causes), [events, causes]);
  const rows = useMemo(() => rowsOf(faultLanes(all)), [all]);
  const byId = useMemo(() => new Map(all.map((e) => [e.id, e])), [all]);
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
      {rows.length === 0 ? (
        <p className="muted">{t('live.takeover.empty')}</p>
      ) : (
        <ol className="outages" aria-label={t('live.takeover.title')}>
          {rows.map((r) => (
            <FaultRow key={r.eventId} row={r} events={byId} nowMs={nowMs} targetMs={targetMs} />
          ))}
        </ol>
      )}
    </section>
  );
});
