import { type DesignDoc, type RunResult } from '../engine';
import { describeEvent, nameLookup } from '../ui/timeline/describeEvent';
import { eventsCsv, metricsCsv } from './csv';
import { translator, type ReportLanguage } from './translate';

export { drillReportHtml, type DrillReportInput, type DrillAnalysis } from './drillReport';
export { drillUntilMs, runDrill } from './run';
export { csvField, csvText, BOM } from './csv';
export type { ReportLanguage } from './translate';
export { version as APP_VERSION } from '../../package.json';

/** The run's whole event log as CSV (UTF-8 with BOM), sentences and column titles in `lang`. */
export function drillEventsCsv(design: DesignDoc, run: RunResult, lang: ReportLanguage): string {
  const t = translator(lang);
  const names = nameLookup(design);
  const header = ['timeMs', 'seconds', 'id', 'type', 'subject', 'event', 'cause'].map((k) => t(`drill.csv.${k}`));
  return eventsCsv(run.events, (e) => describeEvent(t, e, names), header);
}

/** The run's metric samples as CSV (UTF-8 with BOM): time in ms, one column per gauge. */
export function drillMetricsCsv(run: RunResult, lang: ReportLanguage): string {
  return metricsCsv(run.samples, translator(lang)('drill.csv.timeMs'));
}
