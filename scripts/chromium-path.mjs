// Finds a Chromium for Playwright: $CHROMIUM_PATH, Playwright's own cache, then the usual system paths.
// Shared by find-chromium.mjs (setup) and playwright.config.ts (launch).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const SYSTEM_PATHS = [
  '/usr/lib/chromium/chromium', // Debian's real binary; /usr/bin/chromium is a wrapper script
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

function playwrightCachePath() {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return playwrightCachePath() ?? SYSTEM_PATHS.find((p) => existsSync(p));
}
