/**
 * Where the answer to a click goes (issue 18, row 4): right-click a server, click "Crash server" under a CPU
 * profile and a trace, and print the main thread's tasks from the click to the node's first painted change, with
 * the functions that cost the most. Paused, then running at the bench's speed.
 */
import type { CDPSession, Page } from '@playwright/test';
import type { DesignDoc } from '../../src/engine';
import { NODE_KINDS } from '../../src/engine';
import { benchSpeed, openNodeMenu, setPlaying, speeds, visibleNodes } from './app';
import { armReactionProbe, readReaction } from './probes';

type Profiler = (cdp: CDPSession, during: () => Promise<void>) => Promise<Array<[string, number]>>;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  args?: { name?: string; data?: { functionName?: string; url?: string; type?: string } };
}

const TOP_LEVEL = new Set(['RunTask']);
const INSIDE = new Set(['FunctionCall', 'EventDispatch', 'FireAnimationFrame', 'TimerFire', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'MinorGC', 'MajorGC', 'RunMicrotasks', 'HandlePostMessage']);

async function traced(cdp: CDPSession, during: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: unknown }) => events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  await during();
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', collect);
  return events;
}

/** The page's main thread and worker threads' tasks of the window, each with what ran inside it (ms since the click). */
function taskLines(events: TraceEvent[]): string[] {
  const byTid = new Map<number, number>();
  for (const e of events) if (e.name === 'Layout') byTid.set(e.tid, (byTid.get(e.tid) ?? 0) + (e.dur ?? 0));
  const main = [...byTid.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const workers = new Set(events.filter((e) => e.name === 'thread_name' && /Worker/.test(e.args?.name ?? '')).map((e) => e.tid));
  const mine = events.filter((e) => (e.tid === main || workers.has(e.tid)) && e.ph === 'X' && (e.dur ?? 0) > 0).sort((a, b) => a.ts - b.ts);
  const start = mine.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click')?.ts ?? mine[0]?.ts ?? 0;
  const lines: string[] = [];
  for (const task of mine.filter((e) => TOP_LEVEL.has(e.name) && e.ts >= start - 1000 && (e.dur ?? 0) >= 1000)) {
    const where = task.tid === main ? 'main  ' : 'worker';
    const end = task.ts + task.dur!;
    const parts = new Map<string, number>();
    for (const e of mine) {
      if (e.tid !== task.tid || e.ts < task.ts || e.ts >= end || !INSIDE.has(e.name)) continue;
      const what = e.name === 'EventDispatch' ? `event ${e.args?.data?.type ?? ''}` : e.name === 'FunctionCall' ? `js ${e.args?.data?.functionName || '(anon)'}` : e.name;
      parts.set(what, (parts.get(what) ?? 0) + e.dur! / 1000);
    }
    const inside = [...parts].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ');
    lines.push(`  ${where} +${((task.ts - start) / 1000).toFixed(0).padStart(5)} ms  ${(task.dur! / 1000).toFixed(1).padStart(6)} ms  ${inside}`);
  }
  return lines;
}

async function oneClick(page: Page, id: string, profile: Profiler, label: string): Promise<void> {
  const menu = await openNodeMenu(page, id);
  const item = menu.getByRole('menuitem', { name: /crash server/i }).first();
  await armReactionProbe(page, id);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  let lines: string[] = [];
  let reaction: { toPaintMs: number; toDomMs: number } | undefined;
  const cpu = await profile(cdp, async () => {
    const events = await traced(cdp, async () => {
      await item.click({ force: true });
      reaction = await readReaction(page, 10_000);
      await page.waitForTimeout(100);
    });
    lines = taskLines(events);
  });
  console.log(`\n## ${label}: DOM changed after ${reaction?.toDomMs.toFixed(0)} ms, painted after ${reaction?.toPaintMs.toFixed(0)} ms`);
  console.log('main-thread tasks ≥ 1 ms from the click (start, length, what ran inside):');
  for (const line of lines) console.log(line);
  console.log('top functions in the window (self ms):');
  for (const [k, v] of cpu.filter(([k]) => !k.startsWith('(idle)')).slice(0, 20)) console.log(`  ${v.toFixed(1).padStart(6)}  ${k}`);
  await cdp.detach();
}

export async function profileReaction(page: Page, design: DesignDoc, profile: Profiler): Promise<void> {
  const servers = design.nodes.filter((n) => n.kind === 'ontimeServer' && (NODE_KINDS.get(n.kind)?.processes.length ?? 0) > 0).map((n) => n.id);
  const targets = await visibleNodes(page, servers);
  if (targets.length < 2) throw new Error('fewer than two OnTime servers in view');
  await setPlaying(page, false);
  await oneClick(page, targets[0]!, profile, `${design.nodes.length} nodes, paused`);
  const control = await speeds(page);
  await control.pick(benchSpeed(control.choices)!);
  await setPlaying(page, true);
  await page.waitForTimeout(1500);
  await oneClick(page, targets[1]!, profile, `${design.nodes.length} nodes, running`);
  await setPlaying(page, false);
}
