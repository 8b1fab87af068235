import { parseDuration } from '../engine/faults/duration';

export interface CliArgs {
  designPath?: string;
  template?: string;
  faultsPath?: string;
  seed?: number;
  untilMs?: number;
  format: 'text' | 'json';
  checkInvariants: boolean;
  help: boolean;
  writeSchema: boolean;
}

export const USAGE = `Usage: npm run sim -- <design.json | --template NAME> [options]

Runs a Failover Lab design headless (the same deterministic engine as the app) and prints what happened:
for each injected fault, the services it hurt and for how long, RTO, RPO and the takeover timeline.

Options:
  --template NAME      use a built-in design instead of a file (see the list below)
  --faults FILE        a fault script (JSON, see schema/fault-script.schema.json)
  --seed N             override the design's seed (0 … 4294967295)
  --until DURATION     simulated time to run: 90s, 10m, 1h or milliseconds
                       (default: 10m, or 5m after the last fault of the script if later)
  --format text|json   a human summary (default) or the full JSON report
  --check-invariants   check the engine's invariants after every event (slower; exit code 3 on a violation)
  --write-schema       regenerate schema/design.schema.json and schema/fault-script.schema.json, then exit
  -h, --help           show this help

Exit codes: 0 done, 1 bad input (a one-line reason with the file and JSON path), 3 invariant violated.

Example:
  npm run sim -- --template ontime-minimal --faults src/cli/examples/ontime-s1.faults.json --until 5m`;

/** A bad command line: the message is the one-line reason shown to the user. */
export class UsageError extends Error {}

const VALUE_OPTIONS = new Set(['--template', '--faults', '--seed', '--until', '--format']);

/** Parses argv (without node and the script). Throws UsageError with a one-line reason. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { format: 'text', checkInvariants: false, help: false, writeSchema: false };
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
    else if (flag === '--write-schema') args.writeSchema = true;
    else if (VALUE_OPTIONS.has(flag)) applyValue(args, flag, value());
    else if (flag.startsWith('-')) throw new UsageError(`unknown option ${flag} (see --help)`);
    else if (args.designPath === undefined) args.designPath = raw;
    else throw new UsageError(`only one design file, got "${args.designPath}" and "${raw}"`);
  }
  if (!args.help && !args.writeSchema) {
    if (args.designPath === undefined && args.template === undefined) throw new UsageError('no design: give a design.json file or --template NAME (see --help)');
    if (args.designPath !== undefined && args.template !== undefined) throw new UsageError('give either a design file or --template, not both');
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
      if (ms === undefined || ms <= 0) throw new UsageError(`--until: expected a duration like 90s, 10m or 1h, got "${v}"`);
      args.untilMs = ms;
      return;
    }
    case '--format':
      if (v !== 'text' && v !== 'json') throw new UsageError(`--format: expected text or json, got "${v}"`);
      args.format = v;
  }
}
