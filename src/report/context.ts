import type { TFunction } from 'i18next';
import { type DesignDoc, type SimEvent, type AvailabilityResult, type Comparison, type SweepMatrix, type RunResult, type TimedFault } from '../engine';
import { describeEvent, nameLookup } from '../ui/timeline/describeEvent';
import { formatter, type Formatter } from './format';
import { translator, type ReportLanguage } from './translate';

/** The analyses of issue 14, when they were computed: the report adds a section for each one given. */
export interface DrillAnalysis {
  sweep?: SweepMatrix;
  availability?: AvailabilityResult;
  comparison?: { result: Comparison; other: DesignDoc };
}

/** Everything a drill report is made of. No clock: the date is handed in (it is the one line that differs). */
export interface DrillReportInput {
  design: DesignDoc;
  /** The fault script that was run. */
  faults: readonly TimedFault[];
  run: RunResult;
  lang: ReportLanguage;
  date: Date;
  /** IANA zone of the date line; the environment's own when omitted. */
  timeZone?: string;
  appVersion: string;
  analysis?: DrillAnalysis;
}

/** What every section needs: the language, names, sentences. */
export interface Ctx {
  input: DrillReportInput;
  design: DesignDoc;
  t: TFunction;
  f: Formatter;
  /** Ids (sites, nodes, links; "system") as names. */
  name(id: string): string;
  /** An event of the run by id. */
  event(id: number): SimEvent | undefined;
  /** An event as a sentence in the report's language. */
  sentence(event: SimEvent): string;
}

export function context(input: DrillReportInput): Ctx {
  const t = translator(input.lang);
  const names = nameLookup(input.design);
  const name = (id: string) => (id === 'system' ? t('drill.service.system') : id.split('+').map(names).join(' + '));
  const byId = new Map(input.run.events.map((e) => [e.id, e]));
  return {
    input,
    design: input.design,
    t,
    f: formatter(input.lang, t),
    name,
    event: (id) => byId.get(id),
    sentence: (e) => describeEvent(t, e, names),
  };
}
