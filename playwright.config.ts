import { defineConfig, devices } from '@playwright/test';
// @ts-expect-error plain ESM helper shared with scripts/find-chromium.mjs
import { findChromium } from './scripts/chromium-path.mjs';

// Each checkout may pick its own port (E2E_PORT) so that several can run their tests at once.
const PORT = Number(process.env.E2E_PORT ?? 5199);

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: (findChromium as () => string | undefined)(),
      args: ['--disable-gpu', '--disable-quic'],
    },
  },
  webServer: {
    // A production build served statically: pages load in a fraction of the dev server's time on a 2-core machine
    // (no per-module transforms), and the tests exercise what users get. Mode 'e2e' keeps the worker-crash hook.
    command: `npx vite build --mode e2e --outDir dist-e2e --emptyOutDir --logLevel warn && npx vite preview --outDir dist-e2e --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
