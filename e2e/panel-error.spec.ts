import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { openApp, watchErrors } from './support/app';

/** The e2e build's test hook (src/ui/shell/renderFault.ts): the named panel throws on its next render. */
const breakPanel = (page: Page, panel: string) => page.evaluate((p) => (window as unknown as { __failoverLabBreakPanel?: (p: string) => void }).__failoverLabBreakPanel?.(p), panel);

test('issue 19 §1: a render error in one panel shows a message with "Download my design" and "Reload", the rest of the page keeps working', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  const canvas = page.getByRole('region', { name: 'Design canvas' }).first();
  await expect(canvas).toBeVisible();
  await breakPanel(page, 'inspector');

  const alert = page.getByRole('alert').filter({ hasText: 'This part of the page (inspector) stopped working' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('render error forced in the inspector panel');
  // The page is not blank: the canvas and the simulation controls are still there and usable.
  await expect(canvas).toBeVisible();
  await expect(page.getByRole('button', { name: 'Play' })).toBeEnabled();

  const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: 'Download my design' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.failover\.json$/);
  const saved = JSON.parse(await readFile((await download.path())!, 'utf8')) as { schemaVersion: number; nodes: unknown[] };
  expect(saved.schemaVersion).toBe(3);
  expect(Array.isArray(saved.nodes)).toBe(true);

  await alert.getByRole('button', { name: 'Reload' }).click();
  await expect(canvas).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'stopped working' })).toHaveCount(0);
  // The boundary logs what it caught; nothing else went wrong.
  expect(errors.filter((e) => !e.includes('render error forced') && !e.includes('failed to render'))).toEqual([]);
});

test('issue 19 §1: the panel error speaks Japanese too', async ({ page }) => {
  await openApp(page, 'ja');
  await expect(page.getByRole('region', { name: '構成キャンバス' }).first()).toBeVisible();
  await breakPanel(page, 'side');
  const alert = page.getByRole('alert').filter({ hasText: 'ページのこの部分(イベント・チェック・引き継ぎ)が動作を停止しました' });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('button', { name: '設計をダウンロード' })).toBeVisible();
  await expect(alert.getByRole('button', { name: '再読み込み' })).toBeVisible();
});
