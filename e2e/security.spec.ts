import { expect, test, type Page } from '@playwright/test';
import LZString from 'lz-string';
import { quadraticBomb } from '../src/state/persistence/lzBomb.testing';
import minimal from '../src/templates/ontime-minimal.json' with { type: 'json' };
import { openApp, watchErrors } from './support/app';
import { LiveView } from './support/live';
import { node } from './support/editor';

test.describe.configure({ timeout: 120_000 });

/** The share link the app makes for the design it shows (the Share dialog's link). */
async function shareLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this design' });
  const link = await dialog.getByRole('textbox', { name: 'Link' }).inputValue();
  await dialog.getByRole('button', { name: 'Close' }).click();
  return link;
}

test('the app runs under its Content-Security-Policy: open, simulate, open a share link, with no violation', async ({ page }) => {
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const violations = () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
  const response = await page.goto('/');
  // The policy is really there, as a header of the preview server and in the built page.
  expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /script-src 'self'; .*connect-src 'self'/);
  await openApp(page);

  const live = new LiveView(page);
  // At 60× the 20 simulated seconds take a third of a second (at the default 1× they took 20 s of the test).
  await live.speed('60');
  await live.tab('Scenarios').click();
  await page.getByRole('button', { name: /^S1: / }).click();
  await expect.poll(() => live.clockMs(), { timeout: 30_000 }).toBeGreaterThan(20_000);

  // Only the fragment changes: reload so that the app boots from the link.
  await page.goto(await shareLink(page));
  await page.reload();
  await expect(page.getByRole('region', { name: 'Shared design' })).toContainText('read-only');
  await expect(node(page, 'OT1')).toBeVisible();
  expect(await violations()).toEqual([]);

  // And the policy is enforced (so the empty list above means something): an inline script is refused and reported.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.body.append(script);
  });
  await expect.poll(violations).toContainEqual(expect.stringContaining('script-src'));
  expect(await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
  expect(errors.filter((e) => !e.includes('Content Security Policy'))).toEqual([]);
});

test('a share-link bomb is refused at once with a clear reason; a damaged new link is refused by its checksum', async ({ page }) => {
  const errors = watchErrors(page);
  const started = Date.now();
  await page.goto(`/#share=${quadraticBomb(92_000)}`);
  await expect(page.getByRole('alert')).toContainText('This share link cannot be opened');
  await expect(page.getByRole('alert')).toContainText('unpacks to more than');
  expect(Date.now() - started).toBeLessThan(10_000);
  await expect(page.getByRole('navigation', { name: 'Palette' })).toBeVisible();

  await page.goto('/');
  // Another checksum in the link's header: the text no longer matches it.
  const damaged = (await shareLink(page)).replace(/(#share=v2\.\d+\.)([0-9a-f]{8})/, (_all, head: string, sum: string) => `${head}${sum === 'ffffffff' ? '00000000' : 'ffffffff'}`);
  expect(damaged).toContain('#share=v2.');
  await page.goto(damaged);
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('its checksum does not match');
  // A link made before checksums still opens.
  await page.goto('/');
  await page.goto(`/#share=${LZString.compressToEncodedURIComponent(JSON.stringify(minimal))}`);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Shared design' })).toContainText('read-only');
  expect(errors).toEqual([]);
});

test('a worker that closes itself without an error is noticed and replaced; the run goes on', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  const live = new LiveView(page);
  await live.tab('Scenarios').click();
  await page.getByRole('button', { name: /^S1: / }).click();
  await live.speed('20');
  await expect.poll(() => live.clockMs(), { timeout: 30_000 }).toBeGreaterThan(5_000);
  await page.evaluate(() => (window as unknown as { __failoverLab?: { closeWorker(): void } }).__failoverLab?.closeWorker());
  const alert = page.getByRole('alert').filter({ hasText: 'The simulation stopped unexpectedly' });
  await expect(alert).toContainText('it sent nothing for', { timeout: 30_000 });
  await expect(alert).toContainText('restarted from the seed and the fault script');
  const after = await live.clockMs();
  await expect.poll(() => live.clockMs(), { timeout: 30_000 }).toBeGreaterThan(after + 10_000);
  expect(errors).toEqual([]);
});
