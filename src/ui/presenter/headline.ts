import type { TFunction } from 'i18next';
import { metaOf, type Fault, type Lane, type SimEvent } from '../../engine';
import { describeFault } from '../timeline/describeEvent';

/** How many key moments after the fault the strip keeps at most. */
export const HEADLINE_MOMENTS = 3;
/**
 * The strip's one line at 1920 px in its 28 px type, in half-width units (a Latin letter ≈ 0.5 em, a Japanese
 * character 1 em = 2 units): moments that would not fit are left out, oldest first.
 */
export const HEADLINE_WIDTH_UNITS = 120;
const SEPARATOR = ' → ';

/** Width in half-width units: CJK and full-width characters count twice. */
export function textUnits(text: string): number {
  let units = 0;
  for (const ch of text) units += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return units;
}

/** Faults with a short phrase of their own; any other reads as its timeline sentence. */
const SHORT_FAULTS: ReadonlySet<string> = new Set(['siteDown', 'siteUp', 'crashHost', 'linkDown', 'partition', 'heal', 'dbSwitchover']);

export interface Headline {
  /** The fault the story starts from ("Site 1 lost power"). */
  fault: string;
  /** The last key moments after it, oldest first ("database failover at +38 s"). */
  moments: string[];
  /** Key moments left out before these (the strip shows "…"). */
  skipped: number;
}

function laneOf(type: string): Lane | undefined {
  const lane = metaOf(type).lane;
  return typeof lane === 'object' ? lane.fromEffectsElse : lane;
}

function faultPhrase(t: TFunction, fault: Fault, name: (id: string) => string): string {
  if (!SHORT_FAULTS.has(fault.kind)) return describeFault(t, fault, name);
  const target = 'target' in fault && typeof fault.target === 'string' ? name(fault.target) : '';
  return t(`presenter.headline.fault.${fault.kind}`, { target });
}

/**
 * The story of the run in one line, from the last fault and the events its kit marks as key (`key: true` in the
 * event metadata): one phrase per function and phase, the first time it happens, timed from the fault
 * ("+38 s"). Later repeats of the same step (four servers taking over sessions) would only crowd the line.
 * Null before any fault: there is no story yet.
 */
export function buildHeadline(events: readonly SimEvent[], t: TFunction, name: (id: string) => string, maxMoments = HEADLINE_MOMENTS): Headline | null {
  let anchor = -1;
  for (let i = events.length - 1; i >= 0; i--) {
    if (events[i]!.type === 'fault.injected') {
      anchor = i;
      break;
    }
  }
  if (anchor < 0) return null;
  const injected = events[anchor] as Extract<SimEvent, { type: 'fault.injected' }>;
  const seen = new Set<string>();
  const moments: string[] = [];
  for (const event of events.slice(anchor + 1)) {
    const meta = metaOf(event.type);
    const lane = laneOf(event.type);
    // Findings (a standby to reinstate, an RTT out of range) are the report's: their phrase would say too little here.
    if (!meta.key || !lane || !meta.phase || meta.phase === 'finding' || seen.has(`${lane}/${meta.phase}`)) continue;
    seen.add(`${lane}/${meta.phase}`);
    const at = t('presenter.headline.at', { s: Math.round((event.t - injected.t) / 1000) });
    moments.push(t(`presenter.headline.phase.${meta.phase}`, { lane: t(`presenter.headline.lane.${lane}`), at }));
  }
  const fault = faultPhrase(t, injected.fault, name);
  const kept: string[] = [];
  let units = textUnits(fault) + textUnits(SEPARATOR) + 1; // the "…" of skipped moments
  for (let i = moments.length - 1; i >= 0 && kept.length < maxMoments; i--) {
    units += textUnits(moments[i]!) + textUnits(SEPARATOR);
    if (units > HEADLINE_WIDTH_UNITS && kept.length > 0) break;
    kept.unshift(moments[i]!);
  }
  return { fault, moments: kept, skipped: moments.length - kept.length };
}

/** The headline as the strip reads it: "Site 1 lost power → … → database failover at +38 s". */
export function headlineText(h: Headline): string {
  return [h.fault, ...(h.skipped > 0 ? ['…'] : []), ...h.moments].join(SEPARATOR);
}

/**
 * Where PageUp goes without a story: the latest key moment before `nowMs` (a little before it, so a second press
 * reaches the one before), or undefined when there is none.
 */
export function previousKeyMomentMs(events: readonly SimEvent[], nowMs: number): number | undefined {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.t < nowMs - 500 && (metaOf(e.type).key || e.type === 'fault.injected')) return e.t;
  }
  return undefined;
}
