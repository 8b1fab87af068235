/**
 * The browser half of the benchmark: one production build, one `vite preview`, one headless Chromium (no
 * tracing: it halves measured frame rates), then measurements 3–6. The preview's process group is always stopped.
 */
import { chromium, type Browser } from '@playwright/test';
// @ts-expect-error plain ESM helper shared with playwright.config.ts and scripts/find-chromium.mjs
import { findChromium } from '../../scripts/chromium-path.mjs';
import { notAvailable, type Row } from '../report';
import { measureCanvas } from './canvas';
import { measureLoad } from './load';
import { measureMemory } from './memory';
import { measureAnalysisUi } from './analysis';
import { buildApp, startPreview, type Preview } from './server';

export type BrowserPart = 'ui' | 'reaction' | 'load' | 'memory' | 'analysisUi';

export interface BrowserOptions {
  runs: number;
  log: (line: string) => void;
}

const PORT = Number(process.env.BENCH_PORT ?? 4206);

function unavailable(parts: readonly BrowserPart[], why: string): Row[] {
  const rows: Row[] = [];
  if (parts.includes('ui')) rows.push(notAvailable('3 UI smoothness', 'frames/s running vs paused', why, 'ratio ≥ 0.9'));
  if (parts.includes('reaction')) rows.push(notAvailable('4 reaction time', 'click → first painted change', why, '< 100 ms'));
  if (parts.includes('load')) rows.push(notAvailable('5 load', 'initial JS and time to interactive', why, '≤ 350 kB; < 1.5 s'));
  if (parts.includes('memory')) rows.push(notAvailable('6 memory', 'JS heap growth over 1 simulated hour', why, '< 20 MB'));
  if (parts.includes('analysisUi')) rows.push(notAvailable('7 analysis', 'live frames/s while a sweep runs vs without', why, 'ratio ≥ 0.9'));
  return rows;
}

export async function runBrowserParts(parts: readonly BrowserPart[], opts: BrowserOptions): Promise<{ rows: Row[]; chromium?: string }> {
  const executablePath = (findChromium as () => string | undefined)();
  if (!executablePath) return { rows: unavailable(parts, 'no Chromium found (run node scripts/find-chromium.mjs)') };
  let preview: Preview | undefined;
  let browser: Browser | undefined;
  try {
    buildApp(opts.log);
    preview = await startPreview(PORT);
    browser = await chromium.launch({ executablePath, headless: true, args: ['--disable-gpu', '--disable-quic'] });
    const version = browser.version();
    opts.log(`Chromium ${version} at ${executablePath}; preview at ${preview.url}`);
    const rows: Row[] = [];
    if (parts.includes('load')) rows.push(...(await measureLoad(browser, preview.url, Math.max(opts.runs, 5))));
    if (parts.includes('ui') || parts.includes('reaction')) {
      rows.push(...(await measureCanvas(browser, preview.url, { runs: opts.runs, smoothness: parts.includes('ui'), reaction: parts.includes('reaction'), log: opts.log })));
    }
    if (parts.includes('memory')) rows.push(...(await measureMemory(browser, preview.url, opts.log)));
    if (parts.includes('analysisUi')) rows.push(...(await measureAnalysisUi(browser, preview.url, opts.log)));
    return { rows, chromium: version };
  } catch (error) {
    return { rows: unavailable(parts, `failed: ${String(error).split('\n')[0]}`) };
  } finally {
    await browser?.close();
    await preview?.stop();
  }
}
