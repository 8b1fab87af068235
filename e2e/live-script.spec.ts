import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { openApp, watchErrors } from './support/app';
import { LiveView } from './support/live';

// These stories run whole outages at up to 60× on a machine shared with other test runs: give them room.
test.describe.configure({ timeout: 150_000 });

test('a recorded fault script saved, loaded in a fresh page and replayed gives the same timeline; a bad one is refused with the JSON path and the problem, and the current script stays', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  const live = new LiveView(page);
  await live.controls.getByRole('button', { name: 'Play' }).click();
  // The recording and both replays at the same 60×: each waits for OT1's boot after the recovery (≈ a simulated minute).
  await live.speed('60');
  await live.node('OT1').click();
  await page.keyboard.press('x');
  await expect(live.node('OT2').getByRole('status')).toHaveText(/Taking over/);
  await live.faultToolbar.getByRole('button', { name: 'Recover server' }).click();
  await live.pauseWhen('OT1 resumed the Sync of MS1');
  const recorded = await live.eventLines();

  await live.tab('Scenarios').click();
  const entries = page.getByRole('list', { name: 'Recorded faults' }).getByRole('listitem');
  await expect(entries).toHaveCount(2);
  await expect(entries.first()).toContainText('power failure of OT1');

  // Replaying from the start reproduces the run to the millisecond.
  await page.getByRole('button', { name: 'Replay from start' }).click();
  await live.tab('Events').click();
  await live.pauseWhen('OT1 resumed the Sync of MS1');
  expect(await live.eventLines()).toEqual(recorded);

  // Save it, open a fresh page, load it there and play it.
  await live.tab('Scenarios').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save script' }).click()]);
  const file = await download.path();
  const saved = JSON.parse(await readFile(file, 'utf8')) as { schemaVersion: number; seed: number; steps: unknown[] };
  expect(saved.schemaVersion).toBe(1);
  expect(saved.steps).toHaveLength(2);

  // A reload keeps the fault script (issue 15 §4); the loaded file replaces it.
  await page.reload();
  await live.tab('Scenarios').click();
  await expect(page.getByRole('list', { name: 'Recorded faults' }).getByRole('listitem')).toHaveCount(2);
  await page.getByRole('button', { name: /^Remove power failure of OT1/ }).click();
  await expect(page.getByRole('list', { name: 'Recorded faults' }).getByRole('listitem')).toHaveCount(1);
  // A bad file first: refused with the JSON path and the problem, and the current script (one entry) stays.
  await page.getByLabel('Fault script file').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ schemaVersion: 1, name: 'broken', steps: [{ at: '5s', kind: 'crashHost', target: 'OT9' }] })),
  });
  const alert = page.getByRole('alert').filter({ hasText: 'broken.json is not a valid fault script' });
  await expect(alert).toContainText('steps[0].target: unknown node "OT9"');
  await expect(page.getByRole('list', { name: 'Recorded faults' }).getByRole('listitem')).toHaveCount(1);
  await page.getByLabel('Fault script file').setInputFiles(file);
  await expect(page.getByRole('list', { name: 'Recorded faults' }).getByRole('listitem')).toHaveCount(2);
  await live.controls.getByRole('button', { name: 'Play' }).click();
  await live.speed('60');
  await live.tab('Events').click();
  await live.pauseWhen('OT1 resumed the Sync of MS1');
  expect(await live.eventLines()).toEqual(recorded);
  expect(errors).toEqual([]);
});
