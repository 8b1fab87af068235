import { expect, type Locator, type Page } from '@playwright/test';
import { parseSimTime } from './app';
import type { RunFingerprint } from '../../src/state/simulation';

/** The live view, found the way a person finds it: by role and accessible name (English or Japanese). */
export class LiveView {
  constructor(readonly page: Page) {}

  node(name: string): Locator {
    return this.page.getByRole('group', { name, exact: true });
  }

  get controls(): Locator {
    return this.page.getByRole('toolbar', { name: /Simulation controls|シミュレーション操作/ });
  }

  get faultToolbar(): Locator {
    return this.page.getByRole('toolbar', { name: /Fault injection|障害注入/ });
  }

  get events(): Locator {
    return this.page.getByRole('list', { name: /^(Events|イベント)$/ });
  }

  tab(name: RegExp | string): Locator {
    return this.page.getByRole('tab', { name });
  }

  async speed(value: '1' | '5' | '10' | '20' | '60' | 'max'): Promise<void> {
    await this.controls.getByLabel(/Speed|速度/).selectOption(value);
  }

  async clockMs(): Promise<number> {
    return parseSimTime(await this.controls.getByLabel(/Simulated time|シミュレーション時刻/).innerText());
  }

  /** Waits for an event sentence and returns its simulated time. */
  async eventAt(text: string | RegExp): Promise<number> {
    const item = this.events.getByRole('listitem').filter({ hasText: text }).last();
    await expect(item).toBeVisible();
    return parseSimTime(await item.locator('time').first().innerText());
  }

  /** Every event row as "time sentence", oldest first: what a replay must reproduce. */
  async eventLines(): Promise<string[]> {
    const rows = await this.events.locator(':scope > li').evaluateAll((lis) =>
      lis.map((li) => `${li.querySelector('time')?.textContent ?? ''} ${li.querySelector('.event-text')?.textContent ?? ''}`),
    );
    return rows.reverse();
  }

  async pauseWhen(text: string | RegExp): Promise<void> {
    await expect(this.events.getByRole('listitem').filter({ hasText: text }).first()).toBeVisible({ timeout: 30_000 });
    await this.controls.getByRole('button', { name: /^(Pause|一時停止)$/ }).click();
    await expect(this.controls.getByRole('button', { name: /^(Play|再生)$/ })).toBeVisible();
  }

  /** The page's run (seed, time, fault script, event-log hash), from the e2e build's test hook. */
  async fingerprint(): Promise<RunFingerprint> {
    return this.page.evaluate(() => window.__failoverLab!.run());
  }

  async pause(): Promise<void> {
    await this.controls.getByRole('button', { name: /^(Pause|一時停止)$/ }).click();
    await expect(this.controls.getByRole('button', { name: /^(Play|再生)$/ })).toBeVisible();
  }

  /** Seconds from "after 9.9 s" style texts. */
  static seconds(text: string): number {
    const m = /(\d+(?:\.\d+)?)\s*(s|秒)/.exec(text);
    if (!m) throw new Error(`no duration in "${text}"`);
    return Number(m[1]);
  }
}
