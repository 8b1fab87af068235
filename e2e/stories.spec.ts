import { expect, test } from '@playwright/test';
import { openApp, watchErrors } from './support/app';
import { LiveView } from './support/live';

const S5 = 'S5: complete failure of site 1';

test('a share link carries a story: a built-in story edited into the design plays its first step on the page that opens the link', async ({ page, context }) => {
  const errors = watchErrors(page);
  await openApp(page);
  const live = new LiveView(page);
  await live.tab('Scenarios').click();
  await page.getByRole('button', { name: /^S5: Complete failure of site 1/ }).click();
  await live.pause();

  // The built-in S5 story fits the template; editing its first caption saves it into the design.
  await live.tab('Stories').click();
  await expect(page.getByRole('region', { name: 'Stories' }).getByRole('listitem').filter({ hasText: S5 })).toContainText('Built-in');
  await page.getByRole('button', { name: `Edit “${S5}”` }).click();
  const caption = page.getByRole('textbox', { name: 'Step 1 caption (English)' });
  await caption.fill('Site 1 is about to fail: watch the database.');
  await caption.press('Tab');

  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const link = await page.getByRole('dialog', { name: 'Share this design' }).getByRole('textbox', { name: 'Link' }).inputValue();

  const other = await context.newPage();
  const otherErrors = watchErrors(other);
  await other.goto(link);
  const otherLive = new LiveView(other);
  await otherLive.speed('max');
  await otherLive.tab('Stories').click();
  const item = other.getByRole('region', { name: 'Stories' }).getByRole('listitem').filter({ hasText: S5 });
  await expect(item).not.toContainText('Built-in');
  await other.getByRole('button', { name: `Play “${S5}”`, exact: true }).click();
  const now = other.getByRole('group', { name: `Now playing: ${S5}` });
  await expect(now).toContainText('Site 1 is about to fail: watch the database.');
  await expect(now).toContainText('Step 1 of 6');
  await expect(now).toContainText('00:00:20: next when you are ready');
  expect(await otherLive.clockMs()).toBe(20_000);
  await now.getByRole('button', { name: 'Next step' }).click();
  await expect(now).toContainText('Site 1 fails completely');
  await expect(now).toContainText('00:00:25: next when you are ready');
  expect([...errors, ...otherErrors]).toEqual([]);
});
