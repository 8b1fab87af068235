import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

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
