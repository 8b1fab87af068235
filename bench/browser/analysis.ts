/**
 * Issue 14's live-view row: frames per second of the playing live view while a single-failure sweep runs in the
 * analysis workers, against the same view with the analysis panel open and idle (measured side by side).
 */
import type { Browser } from '@playwright/test';
import { templateById } from '../../src/templates';
import { notAvailable, verdict, type Row } from '../report';
import { openDesign, setPlaying } from './app';
import { measureFrames } from './probes';

const G = '7 analysis';
const WINDOW_MS = 5_000;

export async function measureAnalysisUi(browser: Browser, baseUrl: string, log: (line: string) => void): Promise<Row[]> {
  const design = templateById('weblogic-maa')?.design;
  if (!design) return [notAvailable(G, 'live frames/s while a sweep runs', 'template weblogic-maa missing', 'ratio ≥ 0.9')];
  const { context, page } = await openDesign(browser, baseUrl, design);
  try {
    await setPlaying(page, true);
    await page.getByRole('tab', { name: 'Analysis', exact: true }).click();
    const idle = await measureFrames(page, WINDOW_MS);
    await page.getByRole('button', { name: 'Run the sweep' }).click();
    await page.getByRole('button', { name: 'Cancel analysis' }).waitFor({ timeout: 30_000 });
    const busy = await measureFrames(page, WINDOW_MS);
    const stillRunning = await page.getByRole('button', { name: 'Cancel analysis' }).isVisible();
    if (stillRunning) await page.getByRole('button', { name: 'Cancel analysis' }).click();
    log(`analysis ui: ${idle.fps.toFixed(1)} frames/s idle, ${busy.fps.toFixed(1)} while sweeping${stillRunning ? '' : ' (the sweep ended inside the window)'}`);
    const ratio = busy.fps / idle.fps;
    return [{ group: G, figure: 'live frames/s while a sweep runs vs without', value: busy.fps, unit: 'fps', baseline: idle.fps, ratio, budget: 'ratio ≥ 0.9', verdict: verdict(ratio >= 0.9), note: `${WINDOW_MS / 1000} s windows, MAA template playing, analysis panel open in both` }];
  } finally {
    await context.close();
  }
}
