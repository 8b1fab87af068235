/**
 * `npm run sim`: the engine headless. Reads a design (file or built-in template) and an optional fault
 * script, runs it deterministically and prints a summary or the JSON report. Bad input ends with exit code 1
 * and one line saying which file, which JSON path and what is wrong.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDesign, formatIssue, validateDesign, type DesignDoc, type DesignIssue, validateFaultScript, type FaultScript, runScenario, InvariantViolation, designJsonSchemaText, faultScriptJsonSchemaText } from '../engine';
import { TEMPLATES, templateById } from '../templates';
import { drillOutputs, parseArgs, USAGE, UsageError, type CliArgs } from './args';
import { writeDrill, type DrillIo } from './drill';
import { summaryText } from './summary';
import { eventLogJson, eventLogText } from './eventLog';
import { DEFAULT_SWEEP_DURATION_MS, sweep, sweepText } from './sweep';
import { InputError, readJson, terminalSafe } from './input';
import { DEFAULT_YEARS, runAnalysis, runAnalysisThreaded, type AnalysisRequest } from './analysis';
import { defaultThreads } from './analysisThreads';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
  /** Wall clock for the "simulated in … s" line only. */
  now(): number;
  /** Issue 16: printing a report to PDF, and the report's date (see DrillIo). */
  renderPdf?: DrillIo['renderPdf'];
  date?: DrillIo['date'];
}

const DEFAULT_UNTIL_MS = 600_000;
const AFTER_LAST_FAULT_MS = 300_000;

/** One problem: one line; several: a count, then every one of them on its own line (none left out). */
function issuesText(source: string, issues: readonly DesignIssue[]): string {
  if (issues.length === 1) return `${source}: ${formatIssue(issues[0]!)}`;
  return [`${source}: ${issues.length} problems`, ...issues.map((i) => `  ${formatIssue(i)}`)].join('\n');
}

function loadDesign(args: CliArgs, io: CliIo): { design: DesignDoc; source: string } {
  if (args.template !== undefined) {
    const entry = templateById(args.template);
    if (!entry) throw new InputError(`--template: unknown template "${args.template}" (known: ${TEMPLATES.map((t) => t.id).join(', ')})`);
    return { design: entry.design, source: `template ${entry.id}` };
  }
  const path = args.designPath!;
  const result = validateDesign(readJson(io, path, 'design'));
  if (!result.ok) throw new InputError(issuesText(path, result.issues));
  return { design: result.design, source: path };
}

function loadScript(path: string | undefined, design: DesignDoc, io: CliIo): FaultScript | undefined {
  if (path === undefined) return undefined;
  const result = validateFaultScript(readJson(io, path, 'fault script'), design);
  if (!result.ok) throw new InputError(issuesText(path, result.issues));
  return result.script;
}

/** Where --write-schema writes: the project's schema/ folder, wherever the command is run from. */
const SCHEMA_DIR = fileURLToPath(new URL('../../schema/', import.meta.url));

function writeSchemas(io: CliIo): string {
  const files: Array<[string, string]> = [
    ['design.schema.json', designJsonSchemaText()],
    ['fault-script.schema.json', faultScriptJsonSchemaText()],
  ];
  const written = files.map(([name, text]) => {
    const path = `${SCHEMA_DIR}${name}`;
    try {
      io.writeFile(path, text);
    } catch (error) {
      const code = (error as { code?: string }).code;
      throw new InputError(`--write-schema: cannot write ${path} (${code ?? String(error)})`);
    }
    return relative(process.cwd(), path) || path;
  });
  return `wrote ${written.join(' and ')}`;
}

/** The issue-14 analysis the options ask for (the design to compare with: a file, else a template id). */
function analysisMode(args: CliArgs, io: CliIo): AnalysisRequest['mode'] | undefined {
  const years = args.years ?? DEFAULT_YEARS;
  if (args.sweepFailures) return { kind: 'sweep' };
  if (args.availability) return { kind: 'availability', years };
  if (args.comparePath === undefined) return undefined;
  return { kind: 'compare', other: compareWith(args, io), years: args.years ?? 0 };
}

/** The design given to --compare: a template id, else a file. */
function compareWith(args: CliArgs, io: CliIo): DesignDoc {
  const template = templateById(args.comparePath!);
  return template ? template.design : loadDesign({ ...args, template: undefined, designPath: args.comparePath }, io).design;
}

/**
 * Runs the CLI; returns the exit code. Everything it prints goes through `io`, so tests can run it in-process;
 * and through terminalSafe, so a design's name or a file's bytes never reach the terminal as control sequences.
 */
export function main(argv: readonly string[], rawIo: CliIo): number {
  const io: CliIo = { ...rawIo, out: (text) => rawIo.out(terminalSafe(text)), err: (text) => rawIo.err(terminalSafe(text)) };
  try {
    const args = parseArgs(argv);
    if (args.help) {
      io.out(`${USAGE}\n\nTemplates: ${TEMPLATES.map((t) => t.id).join(', ')}`);
      return 0;
    }
    if (args.writeSchema) {
      io.out(writeSchemas(io));
      return 0;
    }
    const { design } = loadDesign(args, io);
    if (drillOutputs(args)) {
      const other = args.comparePath === undefined ? undefined : compareWith(args, io);
      writeDrill({ args, design, script: loadScript(args.faultsPath, design, io), ...(other ? { other } : {}) }, io);
      return 0;
    }
    if (args.sweepRttsMs !== undefined) {
      const result = sweep(design, args.seed ?? design.seed, args.sweepRttsMs, args.untilMs ?? DEFAULT_SWEEP_DURATION_MS);
      io.out(args.format === 'json' ? JSON.stringify(result, null, 2) : sweepText(result));
      return 0;
    }
    const mode = analysisMode(args, io);
    if (mode) {
      io.out(runAnalysis({ design, seed: args.seed ?? design.seed, format: args.format, mode }, io.err));
      return 0;
    }
    const script = loadScript(args.faultsPath, design, io);
    const lastFault = script?.steps.at(-1)?.atMs ?? 0;
    const untilMs = args.untilMs ?? Math.max(DEFAULT_UNTIL_MS, lastFault + AFTER_LAST_FAULT_MS);
    const started = io.now();
    const result = runScenario(design, { seed: args.seed ?? design.seed, faults: script?.steps ?? [], untilMs, checkInvariants: args.checkInvariants });
    const findings = checkDesign(design);
    if (args.events) {
      const { seed, eventHash, events } = result;
      io.out(args.format === 'json' ? JSON.stringify({ design: design.name, seed, untilMs, eventHash, events: eventLogJson(design, events) }, null, 2) : eventLogText(design, events));
    } else if (args.format === 'json') {
      const { report, seed, eventHash } = result;
      io.out(JSON.stringify({ design: design.name, seed, untilMs, eventHash, script: script?.name ?? null, findings, report }, null, 2));
    } else {
      io.out(summaryText(design, result, findings, io.now() - started));
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError) {
      io.err(`sim: ${error.message}`);
      return 1;
    }
    if (error instanceof InvariantViolation) {
      io.err(`sim: ${error.message}`);
      return 3;
    }
    throw error;
  }
}

/**
 * The command line's entry: an analysis on worker threads (`--threads`, default the cores minus one) when one is
 * asked for; everything else, and `--threads 1`, runs in this process through `main`.
 */
export async function mainThreaded(argv: readonly string[], rawIo: CliIo): Promise<number> {
  let request: AnalysisRequest | undefined;
  let threads = 1;
  try {
    const args = parseArgs(argv);
    if (!args.help && !args.writeSchema) {
      threads = args.threads ?? defaultThreads();
      // A drill report or CSV file is written by main, which runs the analyses it includes in this process.
      if (args.reportPath !== undefined || args.eventsCsvPath !== undefined || args.metricsCsvPath !== undefined) threads = 1;
      const io: CliIo = { ...rawIo, out: (text) => rawIo.out(terminalSafe(text)), err: (text) => rawIo.err(terminalSafe(text)) };
      const mode = threads > 1 ? analysisMode(args, io) : undefined;
      if (mode) request = { design: loadDesign(args, io).design, seed: args.seed ?? 0, format: args.format, mode };
      if (request) request.seed = args.seed ?? request.design.seed;
    }
  } catch {
    // A bad command line: main says why, the same way as without threads.
  }
  if (!request) return main(argv, rawIo);
  rawIo.out(terminalSafe(await runAnalysisThreaded(request, threads, (text) => rawIo.err(terminalSafe(text)))));
  return 0;
}

export const nodeIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  readFile: (path) => readFileSync(path, 'utf8'),
  writeFile: (path, text) => writeFileSync(path, text),
  now: () => performance.now(),
  date: () => new Date(),
  renderPdf: (html, path, paper) => {
    const script = fileURLToPath(new URL('../../scripts/html-to-pdf.mjs', import.meta.url));
    try {
      execFileSync(process.execPath, [script, path, paper], { input: html, stdio: ['pipe', 'inherit', 'inherit'] });
      return true;
    } catch (error) {
      if ((error as { status?: number }).status === 2) return false;
      throw new InputError(`${path}: printing the report to PDF failed (${(error as Error).message.split('\n')[0]})`);
    }
  },
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mainThreaded(process.argv.slice(2), nodeIo).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // A worker thread that failed (its reason) ends the run like any other failure: one line, exit 1.
      process.stderr.write(`sim: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
