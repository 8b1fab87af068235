import { expect, test, type Page } from '@playwright/test';
import { eventTime, watchErrors } from './support/app';

async function openTemplate(page: Page, id: string): Promise<void> {
  await page.addInitScript(() => {
    if (!localStorage.getItem('failover-lab.language')) localStorage.setItem('failover-lab.language', 'en');
  });
  await page.goto(`/?template=${id}`);
}

async function nodeAction(page: Page, node: string, action: string): Promise<void> {
  await page.getByRole('group', { name: node, exact: true }).click({ button: 'right' });
  await page.getByRole('menu', { name: `Actions for ${node}` }).getByRole('menuitem', { name: action }).click();
}

test('S2 on P1: OT1\'s whole Domino server dies; OT2 takes over its Sync and its mail DBs, then everything fails back (OT-1, OT-4, OT-5, OT-6)', async ({ page }) => {
  const errors = watchErrors(page);
  await openTemplate(page, 'ontime-p1-colocated');
  const ot1 = page.getByRole('group', { name: 'OT1', exact: true });
  const ot2 = page.getByRole('group', { name: 'OT2', exact: true });
  await expect(ot1.getByRole('status')).toHaveText(/Running/);
  await expect(ot1).toContainText('Syncs its local mail DBs');
  await expect(ot2).toContainText('Syncs its local mail DBs');

  await page.getByRole('button', { name: 'Play' }).click();
  // 60×: the ≈95 simulated seconds to the LB's verdict and the failback after the recovery take seconds, not minutes.
  await page.getByLabel('Speed').selectOption('60');
  await nodeAction(page, 'OT1', 'Crash server');

  // The server is gone: the canvas says so in words, not only in colour.
  await expect(ot1.getByRole('status')).toHaveText(/Failed/);
  await expect(ot1).toContainText('Server down (no power)');

  // ≈10 simulated seconds later OT2 syncs OT1's mail DBs on OT1's behalf.
  await expect(ot2.getByRole('status')).toHaveText(/Taking over/);
  await expect(ot2).toContainText('Syncs the mail DBs of OT1 on its behalf');
  const crashedAt = await eventTime(page, 'Injected: power failure of OT1');
  const stoppedAt = await eventTime(page, 'Sync of OT1 stopped: OT1 is down');
  const tookOverAt = await eventTime(page, 'OT2 took over the Sync of OT1 from OT1');
  expect(stoppedAt).toBe(crashedAt);
  expect(tookOverAt - crashedAt).toBeGreaterThanOrEqual(5_000);
  expect(tookOverAt - crashedAt).toBeLessThanOrEqual(15_000);

  // REST: the LB keeps sending OT1 its share until three failed health checks (≤ ≈90 s), then only OT2 answers.
  const clients = page.getByRole('group', { name: 'Clients', exact: true });
  // (The degraded spell is short at 60×: read it from the event log rather than catching the status word.)
  const degradedAt = await eventTime(page, 'Users of Clients: some requests fail');
  const markedDownAt = await eventTime(page, 'LB marks OT1 down (health checks failed)');
  expect(markedDownAt - crashedAt).toBeGreaterThanOrEqual(60_000);
  expect(markedDownAt - crashedAt).toBeLessThanOrEqual(95_000);
  expect(degradedAt - crashedAt).toBeLessThanOrEqual(1_000);
  await expect(page.getByRole('group', { name: 'LB', exact: true })).toContainText('Marked down: OT1');
  await expect(clients).toContainText('100 % of requests answered');
  await eventTime(page, 'Users of Clients are served normally again');

  // After the retries, OnTime uses the replica of OT1's mail DBs on its cluster mate.
  const failoverAt = await eventTime(page, 'OT2 switched the mail DBs of OT1 from OT1 to the cluster replica on OT2');
  expect(failoverAt - tookOverAt).toBeGreaterThanOrEqual(15_000);
  expect(failoverAt - tookOverAt).toBeLessThanOrEqual(35_000);
  await expect(ot1).toContainText('OnTime uses the replica on OT2');

  // Power back: Domino boots, the task starts, Sync and mail DB access go home.
  await nodeAction(page, 'OT1', 'Recover server');
  await eventTime(page, 'OT1 resumed the Sync of OT1; OT2 stopped standing in');
  await expect(ot1.getByRole('status')).toHaveText(/Running/);
  await expect(ot2).not.toContainText('of OT1 on its behalf');
  // Whoever syncs OT1's mail DBs when the home server answers again (OT2 still standing in, or OT1 once it has
  // resumed: it depends on the moment of the click) goes back to the home replica (OT-6/OT-7).
  await eventTime(page, /OT[12] uses the mail DBs of OT1 on the home server OT1 again/);
  await expect(ot1).not.toContainText('replica');

  // The takeover view reads the crash as three lanes, each with its own RTO: Sync ≈10 s, mail DBs on the replica
  // ≈35 s, REST back once the LB marked OT1 down (≈75 s); the headline is when users were served again.
  await page.getByRole('tab', { name: 'Takeovers' }).click();
  const row = page.getByRole('list', { name: 'Takeover timeline' }).getByRole('listitem', { name: /power failure of OT1/ });
  const lanes = row.getByRole('list', { name: 'Functions touched' }).getByRole('listitem');
  const names = await lanes.evaluateAll((items) => items.map((li) => li.getAttribute('aria-label') ?? ''));
  expect(names).toHaveLength(3);
  const lane = (i: number, re: RegExp) => {
    const m = re.exec(names[i]!);
    if (!m) throw new Error(`lane ${i} reads "${names[i]}", expected ${re}`);
    return Number(m[1]);
  };
  const syncS = lane(0, /^OnTime Sync: took over after ([\d.]+) s, RTO met \(target 30 s\)$/);
  const mailS = lane(1, /^Mail DB access: took over after ([\d.]+) s, RTO (?:met|missed) \(target 30 s\)$/);
  const restS = lane(2, /^REST through the load balancer: back after ([\d.]+) s, RTO missed \(target 30 s\)$/);
  expect(syncS).toBeGreaterThanOrEqual(5);
  expect(syncS).toBeLessThanOrEqual(15);
  expect(mailS).toBeGreaterThanOrEqual(30);
  expect(mailS).toBeLessThanOrEqual(45);
  expect(restS).toBeGreaterThanOrEqual(60);
  expect(restS).toBeLessThanOrEqual(95);
  // Each lane agrees with the event log read above.
  expect(Math.abs(syncS * 1000 - (tookOverAt - crashedAt))).toBeLessThanOrEqual(100);
  expect(Math.abs(mailS * 1000 - (failoverAt - crashedAt))).toBeLessThanOrEqual(100);
  expect(Math.abs(restS * 1000 - (markedDownAt - crashedAt))).toBeLessThanOrEqual(100);
  await expect(row).toContainText(`Service back for users after ${restS.toFixed(1)} s`);
  expect(errors).toEqual([]);
});
