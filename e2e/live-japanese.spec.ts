import { expect, test } from '@playwright/test';
import { validateDesign, type DesignDoc, runScenario } from '../src/engine';
import maa from '../src/templates/weblogic-maa.json' with { type: 'json' };
import { watchErrors } from './support/app';
import { LiveView } from './support/live';

// A few minutes of a whole WebLogic topology at 60×, replayed once, on a machine shared with other test runs.
test.describe.configure({ timeout: 150_000 });

test('in Japanese: a one-way partition by key, an RTT from the link menu, a site down from its menu; time travel and replay give the same run, with the hash Node computes', async ({ page }) => {
  const errors = watchErrors(page);
  await page.addInitScript(() => localStorage.setItem('failover-lab.language', 'ja'));
  await page.goto('/?template=weblogic-maa');
  const live = new LiveView(page);
  const canvas = page.getByRole('region', { name: '構成キャンバス' });
  await live.controls.getByRole('button', { name: '再生' }).click();
  await live.speed('60');

  // A one-way partition: pick the link, then its shortcut.
  await live.faultToolbar.getByLabel('対象').selectOption({ label: 'Site 1 ↔ Site 2' });
  await page.keyboard.press('Tab');
  await page.keyboard.press('o');
  await live.eventAt('ネットワーク分断 Site 1 ⇸ Site 2');
  await expect(canvas.getByText('片方向', { exact: true })).toBeVisible();

  // The RTT, with the slider of the link's menu, opened from the keyboard on the focused link (Shift+F10).
  await page.getByRole('group', { name: /^Site 1 ↔ Site 2: RTT 5 ms/ }).focus();
  await page.keyboard.press('Shift+F10');
  await page.getByRole('menu', { name: 'Site 1 ↔ Site 2 の操作' }).getByRole('slider').fill('20');
  await live.eventAt(/往復遅延が 5 ms から 20 ms に変化/);

  // Site 2 down, from the site's own context menu.
  await live.node('Site 2').getByText('Site 2', { exact: true }).click({ button: 'right' });
  await page.getByRole('menu', { name: 'Site 2 の操作' }).getByRole('menuitem', { name: 'サイトをダウンさせる' }).click();
  await live.eventAt('サイト Site 2 の電源が落ちた');
  await expect(live.node('MS3').getByRole('status')).toHaveText(/障害/);

  await expect.poll(() => live.clockMs()).toBeGreaterThan((await live.fingerprint()).script.at(-1)!.atMs + 30_000);
  await live.pause();
  // Time travel to a whole second (the cursor's step): the view is re-run there from the seed and the script.
  const cursor = page.getByRole('slider', { name: '時間カーソル' });
  const moment = Math.floor((await live.clockMs()) / 1000) * 1000 - 1000;
  await cursor.fill(String(moment));
  await expect.poll(() => live.clockMs()).toBe(moment);

  // Determinism across the browser's worker and Node: same design, seed and script → same event-log hash.
  const seen = await live.fingerprint();
  expect(seen.timeMs).toBe(moment);
  expect(seen.script.map((e) => e.fault.kind)).toEqual(['partition', 'setRtt', 'siteDown']);
  expect(seen.eventCount).toBeLessThan(1000);
  const node = runScenario((validateDesign(maa) as { design: DesignDoc }).design, { seed: seen.seed, faults: seen.script, untilMs: seen.timeMs });
  expect(node.events.length).toBe(seen.eventCount);
  expect(seen.eventHash).toBe(node.eventHash);
  const recorded = await live.eventLines();

  // Back in time: before the site went down, nothing of it has happened yet.
  await cursor.fill(String(seen.script[2]!.atMs - 1000));
  await expect(live.node('MS3').getByRole('status')).not.toHaveText(/障害/);
  await expect(live.events.getByRole('listitem').filter({ hasText: '電源が落ちた' })).toHaveCount(0);

  // Replay the recorded script from the start, then travel to the same moment: the same run, line for line.
  await live.tab('シナリオ').click();
  await page.getByRole('button', { name: '最初から再生' }).click();
  // The fastest speed to get past the moment: where the replay pauses does not matter, the cursor goes back to it.
  await live.speed('max');
  await expect.poll(() => live.clockMs(), { timeout: 60_000 }).toBeGreaterThan(seen.timeMs);
  await live.pause();
  await cursor.fill(String(seen.timeMs));
  await expect.poll(() => live.clockMs()).toBe(seen.timeMs);
  await live.tab('イベント').click();
  await expect.poll(() => live.eventLines()).toEqual(recorded);
  expect((await live.fingerprint()).eventHash).toBe(seen.eventHash);
  expect(errors).toEqual([]);
});
