import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { openDesign, setPlaying, speeds } from './browser/app';
import { generateDesign } from './designs';
const vite = spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--port', '5206', '--strictPort', '--host', '127.0.0.1'], { detached: true, stdio: 'ignore' });
await new Promise(r => setTimeout(r, 4000));
const b = await chromium.launch({ executablePath: '/usr/lib/chromium/chromium', args: ['--disable-gpu','--disable-quic'] });
try {
  const { page, context } = await openDesign(b, 'http://127.0.0.1:5206', generateDesign(Number(process.argv[2] ?? 100)));
  const sp = await speeds(page); await sp.pick(sp.choices.at(-1)!);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await setPlaying(page, true);
  await page.waitForTimeout(1000);
  await cdp.send('Profiler.start');
  await page.waitForTimeout(6000);
  const { profile } = await cdp.send('Profiler.stop');
  const counts = new Map<number, number>(); profile.samples!.forEach((s, i) => counts.set(s, (counts.get(s) ?? 0) + (profile.timeDeltas![i] ?? 0)));
  const byFile = new Map<string, number>(); const byFn = new Map<string, number>();
  for (const n of profile.nodes) { const us = counts.get(n.id) ?? 0; const f = n.callFrame.url.replace(/^.*5206\//, '').replace(/\?.*$/, '') || n.callFrame.functionName; byFile.set(f, (byFile.get(f) ?? 0) + us); const k = `${n.callFrame.functionName} ${f}:${n.callFrame.lineNumber}`; byFn.set(k, (byFn.get(k) ?? 0) + us); }
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 14).map(([k, v]) => `${(v / 1000).toFixed(0)} ms ${k}`).join('\n');
  console.log(top(byFile)); console.log('---'); console.log(top(byFn));
} finally { await b.close(); process.kill(-vite.pid!, 'SIGTERM'); }
