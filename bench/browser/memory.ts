/**
 * Measurement 6: the page's JS heap after one simulated hour at full speed with the live view open, against the
 * same page after one simulated minute. Faults are injected all along (a server crashed or recovered every five
 * simulated minutes, through its context menu), so events, takeovers and chart samples keep coming: bounded
 * buffers must stay bounded.
 * Garbage is collected (CDP HeapProfiler.collectGarbage) before each reading (CDP Performance.getMetrics).
 */
import type { Browser, CDPSession, Page } from '@playwright/test';
import { generateDesign, nodesOfKind } from '../designs';
import { notAvailable, verdict, type Row } from '../report';
import { clockMs, fastestOverall, Missing, openDesign, openNodeMenu, setPlaying, speeds, visibleNodes } from './app';

const G = '6 memory';
/**
 * Small enough that the live view keeps up at full speed today (at 100 nodes the charts starve the page, see
 * measurement 3), large enough for several mail servers, charts and takeovers.
 */
const NODES = 20;
const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
/** A fault every 5 simulated minutes, whatever the speed: 11 faults over the hour. */
const FAULT_EVERY_MS = 5 * 60_000;
const BUDGET_BYTES = 20 * 1024 * 1024;

async function heap(cdp: CDPSession): Promise<{ heapBytes: number; domNodes: number; listeners: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return { heapBytes: get('JSHeapUsedSize'), domNodes: get('Nodes'), listeners: get('JSEventListeners') };
}

/** Crashes or recovers one of a few OnTime servers through its context menu, like a presenter would. */
async function toggleFault(page: Page, targets: string[], round: number): Promise<void> {
  const id = targets[round % targets.length]!;
  const menu = await openNodeMenu(page, id);
  const item = menu.getByRole('menuitem', { name: /crash server|recover server/i }).first();
  if ((await item.count()) > 0) await item.click();
  else await page.keyboard.press('Escape');
}

/** Plays until the clock reaches `targetMs`, then pauses (the clock may overshoot a little at high speed). */
async function playUntil(page: Page, targetMs: number, timeoutMs: number): Promise<void> {
  await setPlaying(page, true);
  const start = Date.now();
  while ((await clockMs(page)) < targetMs) {
    if (Date.now() - start > timeoutMs) throw new Missing(`${targetMs / 60_000} simulated min not reached within ${timeoutMs / 1000} s of wall time`);
    await page.waitForTimeout(100);
  }
  await setPlaying(page, false);
}

export async function measureMemory(browser: Browser, baseUrl: string, log: (line: string) => void): Promise<Row[]> {
  const design = generateDesign(NODES);
  const figure = `JS heap growth, 1 simulated min → 1 h at full speed, ${design.nodes.length} nodes, live view open`;
  let opened: Awaited<ReturnType<typeof openDesign>> | undefined;
  try {
    opened = await openDesign(browser, baseUrl, design);
    const { page } = opened;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const control = await speeds(page);
    const speed = fastestOverall(control.choices);
    if (!speed) throw new Missing('no speed to choose');
    await control.pick(speed);
    const targets = (await visibleNodes(page, nodesOfKind(design, 'ontimeServer'))).slice(0, 4);
    // Time limit: an hour at the chosen speed, twice over, plus a minute for the slow start of software rendering.
    const limitMs = Number.isFinite(speed.factor) ? (2 * HOUR_MS) / speed.factor + 60_000 : 300_000;
    await playUntil(page, MINUTE_MS, limitMs);
    const minute = await heap(cdp);
    const started = Date.now();
    let faults = 0;
    for (let checkpoint = FAULT_EVERY_MS; checkpoint < HOUR_MS; checkpoint += FAULT_EVERY_MS) {
      await playUntil(page, checkpoint, limitMs);
      if (targets.length > 0) await toggleFault(page, targets, faults++);
    }
    await playUntil(page, HOUR_MS, limitMs);
    const hour = await heap(cdp);
    log(`memory: 1 h at ${speed.label} took ${((Date.now() - started) / 1000).toFixed(0)} s wall, ${faults} faults`);
    const growth = hour.heapBytes - minute.heapBytes;
    const mb = (b: number) => b / (1024 * 1024);
    return [
      {
        group: G,
        figure,
        value: mb(growth),
        unit: 'MB',
        budget: '< 20 MB',
        verdict: verdict(growth < BUDGET_BYTES),
        note: `${mb(minute.heapBytes).toFixed(1)} → ${mb(hour.heapBytes).toFixed(1)} MB; DOM nodes ${minute.domNodes} → ${hour.domNodes}; ${faults} faults injected; speed ${speed.label}; main thread only (the worker's heap is not in this figure)`,
      },
    ];
  } catch (error) {
    const why = error instanceof Missing ? error.message : `failed: ${String(error).split('\n')[0]}`;
    return [notAvailable(G, figure, why, '< 20 MB')];
  } finally {
    await opened?.context.close();
  }
}
