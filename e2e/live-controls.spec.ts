import { expect, test } from '@playwright/test';
import { openApp, watchErrors } from './support/app';
import { LiveView } from './support/live';

// These stories run whole outages at up to 60× on a machine shared with other test runs: give them room.
test.describe.configure({ timeout: 150_000 });

test('step runs to the next event and pauses; reset goes back to 0; Space plays and pauses', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  const live = new LiveView(page);
  await live.tab('Scenarios').click();
  await page.getByRole('button', { name: /^S1: / }).click();
  await live.pause();
  await live.controls.getByRole('button', { name: 'Reset' }).click();
  await expect.poll(() => live.clockMs()).toBe(0);
  await live.tab('Events').click();
  // The first event after 0 is the scripted fault at 20 s.
  await live.controls.getByRole('button', { name: 'Step' }).click();
  await expect.poll(() => live.clockMs()).toBe(20_000);
  // Everything that happens at 20 s is shown (the injection and its immediate effects), nothing later.
  const lines = await live.eventLines();
  expect(lines).toContain('00:00:20.000 Injected: stop OnTime task on OT1');
  expect(lines.filter((line) => line.includes('OnTime task on OT1: running → stopping'))).toHaveLength(1);
  expect(lines.every((line) => line <= '00:00:20.000 \uffff')).toBe(true);
  await live.controls.getByRole('button', { name: 'Step' }).click();
  await expect.poll(() => live.clockMs()).toBeGreaterThan(20_000);
  await expect(live.controls.getByRole('button', { name: 'Play' })).toBeVisible();

  await page.getByRole('heading', { name: 'Failover Lab' }).click();
  await page.keyboard.press('Space');
  await expect(live.controls.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(live.controls.getByRole('button', { name: 'Play' })).toBeVisible();
  await page.keyboard.press('Shift+R');
  await expect.poll(() => live.clockMs()).toBe(0);
  expect(errors).toEqual([]);
});

test('the seed is editable: another seed replays the same script under other random draws, the same seed replays exactly', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  const live = new LiveView(page);
  const seed = live.controls.getByRole('textbox', { name: 'Seed' });
  await expect(seed).toHaveValue('1');
  await seed.fill('4242');
  await seed.press('Enter');
  await live.tab('Scenarios').click();
  await page.getByRole('button', { name: /^S1: / }).click();
  await expect(seed).toHaveValue('4242');
  await live.speed('60');
  await live.tab('Events').click();
  await live.pauseWhen('OT1 resumed the Sync of MS1');
  const first = await live.eventLines();
  await live.controls.getByRole('button', { name: 'Reset' }).click();
  await live.controls.getByRole('button', { name: 'Play' }).click();
  await live.pauseWhen('OT1 resumed the Sync of MS1');
  expect(await live.eventLines()).toEqual(first);
  await seed.fill('not a seed');
  await expect(seed).toHaveAttribute('aria-invalid', 'true');
  await seed.press('Enter');
  await expect(seed).toHaveValue('4242');
  expect(errors).toEqual([]);
});

test('a crashed simulation worker is reported and restarted from the seed and the script, the design intact, playing on at the same speed', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  const live = new LiveView(page);
  await live.node('OT1').click();
  await page.keyboard.press('s');
  await live.controls.getByRole('button', { name: 'Play' }).click();
  await live.speed('20');
  await expect(live.node('OT2').getByRole('status')).toHaveText(/Taking over/);
  await live.pause();
  const before = await live.clockMs();

  await page.evaluate(() => (window as unknown as { __failoverLab?: { crashWorker(): void } }).__failoverLab?.crashWorker());
  await expect(page.getByRole('alert').filter({ hasText: 'The simulation stopped unexpectedly' })).toContainText('restarted from the seed and the fault script');
  // Rebuilt up to where the view was: same moment, same state, same recorded fault.
  await expect.poll(() => live.clockMs()).toBe(before);
  await expect(live.node('OT2').getByRole('status')).toHaveText(/Taking over/);
  await expect(live.node('OT1').getByRole('status')).toHaveText(/Failed/);
  await expect(page.getByRole('list', { name: 'Injected faults' }).getByRole('listitem')).toHaveCount(1);
  await live.controls.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => live.clockMs()).toBeGreaterThan(before);

  // A crash while playing: the fresh worker goes on playing at the speed the user chose.
  const playingAt = await live.clockMs();
  await page.evaluate(() => (window as unknown as { __failoverLab?: { crashWorker(): void } }).__failoverLab?.crashWorker());
  await expect(live.controls.getByLabel('Speed')).toHaveValue('20');
  await expect(live.controls.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect.poll(() => live.clockMs()).toBeGreaterThan(playingAt + 20_000);
  expect(errors.filter((e) => !e.includes('crash requested'))).toEqual([]);
});
