import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * scripts/find-chromium.mjs (run before the e2e tests) on a closed network: no Chromium anywhere and apt-get
 * failing must end in the how-to message and exit code 1, not in a stack trace. The script runs from a
 * scratch copy whose chromium-path.mjs finds nothing, with an apt-get on PATH that fails like an offline one.
 */
const canInstall = typeof process.getuid === 'function' && process.getuid() === 0 && existsSync('/etc/debian_version');

describe('scripts/find-chromium.mjs', () => {
  it.skipIf(!canInstall)('when apt-get fails (offline) it prints how to get a Chromium and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'find-chromium-'));
    copyFileSync('scripts/find-chromium.mjs', join(dir, 'find-chromium.mjs'));
    writeFileSync(join(dir, 'chromium-path.mjs'), 'export function findChromium() { return undefined; }\n');
    writeFileSync(join(dir, 'apt-get'), '#!/bin/sh\necho "E: could not resolve deb.debian.org" >&2\nexit 100\n');
    chmodSync(join(dir, 'apt-get'), 0o755);
    const result = spawnSync(process.execPath, [join(dir, 'find-chromium.mjs')], { encoding: 'utf8', env: { ...process.env, PATH: `${dir}:${process.env.PATH ?? ''}` } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('No Chromium found for the end-to-end tests');
    expect(result.stderr).toContain('npx playwright install chromium');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
