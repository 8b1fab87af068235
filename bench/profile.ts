/**
 * Where a running frame's time goes (issue 18 §2), at each benchmark size: `npx tsx bench/profile.ts [sizes…]`.
 * Builds and serves the app like `npm run bench`, plays each design at 20×, and for one window each:
 *  - a CPU profile of the main thread (CDP Profiler): self time by library and by our source file;
 *  - React commits per second (a stand-in React DevTools hook that counts onCommitFiberRoot);
 *  - a trace (devtools.timeline) summed by phase: script, style, layout, pre-paint, paint, layerize, commit, GC.
 * The same for the plain React Flow page. Tracing slows the page: read shares, not absolute figures.
 * `--running-only` profiles only our running page (the quick loop while trying a change).
 * `npx tsx bench/profile.ts --reaction 100 1000` profiles instead the answer to a click on "Crash server" (row 4),
 * paused then running: where the time from the click to the node's painted change goes, task by task.
 */
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { loadavg } from 'node:os';
// @ts-expect-error plain ESM helper shared with playwright.config.ts and scripts/find-chromium.mjs
import { findChromium } from '../scripts/chromium-path.mjs';
import { generateDesign } from './designs';
import { benchSpeed, KEEP_NAMES_SHIM, openDesign, setPlaying, speeds } from './browser/app';
import { profileReaction } from './browser/reactionProfile';
import { buildApp, OUT_DIR, startPreview } from './browser/server';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { plainFlowElements, PLAIN_FLOW_DIR } from './browser/plainFlow';

const WINDOW_MS = 3000;
const PORT = Number(process.env.BENCH_PORT ?? 4206);

/** Counts React commits without DevTools: React calls the hook on every commit when one is installed. */
const COMMIT_HOOK = `window.__commits = 0; window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = { supportsFiber: true, isDisabled: false, renderers: new Map(),
  inject() { return 1; }, onCommitFiberRoot() { window.__commits++; }, onCommitFiberUnmount() {}, onPostCommitFiberRoot() {}, onScheduleFiberRoot() {}, checkDCE() {} };`;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}

const maps = new Map<string, SourceMapConsumer | null>();

/** The built file's source map (BENCH_SOURCEMAP=1 builds them), or null. */
function mapOf(url: string): SourceMapConsumer | null {
  if (!maps.has(url)) {
    const path = join(OUT_DIR, new URL(url).pathname + '.map');
    maps.set(url, existsSync(path) ? new SourceMapConsumer(JSON.parse(readFileSync(path, 'utf8'))) : null);
  }
  return maps.get(url)!;
}

/** "library function" of a profile frame: the npm package (or our src/ file) and the original function name. */
function frameName(frame: ProfileNode['callFrame']): { lib: string; fn: string } {
  const { url, functionName: fn } = frame;
  if (url === '') return { lib: fn === '(garbage collector)' ? 'GC' : fn === '(idle)' || fn === '(program)' ? fn : 'native', fn };
  const map = url.startsWith('http') ? mapOf(url) : null;
  const pos = map?.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
  if (!pos?.source) return { lib: url.split('/').pop() ?? url, fn: fn || '(anonymous)' };
  // Sources read node_modules/<pkg>/… or, from a build inside node_modules/.cache, ../../../<pkg>/…
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(pos.source)?.[1] ?? (pos.source.includes('/src/') ? undefined : /^(?:\.\.\/)+((?:@[^/]+\/)?[^/]+)\//.exec(pos.source)?.[1]);
  const lib = pkg ?? pos.source.replace(/^.*?\/src\//, 'src/');
  return { lib, fn: `${pos.name ?? fn ?? '(anonymous)'}${pkg ? '' : `:${pos.line}`}` };
}

export async function cpuProfile(cdp: CDPSession, page: Page, during?: () => Promise<void>): Promise<Array<[string, number]>> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const started = Date.now();
  await (during ? during() : page.waitForTimeout(WINDOW_MS));
  const windowMs = during ? Date.now() - started : WINDOW_MS;
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
  const byNode = new Map<number, number>();
  profile.samples.forEach((id, i) => byNode.set(id, (byNode.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const byFn = new Map<string, number>();
  for (const node of profile.nodes) {
    const ms = byNode.get(node.id) ?? 0;
    if (ms === 0) continue;
    const { lib, fn } = frameName(node.callFrame);
    const key = `${lib} ${fn}`;
    byFn.set(key, (byFn.get(key) ?? 0) + ms);
  }
  // Per second of the window; a `during` window (one click) gives plain ms instead.
  const seconds = during ? 1 : windowMs / 1000;
  return [...byFn.entries()].map(([k, v]) => [k, v / seconds] as [string, number]).sort((a, b) => b[1] - a[1]);
}

const PHASES: Record<string, string> = {
  FunctionCall: 'script',
  EvaluateScript: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  EventDispatch: 'script',
  RunMicrotasks: 'script',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'pre-paint',
  Paint: 'paint',
  Layerize: 'layerize',
  UpdateLayer: 'layerize',
  Commit: 'commit',
  MinorGC: 'GC',
  MajorGC: 'GC',
  RunTask: 'task',
};

async function tracePhases(cdp: CDPSession, page: Page): Promise<Record<string, number>> {
  const events: Array<{ name: string; ph: string; dur?: number; tid: number }> = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as typeof events)));
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline' + (process.env.PROFILE_TRACE_OUT ? ',disabled-by-default-devtools.timeline.invalidationTracking' : ''), transferMode: 'ReportEvents' });
  await page.waitForTimeout(WINDOW_MS);
  await cdp.send('Tracing.end');
  await done;
  // PROFILE_TRACE_OUT=file keeps the raw trace, to find what a phase is spent on (e.g. a Layout's dirty objects).
  if (process.env.PROFILE_TRACE_OUT) writeFileSync(process.env.PROFILE_TRACE_OUT, JSON.stringify(events));
  // The renderer main thread: the thread with the most RunTask time that also ran Layout.
  const byTid = new Map<number, number>();
  for (const e of events) if (e.name === 'Layout' || e.name === 'FunctionCall') byTid.set(e.tid, (byTid.get(e.tid) ?? 0) + (e.dur ?? 0));
  const main = [...byTid.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const out: Record<string, number> = {};
  for (const e of events) {
    const phase = PHASES[e.name];
    if (!phase || e.ph !== 'X' || e.tid !== main) continue;
    out[phase] = (out[phase] ?? 0) + (e.dur ?? 0) / 1000 / (WINDOW_MS / 1000);
  }
  return out;
}

async function profilePage(page: Page, label: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const commits0 = await page.evaluate(() => (window as unknown as { __commits: number }).__commits);
  const t0 = Date.now();
  const cpu = await cpuProfile(cdp, page);
  const commits = ((await page.evaluate(() => (window as unknown as { __commits: number }).__commits)) - commits0) / ((Date.now() - t0) / 1000);
  const phases = await tracePhases(cdp, page);
  const byLib = new Map<string, number>();
  for (const [k, v] of cpu) byLib.set(k.split(' ')[0]!, (byLib.get(k.split(' ')[0]!) ?? 0) + v);
  const fmt = (o: Iterable<[string, number]>) => [...o].sort((a, b) => b[1] - a[1]).filter(([, v]) => v >= 0.5).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ');
  console.log(`\n## ${label} (load average ${loadavg()[0]!.toFixed(1)})`);
  console.log(`React commits/s: ${commits.toFixed(1)}`);
  console.log(`trace, ms per s by phase: ${fmt(Object.entries(phases))}`);
  console.log(`CPU self ms per s by file: ${fmt(byLib)}`);
  console.log('top functions (self ms/s):');
  for (const [k, v] of cpu.filter(([k]) => !k.startsWith('(idle)')).slice(0, 25)) console.log(`  ${v.toFixed(1).padStart(6)}  ${k}`);
}

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const reaction = process.argv.includes('--reaction');
  // Only our running page: the quick loop while trying a change (paused and the plain page change little).
  const runningOnly = process.argv.includes('--running-only');
  const browser: Browser = await chromium.launch({ executablePath: (findChromium as () => string)(), headless: true, args: ['--disable-gpu', '--disable-quic'] });
  process.env.BENCH_SOURCEMAP = '1';
  buildApp(console.log);
  const preview = await startPreview(PORT);
  try {
    for (const size of sizes.length > 0 ? sizes : [300, 1000]) {
      const design = generateDesign(size);
      const { context, page } = await openDesign(browser, preview.url, design, COMMIT_HOOK);
      if (reaction) {
        await profileReaction(page, design, (cdp, during) => cpuProfile(cdp, page, during));
        await context.close();
        continue;
      }
      const control = await speeds(page);
      await control.pick(benchSpeed(control.choices)!);
      await setPlaying(page, true);
      await page.waitForTimeout(1500);
      await profilePage(page, `ours, ${design.nodes.length} nodes, running at 20×`);
      if (runningOnly) {
        await context.close();
        continue;
      }
      await setPlaying(page, false);
      await page.waitForTimeout(700);
      await profilePage(page, `ours, ${design.nodes.length} nodes, paused`);
      await context.close();
      const plainContext = await browser.newContext({ viewport: { width: 1280, height: 720 }, baseURL: preview.url });
      await plainContext.addInitScript(KEEP_NAMES_SHIM + COMMIT_HOOK);
      const plain = await plainContext.newPage();
      const elements = plainFlowElements(design);
      await plain.addInitScript((flow) => ((window as unknown as { __PLAIN_FLOW__: unknown }).__PLAIN_FLOW__ = flow), elements);
      await plain.goto(`/${PLAIN_FLOW_DIR}/index.html`);
      await plain.waitForFunction((n) => document.querySelectorAll('.react-flow__node').length >= n, elements.nodes.length, { timeout: 90_000 });
      await plain.waitForTimeout(1500);
      await profilePage(plain, `plain React Flow page, ${elements.nodes.length} nodes, ${elements.edges.length} edges`);
      await plainContext.close();
    }
  } finally {
    await browser.close();
    await preview.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
