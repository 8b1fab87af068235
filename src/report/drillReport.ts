import { context, type DrillReportInput } from './context';
import { chartsSvg } from './chartsSvg';
import { esc, section } from './html';
import { analysisHtml } from './sections/analysis';
import { appendixHtml } from './sections/appendix';
import { coverHtml } from './sections/cover';
import { checksHtml, designHtml } from './sections/design';
import { faultsHtml } from './sections/faults';
import { REPORT_CSS } from './style';

export type { DrillReportInput, DrillAnalysis } from './context';

/**
 * The drill report (issue 16): one self-contained HTML file (styles and pictures inline; the content security
 * policy forbids every fetch, so it opens the same with the network cut), built from the design, the fault
 * script, the run and, when computed, the analyses. Pure: the app and the CLI write the same bytes for the same
 * design, faults and seed, except the one line that holds the date.
 */
export function drillReportHtml(input: DrillReportInput): string {
  const ctx = context(input);
  const { t, f, design } = ctx;
  const { run } = input;
  const charts = section('charts', t('drill.section.charts'), chartsSvg(run.samples, run.report.untilMs, input.faults.map((x) => x.atMs), t, f, ctx.name), true);
  const title = `${t('drill.title')}: ${design.name}`;
  return [
    '<!doctype html>',
    `<html lang="${input.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="Failover Lab ${esc(input.appVersion)}">`,
    `<title>${esc(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    coverHtml(ctx),
    designHtml(ctx),
    checksHtml(ctx),
    faultsHtml(ctx),
    charts,
    analysisHtml(ctx),
    appendixHtml(ctx),
    '</body>',
    '</html>',
    '',
  ]
    .filter((part) => part !== '')
    .join('\n')
    .concat('\n');
}
