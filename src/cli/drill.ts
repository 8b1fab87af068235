/**
 * The CLI side of issue 16: `--report FILE` (HTML, or PDF through Chromium), `--events-csv`, `--metrics-csv`.
 * The report is built by the same pure function as the app's File → Report, from the same run, so both write the
 * same bytes for the same design, faults and seed except the date line.
 */
import { type DesignDoc, sweepFailures, availability, compareDesigns, type FaultScript } from '../engine';
import { APP_VERSION, drillEventsCsv, drillMetricsCsv, drillReportHtml, runDrill, type DrillAnalysis } from '../report';
import type { CliArgs } from './args';
import { DEFAULT_YEARS, progressTo } from './analysis';
import { InputError } from './input';

export interface DrillIo {
  out(text: string): void;
  err(text: string): void;
  writeFile(path: string, text: string): void;
  /** Prints `html` to a PDF at `path`; false when no Chromium is found (the caller then keeps the HTML). */
  renderPdf?(html: string, path: string, paper: CliArgs['paper']): boolean;
  /** The report's date (wall clock); the one line that differs between two reports of the same run. */
  date?(): Date;
}

export interface DrillRequest {
  args: CliArgs;
  design: DesignDoc;
  script: FaultScript | undefined;
  /** The design to compare with (--compare), already loaded. */
  other?: DesignDoc;
}

function write(io: DrillIo, path: string, text: string, what: string): void {
  try {
    io.writeFile(path, text);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new InputError(`${path}: cannot write the ${what} (${code ?? String(error)})`);
  }
  io.out(`wrote ${path} (${what}, ${Math.ceil(Buffer.byteLength(text) / 1024)} kB)`);
}

/** The analyses asked for with the report, each run from the same seed (progress on stderr). */
function analyses(req: DrillRequest, seed: number, err: (text: string) => void): DrillAnalysis {
  const { args, design, other } = req;
  const out: DrillAnalysis = {};
  if (args.sweepFailures) out.sweep = sweepFailures(design, { seed, ...progressTo(err, 'sweep') });
  if (args.availability) out.availability = availability(design, { years: args.years ?? DEFAULT_YEARS, seed, ...progressTo(err, 'availability') });
  if (other) out.comparison = { result: compareDesigns(design, other, { seed, years: args.availability ? 0 : (args.years ?? 0), ...progressTo(err, 'compare') }), other };
  return out;
}

/** Runs the drill and writes what was asked for. */
export function writeDrill(req: DrillRequest, io: DrillIo): void {
  const { args, design, script } = req;
  const seed = args.seed ?? design.seed;
  const faults = script?.steps ?? [];
  const run = runDrill(design, faults, seed, args.untilMs);
  if (args.eventsCsvPath !== undefined) write(io, args.eventsCsvPath, drillEventsCsv(design, run, args.lang), 'event log CSV');
  if (args.metricsCsvPath !== undefined) write(io, args.metricsCsvPath, drillMetricsCsv(run, args.lang), 'metric samples CSV');
  const path = args.reportPath;
  if (path === undefined) return;
  const html = drillReportHtml({ design, faults, run, lang: args.lang, date: io.date?.() ?? new Date(), appVersion: APP_VERSION, analysis: analyses(req, seed, io.err) });
  if (!/\.pdf$/i.test(path)) return write(io, path, html, `${args.lang} report`);
  if (io.renderPdf?.(html, path, args.paper)) {
    io.out(`wrote ${path} (${args.lang} report, PDF, ${args.paper === 'a4' ? 'A4' : 'Letter'})`);
    return;
  }
  const htmlPath = path.replace(/\.pdf$/i, '.html');
  write(io, htmlPath, html, `${args.lang} report`);
  io.err(`sim: no Chromium found to print ${path}: open ${htmlPath} in a browser and print it to PDF (or set CHROMIUM_PATH, or run npx playwright install chromium)`);
}
