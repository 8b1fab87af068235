import { expect, test } from '@playwright/test';
import { eventTime, openApp, watchErrors } from './support/app';

test('OT-4/OT-5: stopping the OnTime task on OT1 moves its Sync to OT2 and back', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);

  const ot1 = page.getByRole('group', { name: 'OT1', exact: true });
  const ot2 = page.getByRole('group', { name: 'OT2', exact: true });
  await expect(ot1.getByRole('status')).toHaveText(/Running/);
  await expect(ot1).toContainText('Syncs MS1');

  await page.getByRole('button', { name: 'Play' }).click();
  await page.getByLabel('Speed').selectOption('20');
  await expect(page.getByRole('figure', { name: /Sync lag of MS1/ })).toBeVisible();

  // Stop the task from the node's context menu, as a person would.
  await ot1.click({ button: 'right' });
  await page.getByRole('menu', { name: 'Actions for OT1' }).getByRole('menuitem', { name: 'Stop OnTime task' }).click();
  await expect(ot1.getByRole('status')).toHaveText(/Failed/);
  await expect(ot1).toContainText('OnTime task down');

  await expect(ot2).toContainText('Syncs MS1 for OT1');
  await expect(ot2.getByRole('status')).toHaveText(/Taking over/);
  const stoppedAt = await eventTime(page, 'Injected: stop OnTime task on OT1');
  const tookOverAt = await eventTime(page, 'OT2 took over the Sync of MS1 from OT1');
  expect(tookOverAt - stoppedAt).toBeGreaterThanOrEqual(5_000);
  expect(tookOverAt - stoppedAt).toBeLessThanOrEqual(15_000);

  // Restart it from the inspector: the Sync fails back to OT1.
  await page.getByRole('group', { name: 'Inject an outage' }).getByRole('button', { name: 'Start OnTime task' }).click();
  await expect(ot1).toContainText('Syncs MS1', { timeout: 30_000 });
  await expect(ot2).not.toContainText('for OT1');
  await eventTime(page, 'OT1 resumed the Sync of MS1; OT2 stopped standing in');

  // The chart got points while all this happened.
  expect(await page.locator('.chart-line').count()).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});
