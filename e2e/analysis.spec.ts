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

  // The sub-tabs are ARIA tabs: arrows move (and wrap), Home/End go to the ends, one tab in the Tab order.
  const tabs = page.getByRole('tablist', { name: 'Analyses' });
  await tabs.getByRole('tab', { name: 'Single failures' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(tabs.getByRole('tab', { name: 'Targets' })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(tabs.getByRole('tab', { name: 'Single failures' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(tabs.getByRole('tab', { name: 'Availability' })).toBeFocused();
  await expect(tabs.getByRole('tab', { name: 'Availability' })).toHaveAttribute('aria-selected', 'true');
  await expect(tabs.getByRole('tab', { selected: false })).toHaveCount(3);
  await expect(tabs.locator('[tabindex="0"]')).toHaveCount(1);

  // The site is a component too (power, cooling), with the labelled estimate; its name selects it for the
  // inspector, where its MTBF is edited with unit, range, default and source, and undone.
  await page.getByText(/^MTBF and MTTR of the \d+ components$/).click();
  const siteRow = page.getByRole('row', { name: /^Site A/ });
  await expect(siteRow).toHaveText(/^Site A\s*43800 h estimate\s*8 h estimate$/);
  await siteRow.getByRole('button', { name: 'Site A' }).click();
  const reliability = page.getByRole('group', { name: 'Reliability of the site' });
  const mtbf = reliability.getByLabel('Mean time between failures (MTBF)');
  await expect(mtbf).toHaveValue('43800');
  await expect(reliability).toContainText('default 43800 h · Estimate: Uptime Institute Tier III (99.982 %)');
  await mtbf.fill('20000');
  await mtbf.press('Enter');
  await expect(siteRow).toHaveText(/^Site A\s*20000 h\s*8 h estimate$/);
  await reliability.getByRole('button', { name: 'Reset Mean time between failures (MTBF) to default' }).click();
  await expect(siteRow).toHaveText(/^Site A\s*43800 h estimate\s*8 h estimate$/);

  // Availability over a few simulated years, beside the analytic estimate, with the component most to blame.
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
  const failures = page.getByRole('table', { name: '障害: 最大の影響' });
  await expect(failures.getByRole('row', { name: /相違あり/ }).first()).toBeVisible();
  // Per failure, each function's takeover in A and B from the engine's lanes: OT1's mail DBs are a lane only in P1.
  await expect(failures.getByRole('columnheader', { name: '機能ごとの引き継ぎ(A · B)' })).toBeVisible();
  await expect(failures.getByRole('row', { name: /^crashHost:OT1/ }).getByRole('listitem').filter({ hasText: /B 中断なし/ }).first()).toContainText('相違あり');
  // The chart of A and B has a name and says in words what it shows; the table is its text alternative.
  const chart = page.getByRole('figure', { name: '最大の影響(AとBを重ねて表示)' });
  await expect(chart.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(chart).toContainText(/件の障害のうち影響の大きい \d+ 件/);
  expect(errors).toEqual([]);
});
