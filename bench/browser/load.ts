/**
 * Measurement 5: initial JavaScript (gzip) and the time until the start screen is interactive, on the production
 * build. The start screen is the template gallery when the app has one, else the canvas with its Play button.
 */
import type { Browser, Locator, Page } from '@playwright/test';
import { median, notAvailable, verdict, type Row } from '../report';
import { KEEP_NAMES_SHIM, playButton } from './app';
import { BASELINE_PAGE, initialJs } from './server';

const G = '5 load';
const SIZE_BUDGET = 350 * 1024;
const TIME_BUDGET_MS = 1500;
/** The gallery's container: "Start a design" (the first-visit start panel) or a template gallery dialog. */
const NAME = /start a design|template|gallery|構成を始める|テンプレート|ギャラリー/i;

/** The first actionable element of the template gallery, if the app has one. */
function galleryItem(page: Page): Locator {
  const containers = [page.getByRole('dialog', { name: NAME }), page.getByRole('region', { name: NAME }), page.getByRole('list', { name: NAME })];
  // A card of the gallery's list, not the panel's close button.
  const items = containers.map((c) => c.getByRole('list').getByRole('button').or(c.getByRole('list').getByRole('link')).first());
  return items.slice(1).reduce((acc, l) => acc.or(l), items[0]!).first();
}

/** Ready when the canvas shows a node and Play is enabled (the app before the gallery existed). */
function canvasReady(page: Page): Locator {
  return playButton(page);
}

async function afterNextPaint(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        requestAnimationFrame(() => {
          const c = new MessageChannel();
          c.port1.onmessage = () => resolve(performance.now());
          c.port2.postMessage(null);
        }),
      ),
  );
}

/** The baseline: a page whose only content is one button, from the same server, same browser, same moment. */
async function baselineLoad(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    await page.goto(`${url}/${BASELINE_PAGE}`, { waitUntil: 'commit' });
    await page.getByRole('button', { name: 'Start' }).waitFor({ state: 'visible' });
    return await afterNextPaint(page);
  } finally {
    await context.close();
  }
}

async function oneLoad(browser: Browser, url: string): Promise<{ ms: number; target: 'gallery' | 'canvas' }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    await context.addInitScript(KEEP_NAMES_SHIM);
    const page = await context.newPage();
    await page.addInitScript(() => localStorage.setItem('failover-lab.language', 'en'));
    await page.goto(url, { waitUntil: 'commit' });
    const gallery = galleryItem(page);
    const canvas = canvasReady(page);
    await gallery.or(canvas).first().waitFor({ state: 'visible', timeout: 30_000 });
    // Play shows before the start panel does (the panel waits for the saved-designs store to say "first visit"):
    // the figure is the gallery's, so give it time to come before settling for the canvas.
    const isGallery = await gallery
      .waitFor({ state: 'visible', timeout: 5_000 })
      .then(() => true)
      .catch(() => false);
    if (!isGallery) await page.locator('.react-flow__node').first().waitFor({ state: 'visible', timeout: 30_000 });
    const target = isGallery ? gallery : canvas;
    for (let waited = 0; !(await target.isEnabled()) && waited < 30_000; waited += 10) await page.waitForTimeout(10);
    return { ms: await afterNextPaint(page), target: isGallery ? 'gallery' : 'canvas' };
  } finally {
    await context.close();
  }
}

export async function measureLoad(browser: Browser, url: string, runs: number): Promise<Row[]> {
  const rows: Row[] = [];
  const js = initialJs();
  rows.push({
    group: G,
    figure: 'initial JavaScript, gzip (entry + modulepreloads)',
    value: js.gzipTotal / 1024,
    unit: 'kB',
    budget: '≤ 350 kB',
    verdict: verdict(js.gzipTotal <= SIZE_BUDGET),
    note: `${js.files.length} files, ${(js.rawTotal / 1024).toFixed(0)} kB raw; later (worker, lazy): ${(js.otherJsGzip / 1024).toFixed(0)} kB gzip`,
  });
  try {
    await oneLoad(browser, url); // warm-up: the preview server's first responses and Chromium's own start-up
    await baselineLoad(browser, url);
    const times: number[] = [];
    const bare: number[] = [];
    let target = 'canvas';
    for (let i = 0; i < runs; i++) {
      const r = await oneLoad(browser, url);
      times.push(r.ms);
      target = r.target;
      bare.push(await baselineLoad(browser, url));
    }
    const value = median(times);
    const baseline = median(bare);
    rows.push({
      group: G,
      figure: `time until the ${target === 'gallery' ? 'template gallery' : 'canvas (no gallery yet)'} is interactive`,
      value,
      unit: 'ms',
      baseline,
      ratio: value / baseline,
      budget: '< 1500 ms',
      verdict: verdict(value < TIME_BUDGET_MS),
      note: `from navigation start to the first task after the next paint; fresh context (no cache); baseline: a one-button page; median of ${runs}, interleaved`,
      runs: times,
    });
  } catch (error) {
    rows.push(notAvailable(G, 'time until the template gallery is interactive', `failed: ${String(error).split('\n')[0]}`, '< 1500 ms'));
  }
  return rows;
}
