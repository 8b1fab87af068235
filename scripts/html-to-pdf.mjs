#!/usr/bin/env node
// Prints an HTML document (read from stdin) to PDF with the Chromium `npm test` uses (scripts/chromium-path.mjs).
// Usage: node scripts/html-to-pdf.mjs OUT.pdf [a4|letter] < report.html
// Exit codes: 0 written, 2 no Chromium found (the caller then keeps the HTML), 1 anything else.
// A separate process so that `npm run sim` stays synchronous and only a PDF request pays for a browser.
import { readFileSync } from 'node:fs';
import { findChromium } from './chromium-path.mjs';

const [out, paper = 'a4'] = process.argv.slice(2);
if (!out) {
  console.error('usage: node scripts/html-to-pdf.mjs OUT.pdf [a4|letter] < report.html');
  process.exit(1);
}
const executablePath = findChromium();
if (!executablePath) process.exit(2);
const html = readFileSync(0, 'utf8');
const { chromium } = await import('playwright-core');
const browser = await chromium.launch({ executablePath, args: ['--disable-gpu', '--disable-quic'] });
try {
  const page = await browser.newPage();
  await page.setContent(html, { waitUntil: 'load' });
  // The report's @page rule sets the margins and the page-number footer; the paper size comes from here.
  await page.pdf({ path: out, format: paper === 'letter' ? 'Letter' : 'A4', printBackground: true });
} finally {
  await browser.close();
}
