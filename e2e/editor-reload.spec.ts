import { expect, test, type Page } from '@playwright/test';
import { openApp, watchErrors } from './support/app';
import { expectSaved, node } from './support/editor';

async function closeStart(page: Page): Promise<void> {
  await page.getByRole('region', { name: 'Start a design' }).getByRole('button', { name: 'Close' }).click();
}

async function rename(page: Page, name: string): Promise<void> {
  const field = page.getByRole('region', { name: 'Inspector' }).getByLabel('Design name');
  await field.fill(name);
  await field.press('Enter');
}

// Two pages on a machine shared with other test runs: give them room.
test.describe.configure({ timeout: 120_000 });

const designName = (page: Page) => page.getByRole('region', { name: 'Inspector' }).getByLabel('Design name');

test('an edit followed at once by a reload is kept: a rename and a node deletion', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  await closeStart(page);
  await rename(page, 'Stored first');
  await expectSaved(page);

  // No wait at all between the edit and the reload (the autosave is debounced by 400 ms).
  await rename(page, 'Renamed just before reload');
  await page.reload();
  await expect(designName(page)).toHaveValue('Renamed just before reload');

  await expect(node(page, 'MS1')).toBeVisible();
  await node(page, 'MS1').click();
  await page.keyboard.press('Delete');
  await expect(node(page, 'MS1')).toHaveCount(0);
  await page.reload();
  await expect(node(page, 'OT1')).toBeVisible();
  await expect(node(page, 'MS1')).toHaveCount(0);
  await expect(designName(page)).toHaveValue('Renamed just before reload');
  await expectSaved(page);
  expect(errors).toEqual([]);
});

test('two tabs on one design: the older tab is told, saves nothing over the newer work, and can keep its version as a copy', async ({ page, context }) => {
  const errors = watchErrors(page);
  await openApp(page);
  await closeStart(page);
  await rename(page, 'Shared work');
  await expectSaved(page);

  const tabB = await context.newPage();
  const errorsB = watchErrors(tabB);
  await tabB.goto('/');
  await expect(designName(tabB)).toHaveValue('Shared work');

  // Tab A renames; tab B still shows the old name and deletes a node.
  await rename(page, 'Renamed in tab A');
  await expectSaved(page);
  const banner = tabB.getByRole('region', { name: 'Changed in another tab' });
  await expect(banner).toContainText('changed in another tab');
  await node(tabB, 'MS1').click();
  await tabB.keyboard.press('Delete');
  await expect(node(tabB, 'MS1')).toHaveCount(0);

  // Give tab B's autosave every chance to run: A's rename must survive in storage.
  await tabB.waitForTimeout(1_000);
  await page.reload();
  await expect(designName(page)).toHaveValue('Renamed in tab A');
  await expect(node(page, 'MS1')).toBeVisible();

  await banner.getByRole('button', { name: 'Keep mine as a copy' }).click();
  await expect(banner).toHaveCount(0);
  await expect(designName(tabB)).toHaveValue('Shared work (my copy)');
  await expectSaved(tabB);
  await expect(node(tabB, 'MS1')).toHaveCount(0);
  // Both versions are kept as designs of their own.
  await tabB.getByRole('button', { name: 'File', exact: true }).click();
  await tabB.getByRole('menuitem', { name: 'My designs…' }).click();
  const list = tabB.getByRole('list', { name: 'My designs' }).getByRole('listitem');
  await expect(list.filter({ hasText: 'Renamed in tab A' })).toHaveCount(1);
  await expect(list.filter({ hasText: 'Shared work (my copy)' })).toHaveCount(1);
  expect([...errors, ...errorsB]).toEqual([]);
});

test('"Load the other version" replaces what the older tab shows', async ({ page, context }) => {
  await openApp(page);
  await closeStart(page);
  await rename(page, 'Version 1');
  await expectSaved(page);
  const tabB = await context.newPage();
  await tabB.goto('/');
  await expect(designName(tabB)).toHaveValue('Version 1');
  await rename(page, 'Version 2');
  await expectSaved(page);
  const banner = tabB.getByRole('region', { name: 'Changed in another tab' });
  await banner.getByRole('button', { name: 'Load the other version' }).click();
  await expect(banner).toHaveCount(0);
  await expect(designName(tabB)).toHaveValue('Version 2');
});
