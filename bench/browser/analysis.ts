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
/** While the sweep runs, frames are counted in slices this long; a slice counts only if the sweep outlasted it. */
const SLICE_MS = 1_000;

export async function measureAnalysisUi(browser: Browser, baseUrl: string, log: (line: string) => void): Promise<Row[]> {
  const design = templateById('weblogic-maa')?.design;
  if (!design) return [notAvailable(G, 'live frames/s while a sweep runs', 'template weblogic-maa missing', 'ratio ≥ 0.9')];
  const { context, page } = await openDesign(browser, baseUrl, design);
  try {
    await setPlaying(page, true);
    await page.getByRole('tab', { name: 'Analysis', exact: true }).click();
    const idle = await measureFrames(page, WINDOW_MS);
    await page.getByRole('button', { name: 'Run the sweep' }).click();
    const cancel = page.getByRole('button', { name: 'Cancel analysis' });
    await cancel.waitFor({ timeout: 30_000 });
    // Only time the sweep really ran counts: a window that outlasted it would measure an idle page.
    let frames = 0;
    let seconds = 0;
    for (let waited = 0; waited < WINDOW_MS; waited += SLICE_MS) {
      const slice = await measureFrames(page, SLICE_MS);
      if (!(await cancel.isVisible())) break;
      frames += slice.fps * slice.seconds;
      seconds += slice.seconds;
    }
    if (await cancel.isVisible()) await cancel.click();
    if (seconds === 0) return [notAvailable(G, 'live frames/s while a sweep runs', `the sweep ended within ${SLICE_MS / 1000} s`, 'ratio ≥ 0.9')];
    const busy = frames / seconds;
    log(`analysis ui: ${idle.fps.toFixed(1)} frames/s idle, ${busy.toFixed(1)} over ${seconds.toFixed(1)} s of sweeping`);
    const ratio = busy / idle.fps;
    return [{ group: G, figure: 'live frames/s while a sweep runs vs without', value: busy, unit: 'fps', baseline: idle.fps, ratio, budget: 'ratio ≥ 0.9', verdict: verdict(ratio >= 0.9), note: `${WINDOW_MS / 1000} s idle; ${seconds.toFixed(1)} s while the sweep ran (1 s slices the sweep outlasted); MAA template playing, analysis panel open in both` }];
  } finally {
    await context.close();
  }
}
