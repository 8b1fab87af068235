import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { openApp, watchErrors } from './support/app';
import { LiveView } from './support/live';

/** The report `npm run sim` writes for the same design, faults and seed (tsx, as the npm script runs it). */
async function cliReport(lang: 'en' | 'ja'): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'drill-')), `s5-${lang}.html`);
  await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/sim.ts', '--template', 'weblogic-maa', '--faults', 'src/cli/examples/weblogic-s5.faults.json', '--report', path, '--lang', lang]);
  return readFile(path, 'utf8');
}

const withoutDate = (html: string) => html.split('\n').filter((line) => !line.startsWith('<p class="date">')).join('\n');

async function downloadReport(page: Page, item: RegExp): Promise<{ path: string; html: string }> {
  await page.getByRole('button', { name: /^(File|ファイル)/ }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  expect(download.suggestedFilename()).toMatch(/-drill-report-(en|ja)\.html$/);
  // Saved under its own name: a browser opens a file as HTML by its extension.
  const path = join(mkdtempSync(join(tmpdir(), 'drill-')), download.suggestedFilename());
  await download.saveAs(path);
  return { path, html: await readFile(path, 'utf8') };
}

test('issue 16: S5 on the MAA template, exported in English and Japanese: the CLI\'s report, RTO and pass/fail, opens with the network cut', async ({ page, browser }) => {
  // Two headless CLI runs (tsx) besides the app: started first, they run while the app plays.
  test.setTimeout(120_000);
  const cli = Promise.all([cliReport('en'), cliReport('ja')]);
  const errors = watchErrors(page);
  await openApp(page);
  const live = new LiveView(page);
  await live.speed('max');
  await live.tab('Scenarios').click();
  await page.getByRole('button', { name: /^S5: Complete failure of site 1/ }).click();
  await live.tab('Events').click();
  await expect(live.events.getByRole('listitem').filter({ hasText: 'DB standby is now the primary database' }).first()).toBeVisible({ timeout: 30_000 });
  await live.pause();

  const en = await downloadReport(page, /^Drill report \(English\)$/);
  const ja = await downloadReport(page, /^Drill report \(Japanese\)$/);
  // The acceptance test of the issue: byte for byte the CLI's report, except the date line.
  const [cliEn, cliJa] = await cli;
  expect(withoutDate(en.html)).toBe(withoutDate(cliEn));
  expect(withoutDate(ja.html)).toBe(withoutDate(cliJa));

  // Open the English report as a customer would, with the network cut: nothing is fetched, everything shows.
  const context = await browser.newContext({ offline: true });
  const reader = await context.newPage();
  const requests: string[] = [];
  reader.on('request', (r) => requests.push(r.url()));
  await reader.goto(`file://${en.path}`);
  await expect(reader.getByRole('heading', { name: 'Failover drill report', level: 1 })).toBeVisible();
  await expect(reader.getByRole('img', { name: /sites, servers, clusters and links/ })).toBeVisible();
  await expect(reader.getByRole('img', { name: 'Throughput and error rate' })).toBeVisible();
  await expect(reader.locator('.verdict')).toHaveText(/2 of 3 recoveries missed their targets: F1 Site 1: restored after the RTO/);
  await expect(reader.locator('#fault-1 .headline')).toHaveText('Service back after 3 min (RTO of every impact 3 min); RPO 0 s.');
  const verdicts = reader.locator('#fault-1 table.verdicts');
  await expect(verdicts.getByRole('row', { name: /^Site 1 / })).toContainText('FAIL');
  await expect(verdicts.getByRole('row', { name: /^Site 2 / })).toContainText('PASS');
  await expect(reader.locator('#appendix')).toContainText('WL-14');
  expect(requests.filter((url) => url !== `file://${en.path}`)).toEqual([]);
  await context.close();

  // Japanese: the same facts in the reader's language and formats.
  const jaText = ja.html.replace(/<[^>]+>/g, ' ');
  expect(ja.html).toContain('<html lang="ja">');
  for (const phrase of ['フェイルオーバー訓練レポート', 'サービス復旧まで3分(全影響のRTO 3分)', '不合格', '合格', 'WL-14']) expect(jaText).toContain(phrase);
  expect(errors).toEqual([]);
});
