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

test.describe('WebLogic MAA reference template', () => {
  test('S7 / WL-17: a network partition between the sites: site 2 loses the database, OTDs keep routing in their own site, Coherence federation pauses and converges after the heal', async ({ page }) => {
    test.setTimeout(120_000);
    const errors = watchErrors(page);
    await openTemplate(page, 'weblogic-maa');
    const live = new LiveView(page);
    await expect(live.node('MS3').getByRole('status')).toHaveText(/Running/);
    await expect(live.node('OTD 2')).toContainText('Routes to MS3, MS4');
    await expect(live.node('DB primary')).toContainText('Primary');

    await live.controls.getByRole('button', { name: 'Play' }).click();
    await live.speed('20');

    // Pick the link between the sites as the target in the fault toolbar and partition it.
    await live.faultToolbar.getByRole('combobox').selectOption({ label: 'Site 1 ↔ Site 2' });
    await live.faultToolbar.getByRole('button', { name: 'Partition the sites' }).click();
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
    await live.controls.getByRole('button', { name: 'Pause' }).click();
    await live.faultToolbar.getByRole('button', { name: 'Heal the partition' }).click();
    await live.controls.getByRole('button', { name: 'Play' }).click();
    await live.pauseWhen(/Coherence 1 caught up with Coherence 2/);
    await live.eventAt(/MS3 reaches the database again/);
    await expect(live.node('MS3')).not.toContainText('Database unreachable');
    expect(errors).toEqual([]);
  });
});
