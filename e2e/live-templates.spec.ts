import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './support/app';
import { LiveView } from './support/live';

// Whole outages on the bigger templates, at up to 60×, on a machine shared with other test runs.
test.describe.configure({ timeout: 150_000 });

async function openTemplate(page: Page, id: string, lang = 'en'): Promise<LiveView> {
  await page.addInitScript((l) => {
    if (!localStorage.getItem('failover-lab.language')) localStorage.setItem('failover-lab.language', l);
  }, lang);
  await page.goto(`/?template=${id}`);
  const live = new LiveView(page);
  await expect(live.controls).toBeVisible();
  return live;
}

test('S7: a partition between the sites of the MAA template, from the fault toolbar: drawn cut, on the timeline, healed', async ({ page }) => {
  const errors = watchErrors(page);
  const live = await openTemplate(page, 'weblogic-maa');
  await live.controls.getByRole('button', { name: 'Play' }).click();
  await live.speed('60');
  await live.faultToolbar.getByLabel('Break').selectOption({ label: 'Site 1 ↔ Site 2' });
  await expect(live.faultToolbar.getByRole('button', { name: 'One-way partition Site 1 → Site 2' })).toBeVisible();
  await expect(live.faultToolbar.getByRole('slider')).toHaveValue('5');
  await live.faultToolbar.getByRole('button', { name: 'Partition Site 1 ↔ Site 2' }).click();
  await live.eventAt('Network partition: Site 1 can no longer reach Site 2');
  await expect(page.getByRole('region', { name: 'Design canvas' }).getByText('cut', { exact: true })).toBeVisible();
  // Each side declares the other failed within DOMAIN.md's 30 s.
  const cutAt = await live.eventAt('Injected: network partition Site 1 ⇸ Site 2');
  const firstVerdict = await live.eventAt(/declares .* dead|marked .* down|detected/i);
  expect(firstVerdict - cutAt).toBeLessThanOrEqual(30_000);

  await live.faultToolbar.getByRole('button', { name: 'Heal the partition' }).click();
  await live.eventAt(/Network partition between .* healed/);
  await expect(page.getByRole('region', { name: 'Design canvas' }).getByText('cut', { exact: true })).toHaveCount(0);
  await live.pause();
  await live.tab('Takeovers').click();
  await expect(page.getByRole('list', { name: 'Takeover timeline' }).getByRole('listitem', { name: /network partition Site 1 ⇸ Site 2/ })).toContainText('Detected');
  expect(errors).toEqual([]);
});

test('the common-mistakes template shows its design checks with behaviour ID, nodes and fix; a node button selects it', async ({ page }) => {
  const errors = watchErrors(page);
  await openTemplate(page, 'weblogic-mistakes');
  await page.getByRole('tab', { name: /Checks/ }).click();
  const findings = page.getByRole('list', { name: 'Design checks' }).getByRole('listitem');
  expect(await findings.count()).toBeGreaterThanOrEqual(3);
  await expect(findings.filter({ hasText: 'WL-3' }).first()).toContainText('Fix:');
  await expect(findings.filter({ hasText: 'WL-12' }).first()).toBeVisible();
  const withNodes = findings.filter({ has: page.getByRole('group', { name: 'Nodes concerned' }) }).first();
  const nodeButton = withNodes.getByRole('group', { name: 'Nodes concerned' }).getByRole('button').first();
  const nodeName = await nodeButton.innerText();
  await nodeButton.click();
  await expect(page.getByRole('region', { name: 'Inspector' })).toContainText(nodeName);
  await expect(page.getByRole('tab', { name: /Checks/ })).toContainText(/\d/);
  expect(errors).toEqual([]);
});

test('S2 plays with one click on the P1 template: OT1 powered off, OT2 takes over its Sync within DOMAIN.md bounds', async ({ page }) => {
  const errors = watchErrors(page);
  const live = await openTemplate(page, 'ontime-minimal');
  await live.tab('Scenarios').click();
  await page.getByRole('button', { name: /^S2: OT1's whole Domino server dies/ }).click();
  await expect(live.node('OT1')).toContainText('Domino server');
  await live.speed('60');
  await live.tab('Events').click();
  const crashedAt = await live.eventAt('Injected: power failure of OT1');
  const tookOverAt = await live.eventAt(/OT2 took over the Sync of .* from OT1/);
  expect(tookOverAt - crashedAt).toBeGreaterThanOrEqual(5_000);
  expect(tookOverAt - crashedAt).toBeLessThanOrEqual(15_000);
  await live.eventAt('OT1 lost power');
  await expect(page.getByRole('list', { name: 'Injected faults' }).getByRole('listitem')).toHaveCount(2);
  expect(errors).toEqual([]);
});

test('in Japanese: S8 raises the RTT to 20 ms with one click, warns outside the supported range, and the sweep draws throughput vs RTT', async ({ page }) => {
  const errors = watchErrors(page);
  const live = await openTemplate(page, 'weblogic-maa', 'ja');
  await live.tab('シナリオ').click();
  await page.getByRole('button', { name: /^S8: サイト間遅延を5msから20msへ/ }).click();
  await live.speed('60');
  await live.tab('イベント').click();
  await live.eventAt(/往復遅延が 5 ms から 20 ms に変化/);
  const sweep = page.getByRole('figure', { name: 'スループットとRTTの関係' });
  await expect(sweep.getByRole('alert')).toContainText('サポート範囲');
  await sweep.getByRole('button', { name: 'スイープを実行' }).click();
  await expect(sweep.locator('.recharts-line-curve')).toHaveCount(1);
  await expect(sweep.getByText('サポート上限 10 ms')).toBeVisible();
  await expect(sweep.getByText('現在 20 ms')).toBeVisible();
  expect(errors).toEqual([]);
});

test('in Japanese: S1 with one click, the takeover strip measures the RTO against the target and "why?" explains it', async ({ page }) => {
  const errors = watchErrors(page);
  const live = await openTemplate(page, 'ontime-minimal', 'ja');
  await live.tab('シナリオ').click();
  await page.getByRole('button', { name: /^S1: OT1 のOnTimeタスクが停止/ }).click();
  await live.speed('60');
  await live.tab('イベント').click();
  await live.pauseWhen(/OT1 が MS1 のSyncを再開/);
  const takeover = live.events.getByRole('listitem').filter({ hasText: /OT2 が OT1 に代わって MS1 のSyncを引き継いだ/ });
  await takeover.getByRole('button', { name: /イベント #\d+ はなぜ起きた/ }).click();
  const why = takeover.getByRole('list', { name: /原因の連鎖/ });
  await expect(why.getByRole('listitem').last()).toContainText('障害注入');
  // The parameter that set the takeover's moment, its value, DOMAIN ID and source (OT-4).
  await expect(why.getByRole('list', { name: 'タイミングを決めたパラメーター' }).first()).toHaveText('引き継ぎまでの時間 = 10 秒 · OT-4、元資料');
  await live.tab('引き継ぎ').click();
  const strip = page.getByRole('list', { name: '引き継ぎタイムライン' }).getByRole('listitem').first();
  const sync = strip.getByRole('list', { name: '影響を受けた機能' }).getByRole('listitem', { name: /^OnTime Sync: [\d.]+ 秒後に引き継ぎ、目標RTO 30 秒以内$/ });
  await expect(sync).toBeVisible();
  const rto = LiveView.seconds((await sync.getAttribute('aria-label'))!);
  expect(rto).toBeGreaterThanOrEqual(5);
  expect(rto).toBeLessThanOrEqual(15);
  await expect(strip).toContainText(/ユーザー向けサービスは [\d.]+ 秒後に復旧/);
  await expect(sync).toContainText(/復旧の [\d.]+ 秒後/);
  expect(errors).toEqual([]);
});

test('zoomed far out the canvas keeps each server\'s state but drops its notes (unreadable there); zooming in brings them back', async ({ page }) => {
  const errors = watchErrors(page);
  const live = await openTemplate(page, 'weblogic-maa');
  const otd = live.node('OTD 2');
  await expect(otd).toContainText('Routes to MS3, MS4');
  const scale = async () => Number(/scale\(([\d.]+)\)/.exec(await page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform))?.[1] ?? 1);
  while ((await scale()) >= 0.25) await page.getByRole('button', { name: 'Zoom out', exact: true }).click();
  await expect(otd.getByRole('status')).toHaveText(/Running/);
  await expect(otd).not.toContainText('Routes to');
  while ((await scale()) < 0.25) await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await expect(otd).toContainText('Routes to MS3, MS4');
  expect(errors).toEqual([]);
});

/** Pairs of edge labels that cover each other, and labels on a server or a cluster's name, as the page draws them now. */
function labelClashes(page: Page): Promise<{ labels: number; overlaps: number; onServers: number; onClusterNames: number }> {
  return page.evaluate(() => {
    const meet = (a: DOMRect, b: DOMRect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    const labels = [...document.querySelectorAll('.edge-label')].map((e) => e.getBoundingClientRect());
    const servers = [...document.querySelectorAll('.react-flow__node-server')].map((e) => e.getBoundingClientRect());
    let overlaps = 0;
    labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => (overlaps += meet(a, b) ? 1 : 0)));
    const onServers = labels.filter((a) => servers.some((s) => meet(a, s))).length;
    const names = [...document.querySelectorAll('.cluster-name')].map((e) => e.getBoundingClientRect());
    const onClusterNames = labels.filter((a) => names.some((n) => meet(a, n))).length;
    return { labels: labels.length, overlaps, onServers, onClusterNames };
  });
}

test('edge labels never cover each other, a server or a cluster\'s name: the common-mistakes template, where a dozen labels meet between two sites', async ({ page }) => {
  const errors = watchErrors(page);
  const live = await openTemplate(page, 'weblogic-mistakes');
  await live.controls.getByRole('button', { name: 'Play' }).click();
  await live.speed('10');
  // Lags and RTTs of the stretched cluster: before labels were spread, 11 pairs overlapped and 8 labels hid under servers.
  await expect.poll(async () => (await labelClashes(page)).labels, { timeout: 20_000 }).toBeGreaterThanOrEqual(10);
  await live.pause();
  await expect.poll(async () => labelClashes(page)).toMatchObject({ overlaps: 0, onServers: 0, onClusterNames: 0 });
  // Dragging a server moves its edges' labels: they are spread again.
  const ms2 = live.node('MS2');
  const box = (await ms2.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 8);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 120, box.y + 60, { steps: 8 });
  await page.mouse.up();
  await expect.poll(async () => labelClashes(page)).toMatchObject({ overlaps: 0, onServers: 0, onClusterNames: 0 });
  expect(errors).toEqual([]);
});

test('edge labels keep clear of cluster names: the fault-tolerant OnTime template, where Sync lags sat on the cluster titles', async ({ page }) => {
  const errors = watchErrors(page);
  const live = await openTemplate(page, 'ontime-p3-fault-tolerant');
  await live.controls.getByRole('button', { name: 'Play' }).click();
  await expect.poll(async () => (await labelClashes(page)).labels, { timeout: 20_000 }).toBeGreaterThanOrEqual(4);
  await live.pause();
  await expect.poll(async () => labelClashes(page)).toMatchObject({ overlaps: 0, onServers: 0, onClusterNames: 0 });
  expect(errors).toEqual([]);
});
