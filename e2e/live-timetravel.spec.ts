import { expect, test } from '@playwright/test';
import { openApp, watchErrors } from './support/app';
import { LiveView } from './support/live';

// These stories run whole outages at up to 60× on a machine shared with other test runs: give them room.
test.describe.configure({ timeout: 150_000 });

test('time travel: drag the cursor back to see the past as it was, forward to the same present, and inject to make a branch; the old future is still there', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  const live = new LiveView(page);
  await live.tab('Scenarios').click();
  await page.getByRole('button', { name: /^S1: / }).click();
  await live.speed('60');
  await live.tab('Events').click();
  await live.pauseWhen('OT1 resumed the Sync of MS1');
  const present = await live.eventLines();
  const cursor = page.getByRole('slider', { name: 'Time cursor' });
  const end = Number(await cursor.getAttribute('max'));

  // Back to 25 s: OT1's task was stopped at 20 s, nobody has taken over yet.
  await cursor.fill('25000');
  await expect.poll(() => live.clockMs()).toBe(25_000);
  await expect(page.getByRole('status').filter({ hasText: 'Viewing the past' })).toBeVisible();
  await expect(live.node('OT1').getByRole('status')).toHaveText(/Failed/);
  // OT2 has no mail server of its own in this design: it stands by.
  await expect(live.node('OT2').getByRole('status')).toHaveText(/Standby/);
  await expect(live.events.getByRole('listitem').filter({ hasText: 'took over' })).toHaveCount(0);
  expect(await live.eventLines()).toEqual(present.filter((line) => line < '00:00:25.001'));
  const chart = page.getByRole('figure', { name: /Sync lag of MS1/ });
  await expect(chart.locator('.chart-fault')).toHaveCount(1);

  // Forward again to where we were: the same events, at the same milliseconds.
  await cursor.fill(String(end));
  await expect.poll(() => live.eventLines()).toEqual(present);
  await expect(live.node('OT1')).toContainText('Syncs MS1');

  // Back again, and break something else: a branch starts at 0:25; the main line keeps its restart at 1:00.
  await cursor.fill('25000');
  await expect.poll(() => live.clockMs()).toBe(25_000);
  await live.faultToolbar.getByLabel('Break').selectOption({ label: 'OT2' });
  await live.faultToolbar.getByRole('button', { name: 'Crash server' }).click();
  const markers = page.getByRole('list', { name: 'Injected faults' }).getByRole('button');
  await expect(markers).toHaveCount(2);
  await expect(markers.nth(1)).toHaveAccessibleName(/Fault at 00:00:25: power failure of OT2/);
  await expect(page.getByRole('status').filter({ hasText: 'Viewing the past' })).toHaveCount(0);
  await live.controls.getByRole('button', { name: 'Play' }).click();
  await expect(live.events.getByRole('listitem').filter({ hasText: 'Nobody can sync MS1' }).or(live.events.getByRole('listitem').filter({ hasText: 'lost power' })).first()).toBeVisible();
  await expect(live.node('OT2')).toContainText('Server down (no power)');
  const branches = page.getByRole('group', { name: 'Branches' });
  await expect(branches.getByRole('radio', { name: 'Branch 2 (from 00:00:25)' })).toBeChecked();

  // Switch back: the old future is still there, re-run to the same time.
  await live.controls.getByRole('button', { name: 'Pause' }).click();
  await branches.getByRole('radio', { name: 'Main' }).check();
  await expect(markers).toHaveCount(2);
  await expect(markers.nth(1)).toHaveAccessibleName(/Fault at 00:01:00: /);
  await markers.nth(1).click();
  await expect(live.node('OT2')).not.toContainText('Server down');
  // Branch 2's lines drawn dashed over the main line's charts, named in the legend.
  await page.getByRole('combobox', { name: 'Overlay branch' }).selectOption({ label: 'Branch 2 (from 00:00:25)' });
  await expect(chart).toContainText('Branch 2 (from 00:00:25) (dashed)');
  expect(errors).toEqual([]);
});
