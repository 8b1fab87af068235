import { expect, test } from '@playwright/test';
import { openApp, watchErrors } from './support/app';
import { expectSaved, node } from './support/editor';

test('a share link opens the design read-only, and "Make a copy" makes it editable and saved', async ({ page, context }) => {
  const errors = watchErrors(page);
  await openApp(page);
  await page.getByRole('region', { name: 'Start a design' }).getByRole('button', { name: 'Close' }).click();
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await inspector.getByLabel('Design name').fill('Shared P1');
  await inspector.getByLabel('Design name').press('Enter');

  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const link = await page.getByRole('dialog', { name: 'Share this design' }).getByRole('textbox', { name: 'Link' }).inputValue();
  expect(link).toMatch(/#share=/);

  // Someone else opens the link (a fresh page of the same browser profile).
  const other = await context.newPage();
  const otherErrors = watchErrors(other);
  await other.goto(link);
  await expect(other.getByRole('region', { name: 'Shared design' })).toContainText('read-only');
  await expect(node(other, 'OT1')).toBeVisible();
  await expect(other.getByRole('region', { name: 'Inspector' }).getByLabel('Design name')).toBeDisabled();
  await expect(other.getByRole('navigation', { name: 'Palette' }).getByRole('button', { name: 'OnTime server' })).toBeDisabled();

  await other.getByRole('button', { name: 'Make a copy' }).click();
  await expect(other.getByRole('region', { name: 'Shared design' })).toHaveCount(0);
  await expect(other.getByRole('region', { name: 'Inspector' }).getByLabel('Design name')).toHaveValue('Shared P1 (copy)');
  await expectSaved(other);
  expect(other.url()).not.toContain('#share=');
  expect([...errors, ...otherErrors]).toEqual([]);
});

test('a damaged share link shows a clear error, never a blank page', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/#share=N4Ig-this-is-not-a-design');
  await expect(page.getByRole('alert')).toContainText('This share link cannot be opened');
  // The app is still usable underneath.
  await expect(page.getByRole('navigation', { name: 'Palette' })).toBeVisible();
  await page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(errors).toEqual([]);
});
