/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The Content-Security-Policy of the built app (index.html's meta tag and the preview server's header). Everything
 * comes from our own origin: no inline or remote script, no request elsewhere (`connect-src 'self'`), the simulation
 * worker and the offline service worker from our own files.
 * - `style-src 'unsafe-inline'`: React Flow, Recharts and our components position things with `style` attributes
 *   (node positions, the viewport transform); `style-src-attr` alone would do, but older Safari ignores it and
 *   would then block them all. Styles cannot run code, so scripts stay strict.
 * - `img-src data: blob:`: the PNG/SVG export (html-to-image) renders the canvas through data: and blob: images.
 * The dev server is left without it: React refresh injects an inline script there.
 */
/** Unit tests of code that is pure by design (engine, templates, stories, i18n, report): no isolation needed. */
const PURE_TESTS = ['src/{engine,templates,stories,i18n,report}/**/*.test.ts'];

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Puts the policy into the built index.html, so it holds wherever the files are served from. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'failover-lab-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    // Offline: every built file is precached by a service worker (registered in src/ui/offline), so a presales
    // demo runs without a network once the app has been opened. Updates wait for the user (registerType 'prompt').
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'Failover Lab',
        short_name: 'Failover Lab',
        description: 'Break a highly available system and watch it fail over',
        theme_color: '#0f766e',
        background_color: '#ffffff',
        display: 'standalone',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,json,woff2}'],
        // The simulation worker and the charts are large single files; all of them must be cached to run offline.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
      },
    }),
  ],
  worker: { format: 'es' },
  server: { port: 5173, strictPort: false },
  // frame-ancestors only works as a header (a meta tag may not carry it): the preview server refuses to be framed.
  preview: { port: 4173, headers: { 'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'self'` } },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      // The engine's public API (src/engine/index.ts) only re-exports. Declared free of side effects, the bundler
      // follows each imported name to the module that defines it, instead of counting every engine module as a
      // static dependency of whoever imports one name: otherwise the page's first chunk would hold every engine
      // module some lazy panel or report uses (bench row 5, initial JavaScript).
      treeshake: { moduleSideEffects: (id: string) => !id.endsWith('/src/engine/index.ts') },
    },
  },
  test: {
    environment: 'node',
    projects: [
      {
        // The pure code (no DOM, no globals, no timers of its own): its files share one module graph per worker
        // instead of re-importing the engine for each of ~90 files, which took more time than their tests did.
        extends: true,
        test: { name: 'pure', include: PURE_TESTS, isolate: false },
      },
      {
        // The rest stubs globals, fakes timers and holds module-level stores: each file in its own fresh context.
        extends: true,
        test: { name: 'app', include: ['src/**/*.test.ts', 'src/**/*.test.tsx'], exclude: PURE_TESTS },
      },
    ],
  },
});
