import i18n from 'i18next';
import { useAppStore } from '../../state/store';
import { toast } from '../../state/editorView';
import { download, fileStem } from '../files/download';
import type { DrillAnalysis, ReportLanguage } from '../../report';
import type { DesignDoc } from '../../engine';
import { isStale } from '../analysis/analysisStore';

/**
 * File → Report and the CSV exports (issue 16). The report is not drawn from the live view (it keeps a bounded
 * window of events and samples) but from a headless re-run of the same design, fault script and seed over the
 * CLI's default window: the very run `npm run sim -- … --report` makes, so both write the same report.
 * The builder is loaded on first use, so the app's first load does not carry it.
 */
async function drill() {
  const report = await import('../../report');
  const { design, script, seed } = useAppStore.getState();
  return { report, design, run: report.runDrill(design, script, seed), faults: script };
}

/**
 * The analyses computed in the Analysis tab for the design on screen (a result for an older design is left out):
 * the report carries them as the CLI's --sweep-failures, --availability and --compare do.
 */
export function computedAnalysis(design: DesignDoc): DrillAnalysis | undefined {
  const { sweep, availability, compare } = useAppStore.getState().analysis;
  const fresh = <T extends { design: DesignDoc }>(result: T | null): T | undefined => (result && !isStale(result.design, design) ? result : undefined);
  const analysis: DrillAnalysis = {
    ...(fresh(sweep) ? { sweep: sweep!.matrix } : {}),
    ...(fresh(availability) ? { availability: availability!.result } : {}),
    ...(fresh(compare) ? { comparison: { result: compare!.comparison, other: compare!.other } } : {}),
  };
  return Object.keys(analysis).length > 0 ? analysis : undefined;
}

const uiLanguage = (): ReportLanguage => (i18n.resolvedLanguage === 'ja' ? 'ja' : 'en');

async function guarded(work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    toast({ key: 'drill.ui.failed', params: { reason: error instanceof Error ? error.message : String(error) }, tone: 'error' });
  }
}

/** The drill report as one self-contained HTML file in `lang`. */
export function downloadReport(lang: ReportLanguage): Promise<void> {
  return guarded(async () => {
    const { report, design, run, faults } = await drill();
    const analysis = computedAnalysis(design);
    const html = report.drillReportHtml({ design, faults, run, lang, date: new Date(), appVersion: report.APP_VERSION, ...(analysis ? { analysis } : {}) });
    download(`${fileStem(design.name)}-drill-report-${lang}.html`, new Blob([html], { type: 'text/html;charset=utf-8' }));
  });
}

/** The whole event log or every metric sample of the run as CSV (UTF-8 with BOM), in the app's language. */
export function downloadCsv(what: 'events' | 'metrics'): Promise<void> {
  return guarded(async () => {
    const { report, design, run } = await drill();
    const text = what === 'events' ? report.drillEventsCsv(design, run, uiLanguage()) : report.drillMetricsCsv(run, uiLanguage());
    download(`${fileStem(design.name)}-${what}.csv`, new Blob([text], { type: 'text/csv;charset=utf-8' }));
  });
}
