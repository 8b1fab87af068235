import { chromium } from '@playwright/test';
import { startPreview } from './browser/server';
import { openDesign, playButton, speeds } from './browser/app';
import { measureFrames } from './browser/probes';
import { generateDesign } from './designs';
const p = await startPreview(4206);
const b = await chromium.launch({ executablePath: '/usr/lib/chromium/chromium', args: ['--disable-gpu','--disable-quic'] });
const T = Date.now(); const log = (...a: unknown[]) => console.log(((Date.now()-T)/1000).toFixed(1), ...a);
try {
  const { page } = await openDesign(b, p.url, generateDesign(100));
  log('opened');
  log('paused', JSON.stringify(await measureFrames(page, 3000)).slice(0, 300));
  const sp = await speeds(page); await sp.pick(sp.choices[2]!);
  log('speed set');
  await playButton(page).click({ force: true, timeout: 5000 });
  log('clicked play');
  const w = await measureFrames(page, 3000);
  log('running', w.fps, w.canvasUpdatesPerS, w.loafs.length, JSON.stringify(w.loafs.slice(0, 3)));
  await page.screenshot({ path: '/tmp/s2.png' });
  log('shot');
  await playButton(page).click({ force: true, timeout: 5000 });
  log('clicked pause');
} finally { await b.close(); await p.stop(); }
