import { expect, test } from '@playwright/test';
import { openApp, watchErrors } from './support/app';
import { canvas, zoomToFit, connectByDrag, dragBetween, dragFromPalette, expectSaved, node, startEmpty } from './support/editor';

test('builds a two-site design from an empty canvas by drag and drop, undoes and redoes, and finds it intact after a reload', async ({ page }) => {
  // A long story on a shared, busy machine: give it room (no timing is asserted).
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  await openApp(page);
  await startEmpty(page);

  // Two sites side by side, then servers dropped into them.
  await dragFromPalette(page, 'Site', 40, 60);
  await expect(node(page, 'Site 1')).toBeVisible();
  await zoomToFit(page);
  const box = await canvas(page).boundingBox();
  expect(box).not.toBeNull();
  await dragFromPalette(page, 'Site', box!.width / 2 + 20, 60);
  await expect(node(page, 'Site 2')).toBeVisible();
  await zoomToFit(page);

  const s1 = await node(page, 'Site 1').boundingBox();
  const s2 = await node(page, 'Site 2').boundingBox();
  const c = box!;
  const inSite = (s: typeof s1, fx: number, fy: number) => ({ x: s!.x - c.x + s!.width * fx, y: s!.y - c.y + s!.height * fy });
  let p = inSite(s1, 0.3, 0.3);
  await dragFromPalette(page, 'OnTime server', p.x, p.y);
  p = inSite(s1, 0.3, 0.75);
  await dragFromPalette(page, 'Mail server', p.x, p.y);
  p = inSite(s2, 0.3, 0.3);
  await dragFromPalette(page, 'OnTime server', p.x, p.y);
  await expect(node(page, 'OT1')).toBeVisible();
  await expect(node(page, 'MS1')).toBeVisible();
  await expect(node(page, 'OT2')).toBeVisible();

  // The inspector knows where each server landed.
  await node(page, 'OT2').click();
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await expect(inspector.getByRole('heading', { name: 'OT2' })).toBeVisible();
  await expect(inspector).toContainText('Site 2');

  // Connect: OT1 syncs MS1; a network link joins the two sites.
  await connectByDrag(page, node(page, 'OT1').locator('.react-flow__handle-bottom'), node(page, 'MS1').locator('.react-flow__handle-top'), page.getByLabel('OT1 syncs (watches) MS1', { exact: true }));
  await dragBetween(page, page.getByLabel('Network link from Site 1').first(), page.getByLabel('Network link from Site 2').last());
  await expect(page.getByText('RTT 5 ms')).toBeVisible();

  // A second watcher for MS1 is refused, with the reason (OT-10).
  await dragBetween(page, node(page, 'OT2').locator('.react-flow__handle-bottom'), node(page, 'MS1').locator('.react-flow__handle-top'));
  await expect(page.getByRole('alert')).toContainText('A mail server can be watched by one OnTime server only');

  // Undo removes the link, redo brings it back.
  await canvas(page).click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ControlOrMeta+z');
  await expect(page.getByText('RTT 5 ms')).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(page.getByText('RTT 5 ms')).toBeVisible();

  // Reload: the design and its connections are still there.
  await expectSaved(page);
  await page.reload();
  await expect(node(page, 'OT1')).toBeVisible();
  await expect(node(page, 'OT2')).toBeVisible();
  await expect(node(page, 'MS1')).toBeVisible();
  await expect(node(page, 'Site 2')).toBeVisible();
  await expect(page.getByText('RTT 5 ms')).toBeVisible();
  await expect(page.getByLabel('OT1 syncs (watches) MS1', { exact: true })).toHaveCount(1);
  expect(errors).toEqual([]);
});
