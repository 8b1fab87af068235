import { expect, test } from '@playwright/test';
import { watchErrors } from './support/app';
import { LiveView } from './support/live';

test('works offline once opened: with the network cut, the page reloads, keeps the design and runs a simulation', async ({ page, context }) => {
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    if (!localStorage.getItem('failover-lab.language')) localStorage.setItem('failover-lab.language', 'en');
  });
  await page.goto('/?template=ontime-minimal');
  const live = new LiveView(page);
  await expect(live.controls).toBeVisible();
  // Said once every file of the app is in the browser's cache.
  await expect(page.getByRole('status').filter({ hasText: 'Works offline' })).toBeVisible({ timeout: 30_000 });

  await context.setOffline(true);
  await page.reload();
  await expect(live.controls).toBeVisible();
  await expect(live.node('OT1')).toBeVisible();
  await live.controls.getByRole('button', { name: 'Play' }).click();
  await live.speed('10');
  await expect.poll(() => live.clockMs(), { timeout: 20_000 }).toBeGreaterThan(2000);
  // The charts are a chunk of their own, loaded after the first paint: from the cache too.
  await expect(page.getByRole('region', { name: 'Charts' }).getByRole('figure', { name: 'Sync lag of MS1' })).toBeVisible();
  await context.setOffline(false);
  expect(errors).toEqual([]);
});
