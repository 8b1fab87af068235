import { expect, test } from '@playwright/test';
import { watchErrors } from './support/app';
import { node } from './support/editor';

test('the inspector shows every parameter with unit, range, default and source, validates as you type, and edits a multi-selection', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await page.goto('/?template=ontime-minimal');
  const inspector = page.getByRole('region', { name: 'Inspector' });

  await node(page, 'OT1').click();
  await expect(inspector.getByRole('heading', { name: 'OT1' })).toBeVisible();
  const takeover = inspector.getByRole('textbox', { name: 'Takeover after' });
  await expect(takeover).toHaveValue('10000');
  await expect(takeover).toHaveAccessibleDescription(/Range 1000–600000 ms · default 10000 ms · Source document \(OT-4\)/);

  // Validated while typing: nothing is applied until the value is allowed.
  await takeover.fill('ten');
  await expect(inspector.getByRole('alert')).toHaveText('Enter a number.');
  await takeover.fill('500');
  await expect(inspector.getByRole('alert')).toHaveText('Allowed: 1000 to 600000.');
  await expect(takeover).toHaveAttribute('aria-invalid', 'true');
  await takeover.fill('20000');
  await expect(inspector.getByRole('alert')).toHaveCount(0);
  await takeover.press('Enter');
  await expect(inspector.getByRole('button', { name: 'Reset Takeover after to default' })).toBeVisible();

  // Undo puts the default back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(takeover).toHaveValue('10000');

  // Units read as units (kB), and an on/off setting is a checkbox (OT-12), undoable like any edit.
  await expect(inspector.getByRole('textbox', { name: 'Sync data per user and pass' })).toHaveAccessibleDescription(/Range 0–10000 kB · default 8 kB/);
  const clustered = inspector.getByRole('checkbox', { name: 'API/Web DBs clustered' });
  await expect(clustered).not.toBeChecked();
  await expect(clustered).toHaveAccessibleDescription(/default off · Vendor documentation \(OT-12\)/);
  await clustered.check();
  await expect(clustered).toBeChecked();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(clustered).not.toBeChecked();

  // Multi-select (Shift-click): one edit applies to both OnTime servers.
  await node(page, 'OT2').click({ modifiers: ['Shift'] });
  await expect(inspector.getByRole('heading', { name: '2 selected' })).toBeVisible();
  await inspector.getByRole('textbox', { name: 'Failback delay' }).fill('30000');
  await inspector.getByRole('textbox', { name: 'Failback delay' }).press('Enter');
  await node(page, 'OT2').click();
  await expect(inspector.getByRole('heading', { name: 'OT2' })).toBeVisible();
  await expect(inspector.getByRole('textbox', { name: 'Failback delay' })).toHaveValue('30000');

  // Outages can still be injected from the inspector.
  await expect(inspector.getByRole('group', { name: 'Inject an outage' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('copy, paste, delete and the help panel from the keyboard', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await page.goto('/?template=ontime-minimal');
  await node(page, 'MS1').click();
  await page.keyboard.press('ControlOrMeta+c');
  await page.keyboard.press('ControlOrMeta+v');
  await expect(node(page, 'MS2')).toBeVisible();
  await page.keyboard.press('ControlOrMeta+d');
  await expect(node(page, 'MS3')).toBeVisible();
  await page.keyboard.press('Delete');
  await expect(node(page, 'MS3')).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+z');
  await expect(node(page, 'MS3')).toBeVisible();

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts and help' });
  await expect(help.getByRole('row', { name: /Undo/ })).toBeVisible();
  await expect(help.getByRole('row', { name: /Auto-layout/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  expect(errors).toEqual([]);
});
