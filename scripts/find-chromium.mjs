#!/usr/bin/env node
// Makes sure a Chromium exists for the end-to-end tests. As root on Debian it installs the distribution's
// package (no test tool can download its own browser on a closed network); elsewhere it says how to get one.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium-path.mjs';

const found = findChromium();
if (found) {
  console.log(`Chromium: ${found}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = existsSync('/etc/debian_version');
if (isRoot && isDebian) {
  console.log('No Chromium found: installing Debian\'s chromium package with apt-get…');
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium', {
      stdio: 'inherit',
    });
  } catch {
    // Offline or no such package: apt-get has said why above; the how-to below says what else to do.
    console.error('apt-get could not install chromium.');
  }
  const installed = findChromium();
  if (installed) {
    console.log(`Chromium: ${installed}`);
    process.exit(0);
  }
}

console.error(`No Chromium found for the end-to-end tests. Get one of these, then run npm test again:
  - with internet access:   npx playwright install chromium
  - on Debian/Ubuntu:       sudo apt-get install chromium
  - any Chromium or Chrome: export CHROMIUM_PATH=/path/to/chrome`);
process.exit(1);
