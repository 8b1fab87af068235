import { expect, type Locator, type Page } from '@playwright/test';

/** The canvas region (by its accessible name). */
export function canvas(page: Page): Locator {
  return page.getByRole('region', { name: /Design canvas|構成キャンバス/ });
}

/** A site or server on the canvas, by its name. */
export function node(page: Page, name: string): Locator {
  return page.getByRole('group', { name, exact: true });
}

/** Drags a palette entry onto the canvas at a point relative to the canvas's top-left corner. */
export async function dragFromPalette(page: Page, item: string | RegExp, x: number, y: number): Promise<void> {
  const palette = page.getByRole('navigation', { name: /Palette|パレット/ });
  await palette.getByRole('button', { name: item, exact: typeof item === 'string' }).dragTo(canvas(page), { targetPosition: { x, y } });
}

/** Drags with the mouse from one element's centre to another's, in steps (React Flow follows pointer moves). */
/** A locator's box once the canvas has stopped moving (a view that is still fitting would move the target). */
async function settledBox(page: Page, locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  let last = await locator.boundingBox();
  for (let i = 0; i < 40; i++) {
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const now = await locator.boundingBox();
    if (last && now && now.x === last.x && now.y === last.y && now.width === last.width) return now;
    last = now;
  }
  if (!last) throw new Error('drag endpoint not visible');
  return last;
}

export async function dragBetween(page: Page, from: Locator, to: Locator): Promise<void> {
  const a = await settledBox(page, from);
  const b = await settledBox(page, to);
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2 + a.width / 2, (a.y + b.y) / 2 + a.height / 2, { steps: 5 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 5 });
  // One more step on the handle, so the connection line has registered it before the button is released.
  await page.mouse.move(b.x + b.width / 2 + 1, b.y + b.height / 2, { steps: 1 });
  await page.mouse.up();
}

/**
 * Drags a connection and waits for the edge it should create. A synthetic drag on a busy two-core machine now and
 * then misses the small handle (seen in about one run in five, never by hand; cause not yet pinned down): such a
 * miss is retried once, so a test fails only when the app really does not connect.
 */
export async function connectByDrag(page: Page, from: Locator, to: Locator, created: Locator): Promise<void> {
  await dragBetween(page, from, to);
  const made = await created.first().waitFor({ state: 'attached', timeout: 3_000 }).then(() => true, () => false);
  if (!made) {
    await page.keyboard.press('Escape');
    await dragBetween(page, from, to);
  }
  await expect(created).toHaveCount(1);
}

/** Waits until the autosave says everything is in the browser. */
export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status', { name: /Save state|保存状態/ })).toHaveText(/All changes saved|保存済み/);
}

/** Starts from an empty canvas through the start screen. */
export async function startEmpty(page: Page): Promise<void> {
  await page.getByRole('region', { name: 'Start a design' }).getByRole('button', { name: /Empty canvas/ }).click();
  await expect(page.getByRole('group', { name: /./ }).filter({ has: page.locator('.server-node, .site-node') })).toHaveCount(0);
}

/** View → Zoom to fit, through the menu. */
export async function zoomToFit(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^(View|表示)$/ }).click();
  await page.getByRole('menuitem', { name: /Zoom to fit|全体を表示/ }).click();
  await page.waitForTimeout(300);
}
