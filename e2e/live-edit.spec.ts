import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './support/app';
import { LiveView } from './support/live';

/** Issue 17 §5: editing a design while its run is live. One two-site OnTime design, one live run per test. */
test.describe.configure({ timeout: 120_000 });
async function openTwoSites(page: Page): Promise<LiveView> {
  await page.addInitScript(() => {
    if (!localStorage.getItem('failover-lab.language')) localStorage.setItem('failover-lab.language', 'en');
  });
  await page.goto('/?template=ontime-p2-two-sites');
  const live = new LiveView(page);
  await expect(live.node('OT2').getByRole('status')).toHaveText(/Running/);
  await live.controls.getByRole('button', { name: 'Play' }).click();
  await live.speed('20');
  await expect.poll(() => live.clockMs()).toBeGreaterThan(20_000);
  return live;
}

/**
 * Clicks a wire where a person would: on its line (the centre of its bounding box is off a curved line), a third of
 * the way along (headless Chromium here did not hit-test some wires at their midpoint, with or without a run).
 * Whatever is drawn there on top (a live Sync line) must let the click through.
 */
async function clickWire(page: Page, name: string | RegExp): Promise<void> {
  const path = page.getByRole('group', { name }).locator('path.react-flow__edge-path');
  const at = await path.evaluate((el: SVGPathElement) => {
    const p = el.getPointAtLength(el.getTotalLength() * 0.3);
    // From the path's own units to the screen through its two boxes (the canvas zooms by a CSS transform).
    const box = el.getBBox();
    const rect = el.getBoundingClientRect();
    return { x: rect.left + ((p.x - box.x) * rect.width) / (box.width || 1), y: rect.top + ((p.y - box.y) * rect.height) / (box.height || 1) };
  });
  await page.mouse.click(at.x, at.y);
}

test('a wire under a live Sync line is selected with the mouse; its inspector names kind and ends and deletes it, and the restart is announced', async ({ page }) => {
  const errors = watchErrors(page);
  const live = await openTwoSites(page);
  const inspector = page.getByRole('region', { name: 'Inspector' });
  // OT2 syncs MS3: the live Sync line lies right over the design's wire, and must let the click through.
  await expect(page.locator('.react-flow__edge.edge-live.edge-sync').first()).toBeAttached();
  await clickWire(page, 'OT2 syncs (watches) MS3');
  await expect(inspector.getByRole('heading', { name: 'OT2 syncs (watches) MS3' })).toBeVisible();
  await expect(inspector.getByRole('definition')).toHaveText(['syncs (watches)', 'OT2', 'MS3']);
  expect(await live.clockMs()).toBeGreaterThan(20_000);

  await inspector.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'the run restarted from 0:00' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'OT2 syncs (watches) MS3' })).toHaveCount(0);
  // Undoable: the wire comes back; the node's connections list it again, and a click there selects it.
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('group', { name: 'OT2', exact: true }).click();
  await inspector.getByRole('region', { name: 'Connections' }).getByRole('button', { name: 'syncs (watches): OT2 → MS3' }).click();
  await expect(inspector.getByRole('heading', { name: 'OT2 syncs (watches) MS3' })).toBeVisible();
  expect(errors).toEqual([]);
});

test("a slowed link shows its live RTT beside the designed one; a timing parameter edited while running applies from now without resetting the clock", async ({ page }) => {
  const errors = watchErrors(page);
  const live = await openTwoSites(page);
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await clickWire(page, /^Site 1 ↔ Site 2: RTT 20 ms/);
  await expect(inspector.getByText('RTT now: 20 ms (designed 20 ms)')).toBeVisible();
  await page.keyboard.press(']');
  await live.eventAt('Round trip of Site 1 ↔ Site 2 changed from 20 ms to 25 ms');
  await expect(inspector.getByText('RTT now: 25 ms (designed 20 ms)')).toBeVisible();

  await page.getByRole('group', { name: 'OT1', exact: true }).click();
  const before = await live.clockMs();
  const field = inspector.getByRole('group', { name: 'Parameters' }).getByLabel('Sync interval');
  await field.fill('10000');
  await field.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /Edit applied at .*: the run goes on/ })).toBeVisible();
  const appliedAt = await live.eventAt('OT1 runs on with new parameters from now: Sync interval 10000');
  expect(appliedAt).toBeGreaterThanOrEqual(before);
  expect(await live.clockMs()).toBeGreaterThanOrEqual(appliedAt);
  // The change is on the timeline's script: a replay with the same seed applies it at the same moment.
  const run = await live.fingerprint();
  expect(run.script.at(-1)).toEqual({ atMs: appliedAt, fault: { kind: 'setParams', target: 'OT1', params: { syncIntervalMs: 10_000 } } });
  expect(errors).toEqual([]);
});
