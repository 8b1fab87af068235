import { expect, type Page } from '@playwright/test';

/** Collects console errors and uncaught exceptions; a test asserts the list is empty at the end. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  return errors;
}

/** Parses HH:MM:SS(.mmm) into ms. */
export function parseSimTime(text: string): number {
  const m = /(\d+):(\d\d):(\d\d)(?:\.(\d{3}))?/.exec(text);
  if (!m) throw new Error(`not a simulated time: "${text}"`);
  return ((Number(m[1]) * 60 + Number(m[2])) * 60 + Number(m[3])) * 1000 + Number(m[4] ?? 0);
}

/** The simulated time of the first event whose sentence contains `text`. */
export async function eventTime(page: Page, text: string | RegExp): Promise<number> {
  const item = page.getByRole('list', { name: /Events|イベント/ }).getByRole('listitem').filter({ hasText: text }).last();
  await expect(item).toBeVisible();
  return parseSimTime(await item.locator('time').innerText());
}

export async function openApp(page: Page, lang = 'en'): Promise<void> {
  // Only a first visit gets the language: a reload must keep what the user chose.
  await page.addInitScript((l) => {
    if (!localStorage.getItem('failover-lab.language')) localStorage.setItem('failover-lab.language', l);
  }, lang);
  await page.goto('/');
}
