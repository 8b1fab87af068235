import { expect, test } from '@playwright/test';
import { openApp, watchErrors } from './support/app';
import { LiveView } from './support/live';

test('OT-4: a lesson is answered wrong and right: feedback with the run’s value, progress, and the live run shows the takeover', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  const live = new LiveView(page);
  await live.tab('Lessons').click();
  // Seed 5 is the copy where OT1's task crashes and takeoverAfterMs is 8 s (src/templates/lessons tests pin the draws).
  await page.getByRole('spinbutton', { name: 'Student seed' }).fill('5');
  await page.getByRole('button', { name: 'Open lesson: OnTime: takeover and failback (OT-4, OT-5, OT-6)' }).click();
  const progress = page.getByRole('progressbar', { name: 'Lesson progress' });
  await expect(progress).toHaveAttribute('aria-valuenow', '0');

  const who = page.getByRole('group', { name: 'Which server takes over the Sync of MS1?' });
  const when = page.getByRole('group', { name: "After how many seconds does it take over MS1's Sync?" });
  await who.getByRole('radio', { name: 'OT1' }).check();
  await when.getByRole('textbox', { name: "After how many seconds does it take over MS1's Sync?" }).fill('8');
  await page.getByRole('button', { name: 'Run and reveal' }).click();

  await expect(who).toContainText('Wrong');
  await expect(who).toContainText('The run: OT2');
  await expect(who).toContainText('Your answer: OT1');
  await expect(when).toContainText('Right');
  await expect(when).toContainText('The run: 8 seconds');
  await expect(when).toContainText('takeoverAfterMs = 8 s');
  await expect(progress).toHaveAttribute('aria-valuenow', '33');

  // The class watched the same run: the live view reached the step's end with the takeover in its events.
  await live.tab('Events').click();
  await expect(page.getByRole('list', { name: 'Events' }).getByRole('listitem').filter({ hasText: /OT2 took over the Sync of MS1 from OT1/ }).first()).toBeVisible();
  await live.tab('Lessons').click();
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(page.getByRole('heading', { name: 'Step 2 of 3' })).toBeVisible();
  expect(errors).toEqual([]);
});
