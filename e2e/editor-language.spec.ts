import { expect, test } from '@playwright/test';
import { openApp, watchErrors } from './support/app';
import { node } from './support/editor';

test('the editor speaks Japanese: palette, menus, inspector and help, and adding by keyboard works there too; the choice is remembered after a reload', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  await page.getByLabel('Language').selectOption('ja');
  const palette = page.getByRole('navigation', { name: 'パレット' });
  await expect(palette.getByRole('heading', { name: 'サイトとネットワーク' })).toBeVisible();
  await expect(palette.getByRole('heading', { name: 'OnTimeとDomino' })).toBeVisible();

  // Keyboard-add: focus the palette entry and press Enter; the new server is selected in the inspector.
  await palette.getByRole('button', { name: 'メールサーバー' }).focus();
  await page.keyboard.press('Enter');
  await expect(node(page, 'MS2')).toBeVisible();
  await expect(page.getByRole('region', { name: 'インスペクター' }).getByRole('heading', { name: 'MS2' })).toBeVisible();
  // React Flow's own controls and handles speak Japanese too.
  await expect(page.getByRole('button', { name: '拡大', exact: true })).toBeVisible();
  await expect(page.getByLabel('MS2 の上の接続点')).toHaveCount(1);

  await page.getByRole('button', { name: 'ファイル', exact: true }).click();
  await expect(page.getByRole('menuitem', { name: '構成ファイルを書き出す(JSON)' })).toBeVisible();
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'キーボードショートカットとヘルプ' }).click();
  const help = page.getByRole('dialog', { name: 'キーボードショートカットとヘルプ' });
  await expect(help.getByRole('row', { name: /元に戻す/ })).toBeVisible();
  // The simulation and fault shortcuts are listed too (from their registries).
  await expect(help.getByRole('row', { name: /再生 \/ 一時停止/ })).toContainText('Space');
  await expect(help.getByRole('row', { name: /サーバーをダウンさせる/ })).toContainText('X');
  await page.keyboard.press('Escape');

  // The choice is remembered: after a reload the controls and the live state words are still in Japanese.
  await expect(page.getByRole('button', { name: '再生' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: '再生' })).toBeVisible();
  await expect(node(page, 'OT1').getByRole('status')).toHaveText(/稼働中/);
  expect(errors).toEqual([]);
});
