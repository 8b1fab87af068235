import { chromium } from '@playwright/test';
const url = process.argv[2];
const out = process.argv[3];
const browser = await chromium.launch({ executablePath: '/usr/lib/chromium/chromium', args: ['--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1600, height: 950 } });
page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
page.on('console', (m) => m.type() === 'error' && console.log('CONSOLE', m.text()));
await page.goto(url, { timeout: 120000 });
await page.waitForTimeout(6000);
if (process.argv[4]) { await page.getByRole('group', { name: process.argv[4], exact: true }).click(); await page.waitForTimeout(1000); }
await page.screenshot({ path: out });
await browser.close();
