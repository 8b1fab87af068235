/**
 * Measurements 3 (live UI smoothness) and 4 (reaction time), on one page per design size: the same canvas is
 * measured paused and running, alternately, so the ratio compares like with like in one run.
 */
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import { NODE_KINDS, type DesignDoc } from '../../src/engine';
import { generateDesign } from '../designs';
import { median, notAvailable, verdict, type Row } from '../report';
import { benchSpeed, Missing, openDesign, openNodeMenu, setPlaying, speeds, visibleNodes, type SpeedChoice } from './app';
import { measurePlainFlow, type PlainMeasure } from './plainFlow';
import { armReactionProbe, loafSupported, measureFramesWithBusy, readReaction, type FrameWindow, type Loaf } from './probes';

export const UI_SIZES = [100, 300, 1000] as const;
const WINDOW_MS = 3000;
const SETTLE_MS = 700;
const LOAF_BUDGET_MS = 50;

/** Issue 18's budgets: running/paused, and running / the plain React Flow page (undefined: shown, no budget). */
export function pausedBudget(nodes: number): number {
  return nodes >= 1000 ? 0.8 : 0.9;
}
export function plainBudget(nodes: number): number | undefined {
  return nodes >= 1000 ? 0.6 : nodes >= 300 ? 0.8 : undefined;
}
/** Main-thread script per second while running: at most this many times the plain page's. */
const SCRIPT_FACTOR_BUDGET = 2;

export interface CanvasOptions {
  runs: number;
  smoothness: boolean;
  reaction: boolean;
  log: (line: string) => void;
}

/**
 * A long animation frame is "caused by frame handling" when a script of the live-view path ran in it: the
 * animation-frame callback that folds the worker's frames into the store (and the React render it triggers), or
 * the worker's message handler.
 */
export function causeOf(loaf: Loaf): 'frame handling' | 'rendering' | 'other script' {
  const frameScript = loaf.scripts.some((s) => /FrameRequestCallback|Worker\.onmessage|onmessage/i.test(s.invoker) && s.durationMs >= 5);
  if (frameScript) return 'frame handling';
  const scriptMs = loaf.scripts.reduce((a, s) => a + s.durationMs, 0);
  return scriptMs < loaf.durationMs / 2 ? 'rendering' : 'other script';
}

function describeLoafs(loafs: Loaf[], seconds: number): { per10s: number; byCause: Record<string, number>; worstMs: number } {
  const long = loafs.filter((l) => l.durationMs > LOAF_BUDGET_MS);
  const byCause: Record<string, number> = {};
  for (const l of long) byCause[causeOf(l)] = (byCause[causeOf(l)] ?? 0) + 1;
  return { per10s: (long.length / seconds) * 10, byCause, worstMs: Math.max(0, ...long.map((l) => l.durationMs)) };
}

function summarise(windows: FrameWindow[]): { fps: number[]; updates: number[]; loafs: Loaf[]; seconds: number } {
  return {
    fps: windows.map((w) => w.fps),
    updates: windows.map((w) => w.canvasUpdatesPerS),
    loafs: windows.flatMap((w) => w.loafs),
    seconds: windows.reduce((a, w) => a + w.seconds, 0),
  };
}

function busyNote(windows: FrameWindow[]): string {
  const b = windows.map((w) => w.busy).filter((x) => x !== undefined);
  if (b.length === 0) return '';
  const m = (k: 'task' | 'script' | 'layout' | 'style') => median(b.map((x) => x[k])).toFixed(0);
  return `main thread busy ${m('task')} ms/s (script ${m('script')}, layout ${m('layout')}, style ${m('style')})`;
}

/** The page is starved when a window of frames took far longer than asked: rAF callbacks were not getting a turn. */
function starved(w: FrameWindow): boolean {
  return w.seconds > (2 * WINDOW_MS) / 1000;
}

async function smoothnessRows(page: Page, cdp: CDPSession, nodes: number, speed: SpeedChoice, runs: number): Promise<{ rows: Row[]; running: FrameWindow[]; starvedS?: number }> {
  const G = '3 UI smoothness';
  const paused: FrameWindow[] = [];
  const running: FrameWindow[] = [];
  let starvedS: number | undefined;
  for (let i = 0; i < runs && starvedS === undefined; i++) {
    await setPlaying(page, false);
    await page.waitForTimeout(SETTLE_MS);
    paused.push(await measureFramesWithBusy(page, cdp, WINDOW_MS));
    await setPlaying(page, true);
    await page.waitForTimeout(SETTLE_MS);
    const w = await measureFramesWithBusy(page, cdp, WINDOW_MS);
    running.push(w);
    if (starved(w)) starvedS = w.seconds;
  }
  await setPlaying(page, false);
  const p = summarise(paused);
  const r = summarise(running);
  const fpsRun = median(r.fps);
  const fpsPause = median(p.fps);
  const ratio = fpsRun / fpsPause;
  // Whatever the live view animates (edge flows, spinners): the paused baseline keeps animating them too.
  const animations = await page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length);
  const loafRun = describeLoafs(r.loafs, r.seconds);
  const loafPause = describeLoafs(p.loafs, p.seconds);
  const handling = loafRun.byCause['frame handling'] ?? 0;
  const causes = Object.entries(loafRun.byCause).map(([k, v]) => `${k} ${v}`).join(', ') || 'none';
  const starvedNote = starvedS === undefined ? '' : `STARVED: a ${WINDOW_MS / 1000} s window took ${starvedS.toFixed(1)} s, rounds stopped; `;
  const rows: Row[] = [
    {
      group: G,
      figure: `frames/s running at ${speed.label} vs paused, ${nodes} nodes`,
      value: fpsRun,
      unit: 'fps',
      baseline: fpsPause,
      ratio,
      budget: `ratio ≥ ${pausedBudget(nodes)}`,
      verdict: verdict(ratio >= pausedBudget(nodes)),
      note: `${starvedNote}${animations} running CSS animations; canvas updates ${median(r.updates).toFixed(1)}/s; running: ${busyNote(running)}; paused: ${busyNote(paused)}; median of ${running.length} × ${WINDOW_MS / 1000} s windows, alternating`,
      runs: r.fps,
    },
    {
      group: G,
      figure: `long animation frames (>50 ms) per 10 s, running vs paused, ${nodes} nodes`,
      value: loafRun.per10s,
      unit: '',
      baseline: loafPause.per10s,
      budget: '0 caused by frame handling',
      verdict: verdict(handling === 0 && starvedS === undefined),
      note: `running: ${causes}; worst ${loafRun.worstMs.toFixed(0)} ms${starvedS === undefined ? '' : '; starved page: frames too long to be reported one by one'}`,
    },
  ];
  return { rows, running, ...(starvedS === undefined ? {} : { starvedS }) };
}

/**
 * Point 4 of issue 18: our running view beside a plain React Flow page of the same node and edge counts whose labels
 * change 10 times a second (the renderer's ceiling), measured in the same run right after our windows.
 */
function plainRows(nodes: number, running: FrameWindow[], plain: PlainMeasure): Row[] {
  const G = '3 UI smoothness';
  const fpsRun = median(running.map((w) => w.fps));
  const fpsPlain = median(plain.windows.map((w) => w.fps));
  const budget = plainBudget(nodes);
  const ratio = fpsRun / fpsPlain;
  const script = (ws: FrameWindow[]) => median(ws.map((w) => w.busy?.script ?? NaN));
  const scriptRun = script(running);
  const scriptPlain = script(plain.windows);
  const what = `plain page: ${plain.nodes} nodes, ${plain.edges} edges, labels change 10×/s; ${busyNote(plain.windows)}; median of ${plain.windows.length} × ${WINDOW_MS / 1000} s windows after ours`;
  return [
    {
      group: G,
      figure: `frames/s running vs a plain React Flow page, ${nodes} nodes`,
      value: fpsRun,
      unit: 'fps',
      baseline: fpsPlain,
      ratio,
      budget: budget === undefined ? '' : `ratio ≥ ${budget}`,
      verdict: budget === undefined ? 'info' : verdict(ratio >= budget),
      note: what,
      runs: plain.windows.map((w) => w.fps),
    },
    {
      group: G,
      figure: `main-thread script ms/s running vs the plain React Flow page, ${nodes} nodes`,
      value: scriptRun,
      unit: 'ms/s',
      baseline: scriptPlain,
      ratio: scriptRun / scriptPlain,
      budget: `ratio ≤ ${SCRIPT_FACTOR_BUDGET}`,
      verdict: verdict(scriptRun / scriptPlain <= SCRIPT_FACTOR_BUDGET),
      note: 'CDP Performance.getMetrics ScriptDuration per second of window',
    },
  ];
}

/**
 * Right-clicks a node, arms the probe, clicks "Crash server" and reads the time to the first painted change of
 * that node, on `targets` different nodes (each crash is final, so each sample is a fresh node).
 */
async function reactionRow(page: Page, nodes: number, targets: string[], speed: SpeedChoice | null): Promise<Row> {
  const G = '4 reaction time';
  const state = speed ? `running at ${speed.label}` : 'paused';
  const figure = `click "Crash server" → first painted change, ${nodes} nodes, ${state}`;
  if (targets.length === 0) return notAvailable(G, figure, 'no OnTime server fully in view to right-click', '< 100 ms');
  await setPlaying(page, speed !== null);
  const paint: number[] = [];
  const dom: number[] = [];
  for (const id of targets) {
    const menu = await openNodeMenu(page, id);
    const item = menu.getByRole('menuitem', { name: /crash server|サーバー.*(停止|クラッシュ|障害)/i }).first();
    if ((await item.count()) === 0) return notAvailable(G, figure, `the menu of ${id} has no "Crash server" item`, '< 100 ms');
    await armReactionProbe(page, id);
    await item.click({ force: true, timeout: 60_000 });
    const result = await readReaction(page, 30_000);
    if (result) {
      paint.push(result.toPaintMs);
      dom.push(result.toDomMs);
    }
  }
  await setPlaying(page, false);
  if (paint.length === 0) return notAvailable(G, figure, 'the node never changed within 30 s of the click', '< 100 ms');
  const value = median(paint);
  return {
    group: G,
    figure,
    value,
    unit: 'ms',
    budget: '< 100 ms',
    verdict: verdict(value < 100),
    note: `DOM changed after ${median(dom).toFixed(0)} ms; median of ${paint.length} nodes; paint time is an upper bound (rAF + task)`,
    runs: paint,
  };
}

/** Servers that have a "Crash server" item (they run processes), OnTime servers first as in the demo. */
function crashableNodes(design: DesignDoc): string[] {
  const servers = design.nodes.filter((n) => (NODE_KINDS.get(n.kind)?.processes.length ?? 0) > 0);
  return [...servers.filter((n) => n.kind === 'ontimeServer'), ...servers.filter((n) => n.kind !== 'ontimeServer')].map((n) => n.id);
}

/** One size's session (open, smoothness, reaction) ends after this long, whatever state the page is in. */
const SIZE_DEADLINE_MS = 160_000;

interface Session {
  rows: Row[];
  context?: BrowserContext;
  /** The page could not keep up while running: larger designs are not tried. */
  starved?: boolean;
  /** Our running windows, for the comparison with the plain React Flow page. */
  running?: FrameWindow[];
}

async function measureSize(browser: Browser, baseUrl: string, size: number, opts: CanvasOptions, session: Session): Promise<void> {
  const design = generateDesign(size);
  const n = design.nodes.length;
  const started = Date.now();
  const { context, page } = await openDesign(browser, baseUrl, design);
  session.context = context;
  opts.log(`canvas ${n} nodes: opened in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const control = await speeds(page);
  const speed = benchSpeed(control.choices);
  if (!speed) throw new Missing('the speed control offers no multiple (e.g. 20×)');
  await control.pick(speed);
  if (opts.smoothness) {
    if (!(await loafSupported(page))) opts.log('this Chromium has no long-animation-frame entries: LoAF counts will read 0');
    if (speed.factor !== 20) opts.log(`no 20× speed offered: measuring at ${speed.label}`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const result = await smoothnessRows(page, cdp, n, speed, opts.runs);
    session.rows.push(...result.rows);
    session.starved = result.starvedS !== undefined;
    session.running = result.running;
    opts.log(`canvas ${n} nodes: ${result.rows[0]!.value?.toFixed(1)} fps running vs ${result.rows[0]!.baseline?.toFixed(1)} paused`);
  }
  if (opts.reaction) {
    const samples = Math.max(opts.runs, 5);
    const targets = await visibleNodes(page, crashableNodes(design));
    // Paused: the path alone (click → worker → frame → store → node). Running: the same while frames stream in.
    // A large design at minimum zoom shows few whole nodes: share them between the two rows rather than leave one empty.
    const paused = Math.min(samples, Math.ceil(targets.length / 2));
    session.rows.push(await reactionRow(page, n, targets.slice(0, paused), null));
    if (session.starved) session.rows.push(notAvailable('4 reaction time', `click → first painted change, ${n} nodes, running`, 'not measured: the page is starved while running (see 3)', '< 100 ms'));
    else session.rows.push(await reactionRow(page, n, targets.slice(paused, paused + samples), speed));
  }
}

class DeadlineExceeded extends Missing {}

function deadline(ms: number): { promise: Promise<never>; cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const promise = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineExceeded(`the page did not finish within ${ms / 1000} s (starved main thread)`)), ms);
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

export async function measureCanvas(browser: Browser, baseUrl: string, opts: CanvasOptions): Promise<Row[]> {
  const rows: Row[] = [];
  let starvedAt: number | undefined;
  for (const size of UI_SIZES) {
    if (starvedAt !== undefined) {
      const why = `not measured: the page was already starved at ${starvedAt} nodes`;
      if (opts.smoothness) rows.push(notAvailable('3 UI smoothness', `frames/s running vs paused, ${size} nodes`, why, 'ratio ≥ 0.9'));
      if (opts.reaction) rows.push(notAvailable('4 reaction time', `click → first painted change, ${size} nodes`, why, '< 100 ms'));
      continue;
    }
    const session: Session = { rows: [] };
    const limit = deadline(SIZE_DEADLINE_MS);
    try {
      const run = measureSize(browser, baseUrl, size, opts, session);
      run.catch(() => undefined); // after a timeout it fails on the closed context: already reported
      await Promise.race([run, limit.promise]);
    } catch (error) {
      if (error instanceof DeadlineExceeded) session.starved = true;
      const why = error instanceof Missing ? error.message : `failed: ${String(error).split('\n')[0]}`;
      opts.log(`canvas ${size} nodes: ${why}`);
      const has = (g: string) => session.rows.some((r) => r.group === g);
      if (opts.smoothness && !has('3 UI smoothness')) session.rows.push(notAvailable('3 UI smoothness', `frames/s running vs paused, ${size} nodes`, why, 'ratio ≥ 0.9'));
      if (opts.reaction && !has('4 reaction time')) session.rows.push(notAvailable('4 reaction time', `click → first painted change, ${size} nodes`, why, '< 100 ms'));
    } finally {
      limit.cancel();
      // Closing the context also aborts whatever the timed-out session was still waiting for.
      await session.context?.close().catch(() => undefined);
    }
    rows.push(...session.rows);
    if (opts.smoothness && session.running && !session.starved) {
      try {
        const design = generateDesign(size);
        const plain = await measurePlainFlow(browser, baseUrl, design, opts.runs, WINDOW_MS, SETTLE_MS);
        rows.push(...plainRows(design.nodes.length, session.running, plain));
        opts.log(`plain React Flow page, ${size} nodes: ${median(plain.windows.map((w) => w.fps)).toFixed(1)} fps`);
      } catch (error) {
        rows.push(notAvailable('3 UI smoothness', `frames/s running vs a plain React Flow page, ${size} nodes`, `failed: ${String(error).split('\n')[0]}`));
      }
    }
    if (session.starved) starvedAt = size;
  }
  return rows;
}
