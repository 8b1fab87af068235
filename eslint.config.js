import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import local from './eslint/layers.mjs';

// The engine must replay a run exactly from one seed: no clock, no randomness, no timers, no DOM.
// Date, globalThis, self, performance and crypto are banned outright (not just Date.now): any use is a way
// round the ban (Date(), new Date(), globalThis.setInterval, globalThis.Date.now(), crypto.getRandomValues…).
const impureGlobals = [
  'window',
  'document',
  'setTimeout',
  'setInterval',
  'setImmediate',
  'queueMicrotask',
  'requestAnimationFrame',
  'performance',
  'navigator',
  'self',
  'globalThis',
  'global',
  'Date',
  'crypto',
].map((name) => ({ name, message: 'src/engine is pure and deterministic: pass time and randomness in from the kernel.' }));

// Math is fine for arithmetic, but only as `Math.x`: an alias (`const M = Math; M.random()`), destructuring
// (`const { random } = Math`) or computed access (`Math['random']`) would slip past the Math.random ban.
const mathEscape = "Identifier[name='Math']:not(MemberExpression[computed=false] > Identifier.object):not(MemberExpression > Identifier.property):not(Property > Identifier.key)";

/**
 * Which folder may import which (DESIGN.md's "never" directions), checked on resolved paths by `local/layers`
 * (eslint/layers.mjs). src/layers.test.ts proves each boundary refuses a bad import.
 */
const APP_LAYERS = ['src/ui/', 'src/state/', 'src/commands/', 'src/worker/', 'src/cli/', 'src/report/', 'src/i18n/', 'src/templates/', 'src/main.tsx', 'e2e/'];
/** Tests (and the kits' test harnesses) may cross the engine's inner boundaries to check that two parts agree. */
const TESTS = '(\\.test\\.tsx?$|/test/)';
const UI_PACKAGES = ['react', 'react-dom', '@xyflow/react', 'zustand', 'zundo', 'recharts', 'lucide-react', 'i18next', 'react-i18next', 'html-to-image', 'elkjs'];
const BOUNDARIES = [
  {
    // One door into the engine: its public API (src/engine/index.ts), so that its inside can change freely.
    files: APP_LAYERS,
    forbid: ['src/engine/'],
    allow: ['src/engine/index'],
    message: 'Outside src/engine, import the engine only through its public API (src/engine/index.ts)',
  },
  {
    // The engine is pure and headless: it runs in Node, in the worker and in tests without the app around it.
    files: ['src/engine/'],
    except: TESTS,
    forbid: ['src/ui/', 'src/state/', 'src/commands/', 'src/worker/', 'src/cli/', 'src/i18n/', 'src/templates/', 'src/main'],
    packages: UI_PACKAGES,
    message: 'src/engine never imports the UI, state, commands, worker, CLI, i18n, templates or a UI library',
  },
  {
    files: ['src/engine/kits/ontime/'],
    forbid: ['src/engine/kits/weblogic/', 'src/engine/kits/registry', 'src/engine/kits/catalog'],
    except: TESTS,
    message: 'A kit never imports another kit, nor the registry or catalog that lists them all',
  },
  {
    files: ['src/engine/kits/weblogic/'],
    forbid: ['src/engine/kits/ontime/', 'src/engine/kits/registry', 'src/engine/kits/catalog'],
    except: TESTS,
    message: 'A kit never imports another kit, nor the registry or catalog that lists them all',
  },
  {
    // The document format is the kits' common ground: it takes their kinds as a KindCatalog (documents.ts binds them).
    files: ['src/engine/design/'],
    except: TESTS,
    forbid: ['src/engine/'],
    allow: ['src/engine/design/', 'src/engine/params', 'src/engine/zod', 'src/engine/faults/catalogue'],
    message: 'The design format (src/engine/design) imports only itself, params, the fault catalogue (its schema) and the configured zod: never a kit, the registry or the simulation',
  },
  {
    // Primitives are vendor-neutral HA mechanisms the kits are built from.
    files: ['src/engine/kernel/', 'src/engine/network/', 'src/engine/primitives/'],
    except: TESTS,
    forbid: ['src/engine/kits/'],
    message: 'The kernel, the network and the primitives never import a kit',
  },
  {
    // The worker bundle must not drag the app in (DESIGN.md pitfalls).
    files: ['src/worker/'],
    forbid: ['src/ui/', 'src/state/', 'src/commands/', 'src/i18n/', 'src/cli/'],
    packages: UI_PACKAGES,
    message: 'src/worker never imports the UI, state, commands, i18n, CLI or a UI library',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'dist-e2e', 'node_modules', 'test-results', 'playwright-report', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: globals.node } },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // zod is configured once (jitless, for the Content-Security-Policy) in the module every schema imports.
    files: ['**/*.{ts,tsx}'],
    ignores: ['src/engine/zod.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'zod', message: "Import z from src/engine/zod.ts: it is configured jitless there, before any schema exists (the CSP forbids zod's eval probe)." }] }] },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'e2e/**/*.ts'],
    plugins: { local },
    rules: { 'local/layers': ['error', { root: import.meta.dirname, boundaries: BOUNDARIES }] },
  },
  {
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', ...impureGlobals],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Use kernel.now (virtual integer ms).' },
        { object: 'Math', property: 'random', message: 'Use the seeded PRNG of the kernel.' },
        { object: 'performance', property: 'now', message: 'Use kernel.now (virtual integer ms).' },
        { object: 'globalThis', property: 'setTimeout', message: 'Schedule on the kernel instead.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date']", message: 'No wall clock in the engine.' },
        { selector: mathEscape, message: 'Use Math only as Math.x (never aliased): randomness comes from the seeded PRNG of the kernel.' },
      ],
    },
  },
);
