import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openApp, watchErrors } from './support/app';

// Whole sweeps and comparisons run in the analysis worker on a machine shared with other test runs.
test.describe.configure({ timeout: 180_000 });

/** A P2 built by hand (not the template): users → one load balancer → two OnTime servers, each syncing a mail server. */
const handBuiltP2 = readFileSync(new URL('./fixtures/p2-one-lb.json', import.meta.url));

async function openAnalysis(page: Page, tab: RegExp): Promise<void> {
  await page.getByRole('tab', { name: /^(Analysis|分析)$/ }).click();
  await page.getByRole('region', { name: /Is this design good enough\?|この設計で十分か/ }).getByRole('tab', { name: tab }).click();
}

test('OT-1: on a hand-built P2 the sweep names the load balancer\'s crash a worst failure and replays it live; availability shows nines with an interval', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  await page.getByLabel('Import design file…').setInputFiles({ name: 'p2.json', mimeType: 'application/json', buffer: handBuiltP2 });
  await expect(page.getByRole('group', { name: 'Balancer', exact: true })).toBeVisible();

  await openAnalysis(page, /^Single failures$/);
  await page.getByRole('button', { name: 'Run the sweep' }).click();
  const matrix = page.getByRole('table', { name: /Failures × services/ });
  await expect(matrix).toBeVisible({ timeout: 150_000 });
  await expect(page.getByText(/22 failures, \d+ of them miss a target; seed 7/)).toBeVisible();
  // Worst first: after the whole site, the balancer's crash; every server's crash ranks below it.
  const rows = matrix.locator('tbody tr');
  const headers = await rows.locator('th').allInnerTexts();
  expect(headers[0]).toBe('power failure of site Site A');
  expect(headers[1]).toBe('power failure of Balancer');
  expect(headers.indexOf('power failure of OT1')).toBeGreaterThan(3);
  await expect(rows.nth(1).getByRole('cell').first()).toContainText(/until repair/);
  await expect(rows.nth(1).getByRole('cell').first()).toContainText(/misses its target: restored after the RTO/);

  // The row replays on the canvas: the live run gets the crash and its repair, from the sweep's seed.
  await rows.nth(1).getByRole('button', { name: 'power failure of Balancer' }).click();
  await expect(rows.nth(1)).toHaveAttribute('aria-current', 'true');
  await expect.poll(async () => page.evaluate(() => window.__failoverLab?.run().script.map((e) => `${e.atMs}:${e.fault.kind}:${'target' in e.fault ? e.fault.target : ''}`))).toEqual(['60000:crashHost:LB', '660000:recoverHost:LB']);
  await expect(page.getByRole('toolbar', { name: 'Simulation controls' }).getByRole('button', { name: 'Pause' })).toBeVisible();

  // Availability over a few simulated years, beside the analytic estimate, with the component most to blame.
  await openAnalysis(page, /^Availability$/);
  await page.getByLabel('Simulated years').fill('3');
  await page.getByLabel('Simulated years').press('Enter');
  await page.getByRole('button', { name: 'Run availability' }).click();
  const table = page.getByRole('table', { name: 'Availability per service' });
  await expect(table).toBeVisible({ timeout: 150_000 });
  const users = table.getByRole('row', { name: /^Users/ });
  await expect(users).toContainText(/9\d\.\d{4} % – (9\d\.\d{4}|100\.0000) %/);
  await expect(users.getByRole('cell').nth(2)).toHaveText(/^\d\.\d\d$/);
  await expect(page.getByText(/3 simulated years, seed 7/)).toBeVisible();
  await expect(page.getByRole('list', { name: /^Criticality/ }).getByRole('listitem').first()).toContainText('Balancer');
  // Asked again: the same result from the cache.
  await page.getByRole('button', { name: 'Run availability' }).click();
  await expect(page.getByText('(From the cache: same design and parameters.)')).toBeVisible();
  expect(errors).toEqual([]);
});

test('comparing P1 with P3 (in Japanese) marks their differences in two columns', async ({ page }) => {
  const errors = watchErrors(page);
  await page.addInitScript(() => localStorage.setItem('failover-lab.language', 'ja'));
  await page.goto('/?template=ontime-p1-colocated');
  await openAnalysis(page, /^比較$/);
  await page.getByLabel('比較対象').selectOption('template:ontime-p3-fault-tolerant');
  await page.getByRole('button', { name: '比較', exact: true }).click();
  await expect(page.getByText(/^A = OnTime P1.*B = OnTime P3.*: \d+ 行が異なります。$/)).toBeVisible({ timeout: 170_000 });
  const services = page.getByRole('table', { name: 'サービス' });
  // P3 has mail servers of its own that P1 lacks: that row differs, and A has no such service.
  const ms1 = services.getByRole('row', { name: /^MS1/ });
  await expect(ms1).toContainText('相違あり');
  await expect(ms1.getByRole('cell').first()).toHaveText('この設計にはありません');
  await expect(page.getByRole('table', { name: '障害: 最大の影響' }).getByRole('row', { name: /相違あり/ }).first()).toBeVisible();
  expect(errors).toEqual([]);
});
