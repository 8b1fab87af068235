/**
 * A production build served by `vite preview`, for the browser measurements. The preview runs in its own process
 * group and is stopped as a group: killing only the pid of `vite preview` leaves its node child serving a stale
 * build to the next run (RECIPE pitfall 8).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PLAIN_FLOW_DIR } from './plainFlow';

export const ROOT = resolve(import.meta.dirname, '..', '..');
/** Inside node_modules so that neither git, ESLint nor `npm run build`'s dist/ ever sees it. */
export const OUT_DIR = join(ROOT, 'node_modules', '.cache', 'bench-dist');
const VITE = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');

/** The load-time baseline: the smallest interactive page, served by the same preview in the same run. */
export const BASELINE_PAGE = 'bench-baseline.html';
// The script is a file of its own: the app's Content-Security-Policy (served by the preview) forbids inline scripts.
const BASELINE_SCRIPT = 'bench-baseline.js';
const BASELINE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>baseline</title></head>
<body><script type="module" src="${BASELINE_SCRIPT}"></script></body></html>
`;
const BASELINE_JS = `const b = document.createElement('button'); b.textContent = 'Start'; document.body.append(b);\n`;

export function buildApp(log: (line: string) => void): void {
  const started = Date.now();
  // BENCH_SOURCEMAP=1 (bench/profile.ts): source maps, so a CPU profile names the library and function.
  const maps = process.env.BENCH_SOURCEMAP === '1' ? ['--sourcemap'] : [];
  const result = spawnSync(process.execPath, [VITE, 'build', '--outDir', OUT_DIR, '--emptyOutDir', '--logLevel', 'warn', ...maps], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status}):\n${result.stderr || result.stdout}`);
  writeFileSync(join(OUT_DIR, BASELINE_PAGE), BASELINE_HTML);
  writeFileSync(join(OUT_DIR, BASELINE_SCRIPT), BASELINE_JS);
  // The plain React Flow page (bench/plain), served by the same preview under /plain-flow/.
  const plain = spawnSync(process.execPath, [VITE, 'build', '--config', join(ROOT, 'bench', 'plain', 'vite.config.ts'), '--outDir', join(OUT_DIR, PLAIN_FLOW_DIR), '--logLevel', 'warn', ...maps], { cwd: ROOT, encoding: 'utf8' });
  if (plain.status !== 0) throw new Error(`vite build of the plain React Flow page failed (exit ${plain.status}):\n${plain.stderr || plain.stdout}`);
  log(`vite build: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

export interface Preview {
  url: string;
  stop(): Promise<void>;
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode} (port busy? set BENCH_PORT)`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms`);
}

export async function startPreview(port: number): Promise<Preview> {
  const child = spawn(process.execPath, [VITE, 'preview', '--outDir', OUT_DIR, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    cwd: ROOT,
    detached: true, // its own process group, so stop() reaches every child
    stdio: 'ignore',
  });
  const stopGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  const onExit = () => stopGroup('SIGKILL');
  process.on('exit', onExit);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(url, child, 30_000);
  } catch (error) {
    stopGroup('SIGKILL');
    throw error;
  }
  return {
    url,
    stop: async () => {
      process.off('exit', onExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      stopGroup('SIGTERM');
      const timer = setTimeout(() => stopGroup('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export interface InitialJs {
  files: Array<{ file: string; bytes: number; gzip: number }>;
  gzipTotal: number;
  rawTotal: number;
  /** Scripts loaded later (lazy chunks, the simulation worker): not part of the initial budget. */
  otherJsGzip: number;
}

/** The JavaScript index.html loads before anything runs: its module entry and every modulepreload. */
export function initialJs(): InitialJs {
  const html = readFileSync(join(OUT_DIR, 'index.html'), 'utf8');
  const refs = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) refs.add(m[1]!);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) refs.add(m[1]!);
  const files = [...refs].map((ref) => {
    const body = readFileSync(join(OUT_DIR, ref.replace(/^\//, '')));
    return { file: ref, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
  });
  const assets = join(OUT_DIR, 'assets');
  let otherJsGzip = 0;
  for (const name of readdirSync(assets)) {
    if (!name.endsWith('.js') || files.some((f) => f.file.endsWith(`/${name}`))) continue;
    const path = join(assets, name);
    if (statSync(path).isFile()) otherJsGzip += gzipSync(readFileSync(path), { level: 9 }).length;
  }
  return { files, gzipTotal: files.reduce((a, f) => a + f.gzip, 0), rawTotal: files.reduce((a, f) => a + f.bytes, 0), otherJsGzip };
}
