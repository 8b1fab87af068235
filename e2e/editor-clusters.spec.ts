import { expect, test, type Locator, type Page } from '@playwright/test';
import { openApp, watchErrors } from './support/app';
import { canvas, dragFromPalette, node, startEmpty, zoomToFit } from './support/editor';

const palette = (page: Page) => page.getByRole('navigation', { name: 'Palette' });
const inspector = (page: Page) => page.getByRole('region', { name: 'Inspector' });

/** Drags a server on the canvas so that its centre lands on `to` (page coordinates), in steps React Flow follows. */
async function dragNodeTo(page: Page, server: Locator, to: { x: number; y: number }): Promise<void> {
  await expect(canvas(page)).toHaveAttribute('aria-busy', 'false');
  const b = (await server.boundingBox())!;
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2 + 10, b.y + b.height / 2 + 10, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

test('a mail cluster from the palette by keyboard: its frame and two members in the site, one undo step; servers dragged out of and into the frame, a load balancer refused', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await openApp(page);
  await startEmpty(page);
  await dragFromPalette(page, 'Site', 40, 60);
  await zoomToFit(page);

  // Keyboard: focus the entry, Enter adds it in the middle of the view (inside the site).
  await palette(page).getByRole('button', { name: 'Domino mail cluster', exact: true }).press('Enter');
  const frame = node(page, 'Cluster Domino mail cluster 1');
  await expect(frame).toBeVisible();
  await expect(node(page, 'MS1')).toBeVisible();
  await expect(node(page, 'MS2')).toBeVisible();
  await node(page, 'MS2').click();
  await expect(inspector(page)).toContainText('Site 1');
  await expect(inspector(page).getByRole('group', { name: 'Clusters' })).toContainText('Domino mail cluster 1');

  // One undo step takes the cluster and both members away; redo brings them back.
  await canvas(page).click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ControlOrMeta+z');
  await expect(frame).toHaveCount(0);
  await expect(node(page, 'MS1')).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(frame).toBeVisible();
  await expect(node(page, 'MS2')).toBeVisible();

  // Out: MS2 dropped below the frame (still in the site) leaves the cluster, and the frame shrinks to MS1.
  const ms2 = (await node(page, 'MS2').boundingBox())!;
  await dragNodeTo(page, node(page, 'MS2'), { x: ms2.x + ms2.width / 2, y: ms2.y + ms2.height * 1.9 });
  await expect(page.getByRole('status').filter({ hasText: 'MS2 left Domino mail cluster 1.' })).toBeVisible();
  await node(page, 'MS2').click();
  await expect(inspector(page).getByRole('group', { name: 'Clusters' })).toContainText('Not in a cluster.');

  // In: dropped on the frame again (over MS1's right half), it joins.
  const ms1 = (await node(page, 'MS1').boundingBox())!;
  await dragNodeTo(page, node(page, 'MS2'), { x: ms1.x + ms1.width * 0.75, y: ms1.y + ms1.height / 2 });
  await expect(page.getByRole('status').filter({ hasText: 'MS2 joined Domino mail cluster 1.' })).toBeVisible();
  await expect(inspector(page).getByRole('group', { name: 'Clusters' })).toContainText('Domino mail cluster 1');

  // A load balancer dropped on the frame is refused, with the reason.
  await palette(page).getByRole('button', { name: 'Load balancer', exact: true }).click();
  await expect(node(page, 'LB1')).toBeVisible();
  await node(page, 'LB1').scrollIntoViewIfNeeded();
  await dragNodeTo(page, node(page, 'LB1'), { x: ms1.x + ms1.width / 2, y: ms1.y + ms1.height / 2 });
  await expect(page.getByRole('alert')).toContainText('LB1 cannot join Domino mail cluster 1: a Domino mail cluster takes only');
  await node(page, 'LB1').click();
  await expect(inspector(page).getByRole('group', { name: 'Clusters' })).toContainText('Not in a cluster.');

  // A new mail server dragged from the palette onto the frame joins as well.
  const c = (await canvas(page).boundingBox())!;
  const m = (await node(page, 'MS1').boundingBox())!;
  await dragFromPalette(page, 'Mail server', m.x - c.x + m.width / 2, m.y - c.y + m.height / 2);
  await expect(page.getByRole('status').filter({ hasText: 'MS3 joined Domino mail cluster 1.' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a selection saved as a building block is inserted again by click and by drag, survives a reload, and a bad library file is refused with its JSON path', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await openApp(page);
  await startEmpty(page);

  // An OnTime cluster (its members are selected once added), saved as a named block.
  await palette(page).getByRole('button', { name: 'OnTime cluster', exact: true }).click();
  await expect(node(page, 'OT2')).toBeVisible();
  await palette(page).getByRole('button', { name: 'Save selection as block…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save selection as block' });
  await dialog.getByLabel('Block name').fill('OnTime pair');
  await dialog.getByRole('button', { name: 'Save block' }).click();
  const library = palette(page).getByRole('region', { name: 'Library' });
  await expect(library.getByRole('button', { name: 'OnTime pair', exact: true })).toBeVisible();

  // Click inserts a copy with fresh ids and its own cluster; dragging inserts another.
  await library.getByRole('button', { name: 'OnTime pair', exact: true }).click();
  await expect(node(page, 'OT4')).toBeVisible();
  await expect(node(page, 'Cluster OnTime cluster 1 (2)')).toBeVisible();
  await zoomToFit(page);
  await dragFromPalette(page, 'OnTime pair', 60, 60);
  await expect(node(page, 'OT6')).toBeVisible();

  // Blocks live in the browser: still there after a reload.
  await page.reload();
  await expect(library.getByRole('button', { name: 'OnTime pair', exact: true })).toBeVisible();

  // A library file with a bad block: refused, the problem named by its path; the library keeps what it had.
  const bad = { type: 'failover-lab-blocks', version: 1, blocks: [{ schemaVersion: 3, name: 'Broken', seed: 1, sites: [], links: [], nodes: [{ id: 'MS1', kind: 'mailServer', name: 'MS1', siteId: 'nowhere', position: { x: 0, y: 0 } }], relations: [], clusters: [] }] };
  await page.getByLabel('Import blocks…', { exact: true }).and(page.locator('input')).setInputFiles({ name: 'bad.failover-blocks.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  const problems = page.getByRole('alertdialog', { name: 'bad.failover-blocks.json was not imported' });
  await expect(problems).toContainText('blocks[0].nodes[0].siteId');
  await problems.getByRole('button', { name: 'Close' }).click();
  await expect(library.getByRole('button', { name: 'OnTime pair', exact: true })).toBeVisible();
  await expect(library.getByRole('button', { name: 'Broken' })).toHaveCount(0);

  // Delete, then undo the delete from the message.
  await library.getByRole('button', { name: 'Delete block OnTime pair' }).click();
  await expect(library.getByRole('button', { name: 'OnTime pair', exact: true })).toHaveCount(0);
  await page.getByRole('status').filter({ hasText: 'Deleted block' }).getByRole('button', { name: 'Undo' }).click();
  await expect(library.getByRole('button', { name: 'OnTime pair', exact: true })).toBeVisible();
  expect(errors).toEqual([]);
});
