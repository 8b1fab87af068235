import { expect, test } from '@playwright/test';
import { watchErrors } from './support/app';
import { LiveView } from './support/live';

/** Opens a built-in template by URL, in English (the language a first visit gets). */
async function openTemplate(page: import('@playwright/test').Page, id: string): Promise<void> {
  await page.addInitScript(() => {
    if (!localStorage.getItem('failover-lab.language')) localStorage.setItem('failover-lab.language', 'en');
  });
  await page.goto(`/?template=${id}`);
}

/** Injects from the fault toolbar while paused (the toolbar holds still), then plays on. */
async function injectOnLink(live: LiveView, button: string): Promise<void> {
  await live.pause();
  await live.faultToolbar.getByRole('combobox').selectOption({ label: 'Site 1 ↔ Site 2' });
  await live.faultToolbar.getByRole('button', { name: button }).click();
  await live.controls.getByRole('button', { name: 'Play' }).click();
}

test.describe('WebLogic MAA templates', () => {
  // Two whole MAA topologies animating at once starve a shared machine: one at a time.
  test.describe.configure({ mode: 'serial' });

  test('S7 / WL-17: a network partition between the sites: site 2 loses the database, OTDs keep routing in their own site, Coherence federation pauses and converges after the heal', async ({ page }) => {
    test.setTimeout(120_000);
    const errors = watchErrors(page);
    await openTemplate(page, 'weblogic-maa');
    const live = new LiveView(page);
    await expect(live.node('MS3').getByRole('status')).toHaveText(/Running/);
    await expect(live.node('OTD 2')).toContainText('Routes to MS3, MS4');
    await expect(live.node('DB primary')).toContainText('Primary');

    await live.controls.getByRole('button', { name: 'Play' }).click();
    await live.speed('60');

    // Pick the link between the sites as the target in the fault toolbar and partition it.
    await injectOnLink(live, 'Partition Site 1 ↔ Site 2');
    const cutAt = await live.eventAt(/Injected: .*partition/i);

    // Site 2 cannot reach the database: its servers are shown degraded, with the reason in words.
    await expect(live.node('MS3').getByRole('status')).toHaveText(/Degraded/, { timeout: 30_000 });
    await expect(live.node('MS3')).toContainText('Database unreachable');
    await expect(live.node('MS1').getByRole('status')).toHaveText(/Running|Taking over/);
    const failingAt = await live.eventAt('Transactions fail on MS3: database DB primary unreachable');
    expect(failingAt - cutAt).toBeLessThanOrEqual(2_000);
    await expect(live.node('Coherence 2')).toContainText('Federation paused');

    // Each side declares the other dead; site 2's singleton services move to site 1 after the lease expires.
    await live.eventAt(/MS1 declares MS3 dead/);
    await expect(live.events.getByRole('listitem').filter({ hasText: /jta:MS3 migrated from MS3 to MS[12]/ }).first()).toBeVisible({ timeout: 45_000 });
    await expect(live.node('OTD 2')).toContainText('Routes to MS3, MS4');
    await expect(live.node('OTD 1')).toContainText('Routes to MS1, MS2');

    // Heal (paused, as a presenter would, so the toolbar holds still): transactions resume, the caches converge.
    await injectOnLink(live, 'Heal the partition');
    await live.pauseWhen(/Coherence 1 caught up with Coherence 2/);
    await live.eventAt(/MS3 reaches the database again/);
    await expect(live.node('MS3')).not.toContainText('Database unreachable');
    expect(errors).toEqual([]);
  });

  test('the common-mistakes variant plays live: its design checks name the mistakes, and a partition splits the stretched Coherence cluster', async ({ page }) => {
    test.setTimeout(120_000);
    const errors = watchErrors(page);
    await openTemplate(page, 'weblogic-mistakes');
    const live = new LiveView(page);
    await expect(live.node('MS1').getByRole('status')).toHaveText(/Running/);
    await expect(live.node('Admin Server')).toContainText('Consensus leasing');
    await live.tab('Checks').click();
    await expect(page.getByText(/stretched over both sites: exposed to split brain/).first()).toBeVisible();
    await expect(page.getByText(/a stretched cluster only works in a metro latency model/).first()).toBeVisible();

    await live.controls.getByRole('button', { name: 'Play' }).click();
    await live.speed('60');
    await injectOnLink(live, 'Partition Site 1 ↔ Site 2');
    await live.tab('Events').click();
    await live.eventAt(/Split brain in Coherence cluster/);
    await live.pauseWhen(/MS[34] has no quorum and shuts itself down/);
    await expect(live.node('Coherence 1')).toContainText('Split brain');
    expect(errors).toEqual([]);
  });
});
