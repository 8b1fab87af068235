import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { openApp, watchErrors } from './support/app';
import { expectSaved, node } from './support/editor';

async function openFileMenuItem(page: import('@playwright/test').Page, name: string | RegExp) {
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name }).click();
}

test('exports the design file and imports it again as a new design; a bad file is refused and changes nothing', async ({ page }, info) => {
  const errors = watchErrors(page);
  await openApp(page);
  await page.getByRole('region', { name: 'Start a design' }).getByRole('button', { name: 'Close' }).click();

  // Rename the design in the inspector so the export is recognisable.
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await inspector.getByLabel('Design name').fill('Exported P1');
  await inspector.getByLabel('Design name').press('Enter');
  await expectSaved(page);

  const downloadPromise = page.waitForEvent('download');
  await openFileMenuItem(page, 'Export design file (JSON)');
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('exported-p1.failover.json');
  const exported = info.outputPath('exported.json');
  await download.saveAs(exported);
  const doc = JSON.parse(await readFile(exported, 'utf8'));
  expect(doc).toMatchObject({ schemaVersion: 3, name: 'Exported P1' });

  // A file from a newer app version: refused, with the place and the problem; the design is untouched.
  await page.getByLabel('Import design file…').setInputFiles({
    name: 'future.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...doc, schemaVersion: 7 })),
  });
  const refused = page.getByRole('alertdialog', { name: 'future.json was not imported' });
  await expect(refused).toContainText('schemaVersion');
  await expect(refused).toContainText('newer');
  await refused.getByRole('button', { name: 'Close' }).click();

  // Not JSON at all.
  await page.getByLabel('Import design file…').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{ "name": ') });
  await expect(page.getByRole('alertdialog', { name: 'notes.json was not imported' })).toContainText('not valid JSON');
  await page.keyboard.press('Escape');

  // Wrong schema: the field is named.
  const wrong = { ...doc, nodes: [{ ...doc.nodes[0], siteId: 'mars' }, ...doc.nodes.slice(1)] };
  await page.getByLabel('Import design file…').setInputFiles({ name: 'wrong.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(wrong)) });
  const wrongDialog = page.getByRole('alertdialog', { name: 'wrong.json was not imported' });
  await expect(wrongDialog).toContainText('nodes[0].siteId: unknown site “mars”');
  await wrongDialog.getByRole('button', { name: 'Close' }).click();
  await expect(inspector.getByLabel('Design name')).toHaveValue('Exported P1');
  await expect(node(page, 'OT1')).toBeVisible();

  // The good file comes back as a second saved design.
  await page.getByLabel('Import design file…').setInputFiles(exported);
  await expect(page.getByRole('status').filter({ hasText: 'Opened "Exported P1" as a new design.' })).toBeVisible();
  await expectSaved(page);
  await openFileMenuItem(page, 'My designs…');
  const list = page.getByRole('list', { name: 'My designs' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  expect(errors).toEqual([]);
});

test('saved designs: rename, duplicate, delete with undo', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  await page.getByRole('region', { name: 'Start a design' }).getByRole('button', { name: /OnTime: two servers/ }).click();
  await expectSaved(page);
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: 'My designs…' }).click();
  const dialog = page.getByRole('dialog', { name: 'My designs' });
  const list = dialog.getByRole('list', { name: 'My designs' });
  await expect(list.getByRole('listitem')).toHaveCount(1);

  await dialog.getByRole('button', { name: /^Rename / }).click();
  await dialog.getByRole('textbox', { name: /New name for/ }).fill('Demo for ACME');
  await dialog.getByRole('textbox', { name: /New name for/ }).press('Enter');
  await expect(list).toContainText('Demo for ACME');
  // Renaming the open design renames what is on screen too.
  await expect(page.getByRole('region', { name: 'Inspector' }).getByLabel('Design name')).toHaveValue('Demo for ACME');

  await dialog.getByRole('button', { name: 'Duplicate Demo for ACME' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await dialog.getByRole('button', { name: 'Delete Demo for ACME (copy)' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await dialog.getByRole('status').filter({ hasText: 'Deleted "Demo for ACME (copy)".' }).getByRole('button', { name: 'Undo' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list).toContainText('Demo for ACME (copy)');
  expect(errors).toEqual([]);
});

test('a design saved before a rule existed opens adjusted, and says what was adjusted, once', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  await page.getByRole('region', { name: 'Start a design' }).getByRole('button', { name: 'Close' }).click();
  const name = page.getByRole('region', { name: 'Inspector' }).getByLabel('Design name');
  await name.fill('Saved long ago');
  await name.press('Enter');
  await expectSaved(page);
  // What an older version could have saved: a takeover time below today's minimum on OT1 (the design in IndexedDB).
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('failover-lab');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const request = <T,>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
    const store = () => db.transaction('designs', 'readwrite').objectStore('designs');
    const id = await request(store().get('current'));
    const record = await request(store().get(`design:${id}`));
    const ot1 = record.design.nodes.find((n: { name: string }) => n.name === 'OT1');
    ot1.params.takeoverAfterMs = -50_000;
    await request(store().put(record, `design:${id}`));
  });

  await page.reload();
  const banner = page.getByRole('region', { name: 'Design adjusted on opening' });
  await expect(banner).toContainText(/OT1 · nodes\[\d+\]\.params\.takeoverAfterMs: .*-50000/);
  await node(page, 'OT1').click();
  await expect(page.getByRole('region', { name: 'Inspector' }).getByLabel('Takeover after')).toHaveValue('1000');
  await banner.getByRole('button', { name: 'Understood' }).click();
  await expect(banner).toBeHidden();
  // The adjusted design was saved: the next visit has nothing to say.
  await page.reload();
  await expect(node(page, 'OT1')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Design adjusted on opening' })).toHaveCount(0);
  expect(errors).toEqual([]);
});
