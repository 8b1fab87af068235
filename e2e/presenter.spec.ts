import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './support/app';
import { LiveView } from './support/live';

// A WebLogic topology at 60×, a sweep of twelve headless runs, on a machine shared with other test runs.
test.describe.configure({ timeout: 120_000 });

/** Every server name on the canvas: its font size × the canvas zoom (px on screen) and its box. */
async function nameMetrics(page: Page) {
  return page.evaluate(() => {
    const viewport = document.querySelector('.react-flow__viewport')!;
    const zoom = new DOMMatrix(getComputedStyle(viewport).transform).a;
    return [...document.querySelectorAll('.react-flow__node-server .server-name')].map((el) => {
      const r = el.getBoundingClientRect();
      return { name: el.textContent ?? '', screenPx: parseFloat(getComputedStyle(el).fontSize) * zoom, box: { x: r.x, y: r.y, width: r.width, height: r.height } };
    });
  });
}

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Each chart of the dock inside the dock, and its plot inside the chart: nothing cut off. */
async function chartsFit(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const dock = document.querySelector('.panel.charts.dock')!.getBoundingClientRect();
    for (const fig of document.querySelectorAll('.panel.charts.dock figure.chart')) {
      const f = fig.getBoundingClientRect();
      const label = fig.getAttribute('aria-label');
      if (f.bottom > dock.bottom + 0.5) out.push(`${label}: figure ends ${f.bottom - dock.bottom} px below the dock`);
      for (const part of fig.querySelectorAll(':scope > *, svg.plot, svg.recharts-surface')) {
        const p = part.getBoundingClientRect();
        if (p.height > 0 && p.bottom > f.bottom + 0.5) out.push(`${label}: ${part.tagName} ends ${p.bottom - f.bottom} px below its chart`);
      }
    }
    return out;
  });
}

test('S5 story in presenter mode, in Japanese at 1920×1080: captions and the headline in Japanese, names ≥ 24 px and apart, clicker keys step the story, a black screen, Escape; the fault toolbar keeps its height and the charts fit at 1366×768 and 1600×900', async ({ page }, testInfo) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.addInitScript(() => localStorage.setItem('failover-lab.language', 'ja'));
  await page.goto('/');
  const live = new LiveView(page);
  await live.tab('シナリオ').click();
  await page.getByRole('button', { name: /^S5: サイト1の全面障害/ }).click();
  await live.pause();
  await live.speed('60');
  // The template opened in Japanese: its sites and default labels too.
  await expect(live.node('DB プライマリ')).toBeVisible();
  const button = page.getByRole('button', { name: 'プレゼンターモード', exact: true });
  await expect(button).toHaveAttribute('aria-keyshortcuts', 'F');

  // The built-in S5 story, played in presenter mode: everything but the canvas and its strip is hidden.
  await live.tab('ストーリー').click();
  await page.getByRole('button', { name: '「S5: サイト1の全面障害」をプレゼンターモードで再生' }).click();
  await expect(page.getByRole('navigation', { name: 'パレット' })).toBeHidden();
  await expect(live.controls).toBeHidden();
  const strip = page.getByRole('region', { name: '起きたこと' });
  const clock = async () => (await live.fingerprint()).timeMs;
  await expect(strip).toContainText('サイト1にはプライマリ・データベース DB1');
  await expect.poll(clock).toBe(20_000);
  // The clicker drives the story: PageDown and Space go on (each step stops exactly at its time), PageUp goes back.
  await page.keyboard.press('PageDown');
  await expect(strip).toContainText('サイト1が全面的に停止しました');
  await expect.poll(clock).toBe(25_000);
  await page.keyboard.press('Space');
  await expect(strip).toContainText('ファストスタート・フェイルオーバー');
  await expect.poll(clock).toBe(52_000);
  await page.keyboard.press('PageDown');
  await expect(strip).toContainText('DB2 が新しいプライマリ');
  await expect.poll(clock).toBe(66_000);
  // The headline in the viewer's language: the fault, then key moments timed from it ("+39秒でデータベースがフェイルオーバー").
  await expect(strip.getByText(/^サイト1が電源断 → .*\+\d+秒で\S+/)).toBeVisible();
  await expect(strip).not.toContainText(/presenter\.|stories\.|[a-z]+\.[a-z]+\./);

  // Readable from the back of the room, and no name on another.
  await expect.poll(async () => Math.min(...(await nameMetrics(page)).map((m) => m.screenPx))).toBeGreaterThanOrEqual(24);
  const names = await nameMetrics(page);
  expect(names.length).toBe(16);
  for (const [i, a] of names.entries()) for (const b of names.slice(i + 1)) expect(overlap(a.box, b.box), `${a.name} / ${b.name}`).toBe(false);
  for (const m of names) expect(m.box.x + m.box.width, m.name).toBeLessThanOrEqual(1920);
  // The caption and the headline stay inside the screen, above nothing: the strip is below the canvas.
  const stripBox = (await strip.boundingBox())!;
  expect(stripBox.y + stripBox.height).toBeLessThanOrEqual(1080);
  for (const m of names) expect(m.box.y + m.box.height, m.name).toBeLessThanOrEqual(stripBox.y);
  // For a person to look at (the text size and overlap are asserted above).
  const shot = testInfo.outputPath('presenter-ja-1920x1080.png');
  await page.screenshot({ path: shot });
  await testInfo.attach('presenter-ja-1920x1080', { path: shot, contentType: 'image/png' });

  await page.keyboard.press('PageUp');
  await expect(strip).toContainText('ファストスタート・フェイルオーバー');
  await expect.poll(clock).toBe(52_000);

  // "b": the whole window black; a clicker key brings the picture back without moving the run.
  const black = page.getByRole('img', { name: /ブラックスクリーン/ });
  await page.keyboard.press('b');
  await expect(black).toBeVisible();
  const box = await black.boundingBox();
  expect(box).toMatchObject({ x: 0, y: 0, width: 1920, height: 1080 });
  const before = await clock();
  await page.keyboard.press('PageDown');
  await expect(black).toBeHidden();
  expect(await clock()).toBe(before);
  await page.keyboard.press('b');
  await page.keyboard.press('b');
  await expect(black).toBeHidden();

  await page.keyboard.press('Escape');
  await expect(strip).toBeHidden();
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await expect(live.controls).toBeVisible();

  // Nothing moves by itself: the fault toolbar keeps one height whatever is selected (a node offers a dozen actions).
  const toolbar = live.faultToolbar;
  const target = toolbar.getByLabel('対象');
  const canvas = page.getByRole('region', { name: '構成キャンバス' });
  const heightOf = async () => `${(await toolbar.boundingBox())!.height} ${(await canvas.boundingBox())!.y}`;
  await target.selectOption('');
  const empty = await heightOf();
  await target.selectOption('MS1');
  await expect(toolbar.getByRole('button').first()).toBeVisible();
  expect(await heightOf()).toBe(empty);

  // The sweep with its > 10 ms warning, and every chart in its box at the two laptop sizes.
  await target.selectOption({ label: 'サイト1 ↔ サイト2' });
  await toolbar.getByRole('slider').fill('20');
  expect(await heightOf()).toBe(empty);
  const sweep = page.getByRole('figure', { name: 'スループットとRTTの関係' });
  await expect(sweep.getByRole('alert')).toContainText('サポート範囲');
  await sweep.getByRole('button', { name: /スイープを実行|再実行/ }).click();
  await expect(sweep.locator('.recharts-line-curve')).toHaveCount(1, { timeout: 60_000 });
  for (const size of [{ width: 1366, height: 768 }, { width: 1600, height: 900 }]) {
    await page.setViewportSize(size);
    await expect.poll(() => chartsFit(page), `charts at ${size.width}×${size.height}`).toEqual([]);
    await expect(sweep.locator('svg.recharts-surface').first()).toBeVisible();
  }
  expect(errors).toEqual([]);
});
