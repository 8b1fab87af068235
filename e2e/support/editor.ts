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

/**
 * A locator's box once the canvas is still: the simulation has answered the last design change (a node grows when
 * its live state arrives, moving its bottom handle) and the box has not moved for a few frames (a view may still
 * be fitting).
 */
async function settledBox(page: Page, locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  await expect(canvas(page)).toHaveAttribute('aria-busy', 'false');
  // The stillness loop runs in the page: one round trip instead of two per frame (a dozen drags made it seconds).
  const box = await locator.evaluate(
    (el) =>
      new Promise<{ x: number; y: number; width: number; height: number }>((resolve) => {
        const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        const measure = () => {
          const r = el.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        };
        void (async () => {
          // Still for three frames and a fifth of a second (about what three round trips used to give), or give up
          // after 5 s and let the drag show what is wrong.
          const start = performance.now();
          let last = measure();
          let lastMove = start;
          let still = 0;
          while (performance.now() - start < 5_000 && (still < 3 || performance.now() - lastMove < 200)) {
            await frame();
            const now = measure();
            const same = now.x === last.x && now.y === last.y && now.width === last.width && now.height === last.height;
            still = same ? still + 1 : 0;
            if (!same) lastMove = performance.now();
            last = now;
          }
          resolve(last);
        })();
      }),
  );
  if (box.width === 0 && box.height === 0) throw new Error('drag endpoint not visible');
  return box;
}

/** Drags with the mouse from one element's centre to another's, in steps (React Flow follows pointer moves). */
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
 * Drags a connection and waits for the edge it should create. (A drag used to miss now and then: a node grew when
 * its live state arrived from the worker, after the handle had been measured; `settledBox` now waits for that.)
 */
export async function connectByDrag(page: Page, from: Locator, to: Locator, created: Locator): Promise<void> {
  await dragBetween(page, from, to);
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
