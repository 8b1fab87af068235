/**
 * `npm run bench`: every performance measurement of issue 8, one table, bench/results.json.
 *
 *   npx tsx bench/run.ts                 everything (≈ 6–9 minutes on 2 cores)
 *   npx tsx bench/run.ts --only=engine   some parts only: engine, ui, reaction, load, memory, analysis, analysisUi
 *                                        (comma-separated)
 *   npx tsx bench/run.ts --runs=3        repetitions behind each median (default 5 for the engine, 3 in the browser)
 *   npx tsx bench/run.ts --readme        also replace the table in README.md's Performance section
 *
 * Browser parts run against a production build served by `vite preview` (BENCH_PORT, default 4206).
 */
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { measureEngine } from './engine/measure';
import { formatTable, notAvailable, writeResults, type Row } from './report';
import { runBrowserParts, type BrowserPart } from './browser/parts';
import { measureAnalysis } from './analysis/measure';

const PARTS = ['engine', 'ui', 'reaction', 'load', 'memory', 'analysis', 'analysisUi'] as const;
type Part = (typeof PARTS)[number];

function parseArgs(argv: readonly string[]): { only: Set<Part>; runs: number | undefined; readme: boolean } {
  const only = new Set<Part>(PARTS);
  let runs: number | undefined;
  let readme = false;
  for (const arg of argv) {
    const [key, value] = arg.replace(/^--/, '').split('=');
    if (key === 'readme') readme = true;
    else if (key === 'only' && value) {
      only.clear();
      for (const p of value.split(',')) {
        if (!(PARTS as readonly string[]).includes(p)) throw new Error(`--only: unknown part "${p}" (known: ${PARTS.join(', ')})`);
        only.add(p as Part);
      }
    } else if (key === 'runs' && value) runs = Math.max(1, Number(value));
    else throw new Error(`unknown argument "${arg}"`);
  }
  return { only, runs, readme };
}

function commit(): string {
  try {
    const dirty = execSync('git status --porcelain --untracked-files=no', { encoding: 'utf8' }).trim() !== '';
    return execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim() + (dirty ? '+dirty' : '');
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<void> {
  const { only, runs, readme } = parseArgs(process.argv.slice(2));
  const started = new Date();
  const loadBefore = loadavg()[0]!;
  const log = (line: string) => console.log(`[bench ${((Date.now() - started.getTime()) / 1000).toFixed(0).padStart(4)} s] ${line}`);
  const rows: Row[] = [];
  if (only.has('engine')) {
    try {
      rows.push(...measureEngine({ runs: runs ?? 5, log }));
    } catch (error) {
      rows.push(notAvailable('1–2 engine', 'engine measurements', `failed: ${String(error)}`));
    }
  }
  if (only.has('analysis')) {
    try {
      rows.push(...(await measureAnalysis(log)));
    } catch (error) {
      rows.push(notAvailable('7 analysis', 'sweep and availability on worker threads', `failed: ${String(error)}`));
    }
  }
  const browserParts = [...only].filter((p): p is BrowserPart => p !== 'engine' && p !== 'analysis');
  let chromium: string | undefined;
  if (browserParts.length > 0) {
    const result = await runBrowserParts(browserParts, { runs: runs ?? 3, log });
    rows.push(...result.rows);
    chromium = result.chromium;
  }
  rows.sort((a, b) => a.group.localeCompare(b.group, 'en', { numeric: true }));
  const table = formatTable(rows);
  console.log(`\n${table}\n`);
  const finished = new Date();
  const out = fileURLToPath(new URL('./results.json', import.meta.url));
  writeResults(out, {
    startedAt: started.toISOString(),
    finishedAt: finished.toISOString(),
    durationS: Math.round((finished.getTime() - started.getTime()) / 1000),
    machine: {
      cpus: cpus().length,
      node: process.version,
      platform: process.platform,
      // Other work on the machine slows every figure; ratios measured side by side are what survive it.
      loadAverage1m: { atStart: loadBefore, atEnd: loadavg()[0]! },
      ...(chromium ? { chromium } : {}),
    },
    commit: commit(),
    rows,
  });
  if (readme) updateReadme(table, `${finished.toISOString().slice(0, 16).replace('T', ' ')} UTC, commit ${commit()}, ${cpus().length} cores, load average ${loadBefore.toFixed(1)}`);
  const failed = rows.filter((r) => r.verdict === 'FAIL').length;
  const na = rows.filter((r) => r.verdict === 'n/a').length;
  log(`wrote ${out}: ${rows.length} figures, ${failed} over budget, ${na} not measurable`);
  log(`machine: ${cpus().length} cores, load average ${loadBefore.toFixed(1)} at start, ${loadavg()[0]!.toFixed(1)} at end`);
}

const START = '<!-- bench:table:start -->';
const END = '<!-- bench:table:end -->';

/** Replaces the table between the markers in README.md's Performance section. */
function updateReadme(table: string, stamp: string): void {
  const path = fileURLToPath(new URL('../README.md', import.meta.url));
  const text = readFileSync(path, 'utf8');
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a < 0 || b < a) throw new Error(`README.md has no ${START} … ${END} markers`);
  writeFileSync(path, `${text.slice(0, a + START.length)}\n\nMeasured ${stamp}:\n\n${table}\n\n${text.slice(b)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
