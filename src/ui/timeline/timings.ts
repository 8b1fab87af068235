import type { TFunction } from 'i18next';
import { timingsOf, type DesignDoc, type ParamTiming, type SimEvent } from '../../engine';
import { paramNameKey, unitKey } from '../inspector/paramLabels';

/** A timing's value as people read it: whole or fractional seconds for ms from 1 s up, else the unit's short label. */
function valueText(t: TFunction, timing: ParamTiming): string {
  if (timing.unit === 'ms' && timing.value >= 1000) return t('live.events.timingSeconds', { s: Number((timing.value / 1000).toFixed(3)) });
  return `${timing.value} ${t(unitKey(timing.unit))}`;
}

/**
 * The parameters that set when `event` happened, as "Takeover after = 10 s · OT-4, Source document": the
 * inspector's label of the parameter, its value in `design`, the DOMAIN.md behaviour and where the value comes from.
 */
export function describeTimings(t: TFunction, event: SimEvent, design: DesignDoc): string[] {
  return timingsOf(event, design).map((timing) => {
    const source = t(`editor.source.${timing.source}`);
    const origin = timing.ref === undefined ? source : t('live.events.timingRef', { ref: timing.ref, source });
    return t('live.events.timing', { param: t(paramNameKey(timing.param)), value: valueText(t, timing), origin });
  });
}
