import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { openApp, watchErrors } from './support/app';
import { canvas, connectByDrag, dragFromPalette, expectSaved, node } from './support/editor';

const scale = async (page: Page) => Number(/scale\(([\d.]+)\)/.exec(await viewport(page))?.[1] ?? 1);
const viewport = (page: Page) => page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);

async function fileMenu(page: Page, file: string, item: string) {
  await page.getByRole('button', { name: file, exact: true }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

test.use({ viewport: { width: 1440, height: 900 } });

test('a newcomer builds the OnTime P2 layout from scratch, nudges by keyboard, reloads into the same view and language, and exports images', async ({ page }, info) => {
  // A long story on a shared, busy machine: give it room (no timing is asserted).
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  await openApp(page);
  await page.getByRole('region', { name: 'Start a design' }).getByRole('button', { name: /Empty canvas/ }).click();

  const inspector = page.getByRole('region', { name: 'Inspector' });
  await inspector.getByLabel('Design name').fill('P2 from scratch');
  await inspector.getByLabel('Design name').press('Enter');

  // Room for six servers: zoom out with the canvas's own buttons.
  while ((await scale(page)) > 0.7) await page.getByRole('button', { name: 'Zoom out', exact: true }).click();

  // Clients and the load balancer on top, two OnTime servers, two mail servers: all dragged from the palette.
  const box = (await canvas(page).boundingBox())!;
  const at = (fx: number, fy: number) => [box.width * fx, box.height * fy] as const;
  await dragFromPalette(page, 'Clients', ...at(0.2, 0.12));
  await dragFromPalette(page, 'Load balancer', ...at(0.55, 0.12));
  await dragFromPalette(page, 'OnTime server', ...at(0.2, 0.45));
  await dragFromPalette(page, 'OnTime server', ...at(0.55, 0.45));
  await dragFromPalette(page, 'Mail server', ...at(0.2, 0.8));
  await dragFromPalette(page, 'Mail server', ...at(0.55, 0.8));
  for (const name of ['CL1', 'LB1', 'OT1', 'OT2', 'MS1', 'MS2']) await expect(node(page, name)).toBeVisible();

  // Relations by dragging between connection points (found by their names).
  // (Escape first: a new connection is selected, and a selected edge lies over the handle it starts from.)
  const connect = async (from: string, to: string, relation: string) => {
    await page.keyboard.press('Escape');
    await connectByDrag(page, page.getByLabel(`Connection point at the bottom of ${from}`), page.getByLabel(`Connection point at the top of ${to}`), page.getByLabel(relation, { exact: true }));
  };
  await connect('CL1', 'LB1', 'CL1 REST URL points to LB1');
  await connect('LB1', 'OT1', 'LB1 routes REST to OT1');
  await connect('LB1', 'OT2', 'LB1 routes REST to OT2');
  await connect('OT1', 'MS1', 'OT1 syncs (watches) MS1');
  await connect('OT1', 'MS2', 'OT1 syncs (watches) MS2');
  const relations = ['CL1 REST URL points to LB1', 'LB1 routes REST to OT1', 'LB1 routes REST to OT2', 'OT1 syncs (watches) MS1', 'OT1 syncs (watches) MS2'];
  for (const r of relations) await expect(page.getByLabel(r, { exact: true })).toHaveCount(1);

  // One OnTime cluster and one mail cluster, from a multi-selection in the inspector.
  const group = async (a: string, b: string, kind: string) => {
    await node(page, a).click();
    await node(page, b).click({ modifiers: ['Shift'] });
    await inspector.getByLabel('Kind').selectOption({ label: kind });
    await inspector.getByRole('button', { name: 'Group into a new cluster' }).click();
  };
  await group('OT1', 'OT2', 'OnTime cluster');
  await group('MS1', 'MS2', 'Domino mail cluster');
  // Only the kinds of cluster that take the selection are offered; a load balancer is in none.
  await node(page, 'MS1').click();
  await expect(inspector.getByLabel('Kind').getByRole('option')).toHaveText(['Domino mail cluster']);
  await node(page, 'LB1').click();
  await expect(inspector.getByText('No kind of cluster takes this selection as members.')).toBeVisible();
  await node(page, 'OT2').click();
  await expect(inspector.getByRole('group', { name: 'Clusters' })).toContainText('OnTime cluster');

  // An arrow-key nudge is a real edit: undo puts the server back.
  const before = (await node(page, 'MS2').boundingBox())!;
  await node(page, 'MS2').click();
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await node(page, 'MS2').boundingBox())!.x).toBeGreaterThan(before.x + 5);
  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(async () => Math.round((await node(page, 'MS2').boundingBox())!.x)).toBe(Math.round(before.x));

  // A view of one's own and Japanese, then a reload: design, view and language are all back.
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  const view = await viewport(page);
  await page.getByLabel('Language').selectOption('ja');
  await expectSaved(page);
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'パレット' })).toBeVisible();
  for (const name of ['CL1', 'LB1', 'OT1', 'OT2', 'MS1', 'MS2']) await expect(node(page, name)).toBeVisible();
  await expect(page.getByLabel('OT1 Sync担当(監視) MS2', { exact: true })).toHaveCount(1);
  await expect.poll(() => viewport(page)).toBe(view);

  // Another document, then back through My designs: its saved view comes back with it.
  await fileMenu(page, 'ファイル', 'テンプレートから新規作成…');
  await page.getByRole('dialog', { name: 'テンプレートから新規作成' }).getByRole('button', { name: /OnTime P1/ }).click();
  await expect(node(page, 'CL1')).toHaveCount(0);
  await fileMenu(page, 'ファイル', '保存した構成…');
  await page.getByRole('dialog', { name: '保存した構成' }).getByRole('button', { name: /^P2 from scratch .*に編集$/ }).click();
  await expect(node(page, 'CL1')).toBeVisible();
  await expect.poll(() => viewport(page)).toBe(view);

  // Images: PNG and SVG downloads with the right type.
  for (const [item, ext, magic] of [
    ['画像を書き出す(PNG)', 'png', '\x89PNG'],
    ['画像を書き出す(SVG)', 'svg', '<svg'],
  ] as const) {
    const download = page.waitForEvent('download');
    await fileMenu(page, 'ファイル', item);
    const file = await download;
    expect(file.suggestedFilename()).toMatch(new RegExp(`\\.${ext}$`));
    const path = info.outputPath(`image.${ext}`);
    await file.saveAs(path);
    expect((await readFile(path, 'latin1')).slice(0, 4)).toBe(magic);
  }
  expect(errors).toEqual([]);
});
