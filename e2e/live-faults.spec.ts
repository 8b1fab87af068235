import { expect, test } from '@playwright/test';
import { openApp, watchErrors } from './support/app';
import { LiveView } from './support/live';

// These stories run whole outages at up to 60× on a machine shared with other test runs: give them room.
test.describe.configure({ timeout: 150_000 });

test.describe('injecting faults on the OnTime template', () => {
  test('OT-4/OT-5: a task stopped by keyboard is taken over within DOMAIN.md bounds, shown on the canvas, timeline, takeover strip and chart', async ({ page }) => {
    const errors = watchErrors(page);
    await openApp(page);
    const live = new LiveView(page);
    await live.controls.getByRole('button', { name: 'Play' }).click();
    await live.speed('20');

    // Keyboard: select OT1, press S (stop its process).
    await live.node('OT1').click();
    await expect(live.faultToolbar.getByRole('button', { name: 'Stop OnTime task' })).toHaveAttribute('aria-keyshortcuts', 'S');
    await page.keyboard.press('s');
    await expect(live.node('OT1').getByRole('status')).toHaveText(/Failed/);
    await expect(live.node('OT2').getByRole('status')).toHaveText(/Taking over/);
    await expect(live.node('OT2')).toContainText('Syncs MS1 for OT1');

    const injectedAt = await live.eventAt('Injected: stop OnTime task on OT1');
    const tookOverAt = await live.eventAt('OT2 took over the Sync of MS1 from OT1');
    expect(tookOverAt - injectedAt).toBeGreaterThanOrEqual(5_000);
    expect(tookOverAt - injectedAt).toBeLessThanOrEqual(15_000);

    // The fault is a marker on the time axis.
    await expect(page.getByRole('list', { name: 'Injected faults' }).getByRole('button', { name: /Fault at .*stop OnTime task on OT1/ })).toHaveCount(1);

    // Recover from the toolbar (the selected node's options follow its state).
    await live.faultToolbar.getByRole('button', { name: 'Start OnTime task' }).click();
    await live.pauseWhen('OT1 resumed the Sync of MS1; OT2 stopped standing in');

    await live.tab('Takeovers').click();
    const strip = page.getByRole('list', { name: 'Takeover timeline' }).getByRole('listitem', { name: /stop OnTime task on OT1/ });
    // One lane: the Sync, with its own RTO against the target; the headline says when users were served again.
    const sync = strip.getByRole('list', { name: 'Functions touched' }).getByRole('listitem', { name: /^OnTime Sync: took over after [\d.]+ s, RTO met \(target 30 s\)$/ });
    await expect(sync).toBeVisible();
    const rto = LiveView.seconds((await sync.getAttribute('aria-label'))!);
    expect(rto).toBeGreaterThanOrEqual(5);
    expect(rto).toBeLessThanOrEqual(15);
    await expect(strip).toContainText(`Service back for users after ${rto.toFixed(1)} s`);
    await expect(sync).toContainText(/Failed back\s*[\d.]+ s after recovery/);

    // A stricter RTO target turns the same takeover into a miss.
    await page.getByLabel('RTO target').fill('5');
    await expect(strip.getByRole('listitem', { name: /^OnTime Sync: took over after [\d.]+ s, RTO missed \(target 5 s\)$/ })).toBeVisible();

    // The chart got points and shows the fault markers.
    const chart = page.getByRole('figure', { name: /Sync lag of MS1/ });
    await expect(chart.locator('.chart-line')).toHaveCount(1);
    expect(await chart.locator('.chart-fault').count()).toBeGreaterThanOrEqual(1);
    // The plot reads its newest values by name, and the arrow keys read it sample by sample.
    const plot = chart.getByRole('img', { name: /^Sync lag of MS1 at \d\d:\d\d:\d\d: MS1 [\d.]+$/ });
    await plot.focus();
    await page.keyboard.press('Home');
    await expect(chart.locator('[aria-live="polite"]')).toHaveText(/^\d\d:\d\d:\d\d: MS1 [\d.]+$/);
    await page.keyboard.press('ArrowRight');
    await expect(chart.locator('[aria-live="polite"]')).toHaveText(/^\d\d:\d\d:\d\d: MS1 [\d.]+$/);
    expect(errors).toEqual([]);
  });

  test('a server crashed from its context menu fails, its peer takes over, and it recovers from the menu', async ({ page }) => {
    const errors = watchErrors(page);
    await openApp(page);
    const live = new LiveView(page);
    await live.controls.getByRole('button', { name: 'Play' }).click();
    await live.speed('60');
    await live.node('OT1').click({ button: 'right' });
    await page.getByRole('menu', { name: 'Actions for OT1' }).getByRole('menuitem', { name: 'Crash server' }).click();
    await expect(live.node('OT1')).toContainText('Server down (no power)');
    await expect(live.node('OT2').getByRole('status')).toHaveText(/Taking over/);
    const crashedAt = await live.eventAt('Injected: power failure of OT1');
    const tookOverAt = await live.eventAt('OT2 took over the Sync of MS1 from OT1');
    expect(tookOverAt - crashedAt).toBeLessThanOrEqual(15_000);

    await live.node('OT1').click({ button: 'right' });
    await page.getByRole('menu', { name: 'Actions for OT1' }).getByRole('menuitem', { name: 'Recover server' }).click();
    await expect(live.node('OT1').getByRole('status')).toHaveText(/Starting|Running/);
    await live.pauseWhen('OT1 resumed the Sync of MS1');
    await expect(live.node('OT1').getByRole('status')).toHaveText(/Running/);
    expect(errors).toEqual([]);
  });

  test('crashing a process and crashing the mail server are shown by state word, not colour alone', async ({ page }) => {
    const errors = watchErrors(page);
    await openApp(page);
    const live = new LiveView(page);
    await live.faultToolbar.getByLabel('Break').selectOption({ label: 'OT2' });
    await page.getByRole('heading', { name: 'Failover Lab' }).click();
    await page.keyboard.press('k');
    await expect(live.node('OT2').getByRole('status')).toHaveText(/Failed/);
    await live.eventAt('OnTime task on OT2: running → crashed');
    await live.faultToolbar.getByLabel('Break').selectOption({ label: 'OT1' });
    await live.faultToolbar.getByRole('button', { name: 'Crash server' }).click();
    await expect(live.node('OT1').getByRole('status')).toHaveText(/Failed/);
    await expect(live.node('OT1')).toContainText('Server down (no power)');
    await expect(page.getByRole('list', { name: 'Injected faults' }).getByRole('listitem')).toHaveCount(2);
    expect(errors).toEqual([]);
  });

  test('clicking an event highlights its nodes and moves the view to that moment; "why?" walks back to the fault', async ({ page }) => {
    const errors = watchErrors(page);
    await openApp(page);
    const live = new LiveView(page);
    await live.tab('Scenarios').click();
    await page.getByRole('button', { name: /^S1: The OnTime task dies on OT1/ }).click();
    await live.speed('60');
    await live.tab('Events').click();
    await live.pauseWhen('OT1 resumed the Sync of MS1');

    const takeover = live.events.getByRole('listitem').filter({ hasText: 'OT2 took over the Sync of MS1 from OT1' });
    await takeover.getByRole('button', { name: /Why did event #\d+ happen\?/ }).click();
    const chain = takeover.getByRole('list', { name: /Cause chain of event/ });
    // The chain opens with the parameter that set the takeover's moment, then walks back cause by cause.
    await expect(chain.getByRole('listitem').first()).toContainText('Takeover after = 10 s · OT-4');
    const causes = chain.locator(':scope > li').filter({ has: page.locator('time') });
    await expect(causes.first()).toContainText('OT2 declares OT1 dead');
    await expect(chain.getByRole('listitem').last()).toContainText('Injected: stop OnTime task on OT1');

    const at = await live.eventAt('OT2 took over the Sync of MS1 from OT1');
    await takeover.getByRole('button', { name: 'OT2 took over the Sync of MS1 from OT1' }).click();
    await expect.poll(() => live.clockMs()).toBe(at);
    await expect(live.node('OT2')).toContainText('In the picked event');
    await expect(live.node('OT1')).toContainText('In the picked event');
    await expect(live.node('LB')).not.toContainText('In the picked event');
    // At that moment the failback has not happened yet: the view is the past.
    await expect(live.events.getByRole('listitem').filter({ hasText: 'resumed the Sync' })).toHaveCount(0);
    await expect(live.node('OT2').getByRole('status')).toHaveText(/Taking over/);
    expect(errors).toEqual([]);
  });
});
