import { DURATION_HINT, MAX_DURATION_TEXT, parseDuration } from '../engine';

export interface CliArgs {
  designPath?: string;
  template?: string;
  faultsPath?: string;
  seed?: number;
  untilMs?: number;
  format: 'text' | 'json';
  checkInvariants: boolean;
  /** --events: print the whole event log with each event's cause instead of the summary. */
  events: boolean;
  help: boolean;
  writeSchema: boolean;
  /** --sweep FROM:TO:STEP: the inter-site RTTs (ms) to measure throughput at, instead of a fault run. */
  sweepRttsMs?: number[];
  /** Issue 14: the single-failure sweep, the availability over --years, or a comparison with another design. */
  sweepFailures: boolean;
  availability: boolean;
  years?: number;
  comparePath?: string;
  /** Issue 16: the drill report (HTML, or PDF when the name ends in .pdf), its language and paper, and the CSV exports. */
  reportPath?: string;
  lang: 'en' | 'ja';
  paper: 'a4' | 'letter';
  eventsCsvPath?: string;
  metricsCsvPath?: string;
  /** --threads N: worker threads for the analyses (default: the cores minus one; 1 = in this process). */
  threads?: number;
}

export const USAGE = `Usage: npm run sim -- <design.json | --template NAME> [options]

Runs a Failover Lab design headless (the same deterministic engine as the app) and prints what happened:
for each injected fault, when the service came back, the services it hurt and for how long, RTO, RPO, one lane
per function it touched (OnTime Sync, mail DBs, REST, database role, JMS/JTA, sessions, Coherence…) with its
steps and its own RTO, and the findings (e.g. an RTT beyond the supported 10 ms).

Options:
  --template NAME      use a built-in design instead of a file (see the list below)
  --faults FILE        a fault script (JSON, see schema/fault-script.schema.json)
  --seed N             override the design's seed (0 … 4294967295)
  --until DURATION     simulated time to run: 90s, 10m, 1h or milliseconds, at most ${MAX_DURATION_TEXT}
                       (default: 10m, or 5m after the last fault of the script if later; an hour of
                       simulated time takes about a second)
  --format text|json   a human summary (default) or the full JSON report
  --check-invariants   check the engine's invariants after every event (slower; exit code 3 on a violation);
                       a fault run only, not with --sweep
  --events             print the whole event log instead of the summary: time, id, type, subject, sentence and
                       the event that caused it (--format json: the events as JSON)
  --sweep FROM:TO:STEP throughput vs inter-site RTT instead of a fault run: every link set to FROM, FROM+STEP …
                       TO ms; prints RTT ms, throughput (req/s) and % of the throughput at 0 ms (--format json:
                       the points as JSON). Each RTT is a headless run of --until (default 5m), the second half
                       measured: the same traffic model as a simulation
  --sweep-failures     every single failure of the design (each process stop and crash, host crash, site down,
                       link cut, partition, maintenance, DB switchover), each run from the same seed: a matrix
                       of failures × services (impact, down until repair, against the design's targets), worst first
  --availability       Monte-Carlo availability over --years simulated years (default 100): per service the
                       availability with its 95 % interval, nines, downtime and outages per year, the analytic
                       estimate beside it, and each component's share of the downtime
  --years N            simulated years for --availability or --compare (1 … 100000)
  --compare FILE       the design against another design file (or template id): the same failures and seed,
                       services, failures and design checks in two columns, differences marked (with --years:
                       availability too)
  --report FILE        write the drill report of the fault run: one self-contained HTML file (styles and
                       pictures inline, prints to PDF with page numbers), or a PDF when FILE ends in .pdf
                       (printed by the Chromium npm test uses; without one, the HTML is written instead with a
                       hint). With --sweep-failures, --availability and/or --compare (these may then be combined,
                       and with --faults) their results are added to the report
  --lang en|ja         the report's and the CSV files' language (default en)
  --paper a4|letter    the PDF's paper (default a4; the HTML prints on whatever paper the browser is set to)
  --events-csv FILE    the whole event log as CSV (UTF-8 with BOM, so Excel shows Japanese)
  --metrics-csv FILE   every metric sample as CSV (time in ms, one column per gauge; UTF-8 with BOM)
  --threads N          worker threads for --sweep-failures, --availability and --compare (default: the cores
                       minus one; 1 = in this process); the result is the same for every N
  --write-schema       regenerate schema/design.schema.json and schema/fault-script.schema.json, then exit
  -h, --help           show this help

Exit codes: 0 done, 1 bad input (the file, the JSON path and the reason of every problem; a JSON syntax
error with its line and column), 3 invariant violated.

Examples:
  npm run sim -- --template ontime-minimal --faults src/cli/examples/ontime-s1.faults.json --until 5m
  npm run sim -- --template weblogic-maa --sweep 0:40:2
  npm run sim -- --template ontime-p2-load-sharing --sweep-failures
  npm run sim -- --template ontime-p3-fault-tolerant --availability --years 200
  npm run sim -- --template ontime-p1-colocated --compare ontime-p3-fault-tolerant
  npm run sim -- --template weblogic-maa --faults s5.json --report s5.pdf --lang ja --sweep-failures`;

/** A bad command line: the message is the one-line reason shown to the user. */
export class UsageError extends Error {}

const VALUE_OPTIONS = new Set(['--template', '--faults', '--seed', '--until', '--format', '--sweep', '--years', '--compare', '--report', '--lang', '--paper', '--events-csv', '--metrics-csv', '--threads']);

/** Most simulated years an availability run may take (each year is a few engine windows per component). */
const MAX_YEARS = 100_000;

/** Most worker threads: more than the cores only adds memory. */
const MAX_THREADS = 256;

/** Most points a sweep may have (each may be a whole simulated run). */
const MAX_SWEEP_POINTS = 401;

/** Parses argv (without node and the script). Throws UsageError with a one-line reason. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { lang: 'en', paper: 'a4', format: 'text', checkInvariants: false, events: false, help: false, writeSchema: false, sweepFailures: false, availability: false };
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!;
    const [flag, inline] = raw.startsWith('--') && raw.includes('=') ? [raw.slice(0, raw.indexOf('=')), raw.slice(raw.indexOf('=') + 1)] : [raw, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new UsageError(`${flag} needs a value (see --help)`);
      return v;
    };
    if (flag === '-h' || flag === '--help') args.help = true;
    else if (flag === '--check-invariants') args.checkInvariants = true;
    else if (flag === '--events') args.events = true;
    else if (flag === '--write-schema') args.writeSchema = true;
    else if (flag === '--sweep-failures') args.sweepFailures = true;
    else if (flag === '--availability') args.availability = true;
    else if (VALUE_OPTIONS.has(flag)) applyValue(args, flag, value());
    else if (flag.startsWith('-')) throw new UsageError(`unknown option ${flag} (see --help)`);
    else if (args.designPath === undefined) args.designPath = raw;
    else throw new UsageError(`only one design file, got "${args.designPath}" and "${raw}"`);
  }
  if (!args.help && !args.writeSchema) {
    if (args.designPath === undefined && args.template === undefined) throw new UsageError('no design: give a design.json file or --template NAME (see --help)');
    if (args.designPath !== undefined && args.template !== undefined) throw new UsageError('give either a design file or --template, not both');
    if (args.sweepRttsMs !== undefined && args.faultsPath !== undefined) throw new UsageError('--sweep measures the design without faults: drop --faults');
    if (args.sweepRttsMs !== undefined && args.events) throw new UsageError('--sweep has no event log: drop --events');
    // The sweep measures throughput per RTT without the invariant checker: refused rather than silently unchecked.
    if (args.sweepRttsMs !== undefined && args.checkInvariants) throw new UsageError('--check-invariants checks a fault run, and --sweep does not check invariants: drop one of them');
    analysisRules(args);
  }
  return args;
}

function applyValue(args: CliArgs, flag: string, v: string): void {
  switch (flag) {
    case '--template':
      args.template = v;
      return;
    case '--faults':
      args.faultsPath = v;
      return;
    case '--seed': {
      const seed = Number(v);
      if (!/^\d+$/.test(v) || seed > 0xffffffff) throw new UsageError(`--seed: expected a whole number 0 … 4294967295, got "${v}"`);
      args.seed = seed;
      return;
    }
    case '--until': {
      const ms = parseDuration(/^\d+$/.test(v) ? Number(v) : v);
      if (ms === undefined || ms <= 0) throw new UsageError(`--until: ${DURATION_HINT}, got "${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`);
      args.untilMs = ms;
      return;
    }
    case '--format':
      if (v !== 'text' && v !== 'json') throw new UsageError(`--format: expected text or json, got "${v}"`);
      args.format = v;
      return;
    case '--sweep':
      args.sweepRttsMs = parseSweep(v);
      return;
    case '--years': {
      const years = Number(v);
      if (!/^\d+$/.test(v) || years < 1 || years > MAX_YEARS) throw new UsageError(`--years: expected a whole number 1 … ${MAX_YEARS}, got "${v}"`);
      args.years = years;
      return;
    }
    case '--compare':
      args.comparePath = v;
      return;
    case '--report':
      args.reportPath = v;
      return;
    case '--lang':
      if (v !== 'en' && v !== 'ja') throw new UsageError(`--lang: expected en or ja, got "${v}"`);
      args.lang = v;
      return;
    case '--paper':
      if (v !== 'a4' && v !== 'letter') throw new UsageError(`--paper: expected a4 or letter, got "${v}"`);
      args.paper = v;
      return;
    case '--events-csv':
      args.eventsCsvPath = v;
      return;
    case '--metrics-csv':
      args.metricsCsvPath = v;
      return;
    case '--threads': {
      const threads = Number(v);
      if (!/^\d+$/.test(v) || threads < 1 || threads > MAX_THREADS) throw new UsageError(`--threads: expected a whole number 1 … ${MAX_THREADS}, got "${v}"`);
      args.threads = threads;
    }
  }
}

/** The analyses of issue 14 choose their own faults: one at a time, and never with a script or an RTT sweep. */
function analysisRules(args: CliArgs): void {
  if (drillOutputs(args)) return drillRules(args);
  const modes = [args.sweepFailures && '--sweep-failures', args.availability && '--availability', args.comparePath !== undefined && '--compare', args.sweepRttsMs !== undefined && '--sweep'].filter(Boolean);
  if (modes.length > 1) throw new UsageError(`choose one of ${modes.join(', ')}`);
  if (modes.length === 1 && modes[0] !== '--sweep' && args.faultsPath !== undefined) throw new UsageError(`${String(modes[0])} chooses its own failures: drop --faults`);
  if (args.years !== undefined && !args.availability && args.comparePath === undefined) throw new UsageError('--years goes with --availability or --compare');
  if (args.threads !== undefined && modes.length !== 1) throw new UsageError('--threads goes with --sweep-failures, --availability or --compare');
  if (args.threads !== undefined && modes[0] === '--sweep') throw new UsageError('--threads goes with --sweep-failures, --availability or --compare');
}

/** Whether the run writes the drill report or its CSV files (issue 16) instead of printing a summary. */
export function drillOutputs(args: CliArgs): boolean {
  return args.reportPath !== undefined || args.eventsCsvPath !== undefined || args.metricsCsvPath !== undefined;
}

/** A drill runs the fault script; the report may add any of the analyses, which run alongside on their own failures. */
function drillRules(args: CliArgs): void {
  if (args.sweepRttsMs !== undefined) throw new UsageError('--sweep is not part of the drill report: drop --sweep');
  if (args.events) throw new UsageError('--events prints the event log; with --report or a CSV file drop --events (--events-csv writes it)');
  const analyses = args.sweepFailures || args.availability || args.comparePath !== undefined;
  if (analyses && args.reportPath === undefined) throw new UsageError('--sweep-failures, --availability and --compare go into the report: add --report FILE');
  if (args.years !== undefined && !args.availability && args.comparePath === undefined) throw new UsageError('--years goes with --availability or --compare');
}

/** "0:40:2" → [0, 2, …, 40] (ms). */
function parseSweep(v: string): number[] {
  const bad = (why: string) => new UsageError(`--sweep: ${why}, got "${v}"`);
  const parts = v.split(':');
  if (parts.length !== 3 || parts.some((p) => !/^\d+(\.\d+)?$/.test(p))) throw bad('expected FROM:TO:STEP in ms, e.g. 0:40:2');
  const [from, to, step] = parts.map(Number) as [number, number, number];
  if (step <= 0) throw bad('STEP must be above 0');
  if (to < from) throw bad('TO must not be below FROM');
  if (to > 1000) throw bad('TO must be at most 1000 ms (the largest link RTT)');
  const count = Math.floor((to - from) / step + 1e-9) + 1;
  if (count > MAX_SWEEP_POINTS) throw bad(`at most ${MAX_SWEEP_POINTS} points`);
  // Rounded to 1 µs so 0.1 steps do not print as 0.30000000000000004.
  return Array.from({ length: count }, (_, i) => Math.round((from + i * step) * 1000) / 1000);
}
