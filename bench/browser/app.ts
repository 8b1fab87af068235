/**
 * The app as the benchmark drives it: open a design, play, pause, pick a speed, read the clock. Controls are found
 * by role and accessible name, like a person (and the e2e tests) would; what is missing throws `Missing`, which
 * the measurements turn into an "n/a: why" row instead of a crash.
 */
import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import type { DesignDoc } from '../../src/engine';

export class Missing extends Error {}

/**
 * tsx compiles with esbuild's keepNames, which wraps named functions in `__name(…)`; functions handed to
 * page.evaluate run in the page, where that helper does not exist. This defines it there as the identity.
 */
export const KEEP_NAMES_SHIM = 'globalThis.__name = globalThis.__name || ((fn) => fn);';

export interface Opened {
  context: BrowserContext;
  page: Page;
}

/** A fresh context (no cache, no saved design) with `design` handed to the app before it boots. */
export async function openDesign(browser: Browser, baseUrl: string, design: DesignDoc | undefined, initScript = ''): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, baseURL: baseUrl });
  await context.addInitScript(KEEP_NAMES_SHIM + initScript);
  const page = await context.newPage();
  await page.addInitScript((doc) => {
    if (!localStorage.getItem('failover-lab.language')) localStorage.setItem('failover-lab.language', 'en');
    if (doc) (window as unknown as { __FAILOVER_LAB_DESIGN__: unknown }).__FAILOVER_LAB_DESIGN__ = doc;
  }, design ?? null);
  await page.goto('/');
  if (design) await waitForNodes(page, design);
  return { context, page };
}

/**
 * Waits until the canvas shows `design` (checks it is this design, not a fallback): every server node, or on a large
 * design, which draws only what is in view (onlyRenderVisibleElements), a node of it and a quiet second.
 */
async function waitForNodes(page: Page, design: DesignDoc): Promise<void> {
  const ids = design.nodes.map((n) => n.id);
  await page
    .waitForFunction((wanted) => wanted.some((id) => document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`) !== null), ids, { timeout: 90_000, polling: 250 })
    .catch(() => {
      throw new Missing(`the app did not open the injected design (none of its nodes on the canvas)`);
    });
  await page.waitForFunction(
    (n) => {
      const w = window as unknown as { __benchCount?: { n: number; since: number } };
      const count = document.querySelectorAll('.react-flow__node').length;
      if (count >= n) return true;
      if (w.__benchCount?.n !== count) w.__benchCount = { n: count, since: performance.now() };
      return count > 0 && performance.now() - w.__benchCount.since > 1000;
    },
    design.nodes.length,
    { timeout: 90_000, polling: 250 },
  );
}

export function playButton(page: Page): Locator {
  return page.getByRole('button', { name: /^\s*(play|pause|再生|一時停止)\b/i }).first();
}

export async function isPlaying(page: Page): Promise<boolean> {
  const name = (await playButton(page).getAttribute('aria-label')) ?? (await playButton(page).innerText());
  return /pause|一時停止/i.test(name);
}

/**
 * Presses Play or Pause unless already in that state. Forced click and long time limits: when the live view
 * starves the main thread, actionability checks (which wait for stable animation frames) would never finish,
 * and a slow page is what is being measured, not an error.
 */
export async function setPlaying(page: Page, playing: boolean, timeoutMs = 120_000): Promise<void> {
  const button = playButton(page);
  if ((await button.count()) === 0) throw new Missing('no Play/Pause button');
  if ((await isPlaying(page)) !== playing) await button.click({ force: true, timeout: timeoutMs });
  await page.waitForFunction(
    (want) => {
      const b = [...document.querySelectorAll('button')].find((el) => /^\s*(play|pause|再生|一時停止)\b/i.test(el.getAttribute('aria-label') ?? el.textContent ?? ''));
      return b !== undefined && /pause|一時停止/i.test(b.getAttribute('aria-label') ?? b.textContent ?? '') === want;
    },
    playing,
    { timeout: timeoutMs, polling: 100 },
  );
}

export interface SpeedChoice {
  label: string;
  /** Simulated ms per wall ms; Infinity for "as fast as possible". */
  factor: number;
}

function factorOf(label: string): number {
  const m = /(\d+(?:\.\d+)?)\s*[×x]/i.exec(label) ?? /^(\d+(?:\.\d+)?)$/.exec(label.trim());
  if (m) return Number(m[1]);
  return /max|fast|unlimited|最大|最速|∞/i.test(label) ? Infinity : NaN;
}

/** The speeds the UI offers (a select named Speed, or a group of radio buttons named Speed). */
export async function speeds(page: Page): Promise<{ choices: SpeedChoice[]; pick: (c: SpeedChoice) => Promise<void> }> {
  const select = page.getByRole('combobox', { name: /speed|速度/i }).first();
  if ((await select.count()) > 0) {
    const labels = await select.locator('option').allInnerTexts();
    return {
      choices: labels.map((label) => ({ label: label.trim(), factor: factorOf(label) })).filter((c) => !Number.isNaN(c.factor)),
      pick: async (c) => {
        await select.selectOption({ label: c.label });
      },
    };
  }
  const group = page.getByRole('radiogroup', { name: /speed|速度/i }).first();
  if ((await group.count()) > 0) {
    const radios = group.getByRole('radio');
    const labels = await radios.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? e.textContent ?? ''));
    return {
      choices: labels.map((label) => ({ label: label.trim(), factor: factorOf(label) })).filter((c) => !Number.isNaN(c.factor)),
      pick: async (c) => {
        await group.getByRole('radio', { name: c.label, exact: true }).click();
      },
    };
  }
  throw new Missing('no speed control (combobox or radio group named "Speed")');
}

/** The fastest real-time speed (a multiple, not "as fast as possible"): the demo's heaviest paced load. */
export function fastestPaced(choices: SpeedChoice[]): SpeedChoice | undefined {
  return choices.filter((c) => Number.isFinite(c.factor)).sort((a, b) => b.factor - a.factor)[0];
}

/** The speed issue 8 measures smoothness at (20×), else the fastest multiple below it, else the fastest one. */
export function benchSpeed(choices: SpeedChoice[]): SpeedChoice | undefined {
  const paced = choices.filter((c) => Number.isFinite(c.factor)).sort((a, b) => b.factor - a.factor);
  return paced.find((c) => c.factor <= 20) ?? paced[0];
}

/** "As fast as possible" when offered, else the fastest multiple. */
export function fastestOverall(choices: SpeedChoice[]): SpeedChoice | undefined {
  return choices.find((c) => c.factor === Infinity) ?? fastestPaced(choices);
}

/** The simulated clock in ms, read from the element named "Simulated time". */
export async function clockMs(page: Page): Promise<number> {
  const clock = page.getByRole('status', { name: /simulated time|シミュレーション時刻/i }).first();
  if ((await clock.count()) === 0) throw new Missing('no clock named "Simulated time"');
  const text = await clock.innerText();
  const m = /(?:(\d+)d\s*)?(\d+):(\d\d):(\d\d)(?:[.,](\d{1,3}))?/.exec(text);
  if (!m) throw new Missing(`clock shows "${text}", not HH:MM:SS`);
  const [, d, h, mi, s, ms] = m;
  return (((Number(d ?? 0) * 24 + Number(h)) * 60 + Number(mi)) * 60 + Number(s)) * 1000 + Number((ms ?? '0').padEnd(3, '0'));
}

/**
 * Server nodes of the given ids that a person could right-click: fully inside the canvas's visible pane (a large
 * design at minimum zoom overflows it, and the palette and panels cover what lies outside) and on top at their
 * centre (not hidden under an edge label or another node).
 */
export async function visibleNodes(page: Page, ids: readonly string[]): Promise<string[]> {
  return page.evaluate((wanted) => {
    const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
    if (!pane) return [];
    const clickable = (el: Element) => {
      const r = el.getBoundingClientRect();
      const inside = r.width > 4 && r.height > 4 && r.left >= pane.left && r.top >= pane.top && r.right <= pane.right && r.bottom <= pane.bottom;
      return inside && el.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
    };
    return wanted.filter((id) => {
      const el = document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
      return el !== null && clickable(el);
    });
  }, ids);
}

export function nodeLocator(page: Page, id: string): Locator {
  return page.locator(`.react-flow__node[data-id="${id}"]`);
}

/** Opens a node's context menu (right click) and returns it. */
export async function openNodeMenu(page: Page, id: string): Promise<Locator> {
  await nodeLocator(page, id).click({ button: 'right', force: true, timeout: 60_000 });
  const menu = page.getByRole('menu').first();
  await menu.waitFor({ state: 'visible', timeout: 60_000 }).catch(() => {
    throw new Missing(`right-clicking node ${id} opened no menu`);
  });
  return menu;
}
