import { expect, test } from '@playwright/test';
import { openApp, watchErrors } from './support/app';
import { LiveView } from './support/live';

// Nine scripted outages, each run to its key moment as fast as the worker can.
test.describe.configure({ timeout: 150_000 });

/** Each scenario button of the Scenarios tab, and the event sentence that shows DOMAIN.md §3's key observation. */
const SCENARIOS: ReadonlyArray<[button: RegExp, sentence: RegExp]> = [
  [/^S1: The OnTime task dies/, /OT2 took over the Sync of MS1 from OT1/],
  [/^S2: OT1's whole Domino server dies/, /LB marks OT1 down \(health checks failed\)/],
  [/^S3: A WebLogic managed server crashes/, /sessions of MS1 continue on their secondary MS2/],
  [/^S4: Both copies of a session are lost/, /sessions of MS1 are lost: their secondary MS2 is gone too/],
  [/^S5: Complete failure of site 1/, /DB standby is now the primary database/],
  [/^S6: Planned maintenance of site 1/, /Switchover to DB standby started by Site Guard 1/],
  [/^S7: Network partition between the sites/, /MS1 declares MS3 dead/],
  [/^S7: Partition with the common mistakes/, /Split brain in Coherence cluster/],
  [/^S8: Inter-site latency raised/, /outside the metro latency model \(≤ 10 ms\)/],
];

test('S1–S8 each play with one click from the Scenarios tab: the key event appears and the charts draw', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  const live = new LiveView(page);
  await live.speed('max');
  for (const [button, sentence] of SCENARIOS) {
    await live.tab('Scenarios').click();
    await page.getByRole('button', { name: button }).click();
    await live.tab('Events').click();
    await expect(live.events.getByRole('listitem').filter({ hasText: sentence }).first(), String(button)).toBeVisible({ timeout: 30_000 });
    // The first chart (throughput, or the Sync lag where no clients send requests) has a line of several points.
    const line = page.getByRole('figure').first().locator('path.chart-line').first();
    await expect.poll(async () => ((await line.getAttribute('d')) ?? '').split(/[LC]/).length, { message: String(button) }).toBeGreaterThan(3);
  }
  await live.pause();
  expect(errors).toEqual([]);
});
