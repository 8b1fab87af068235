import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The engine must replay a run exactly from one seed: no clock, no randomness, no timers, no DOM.
const impureGlobals = ['window', 'document', 'setTimeout', 'setInterval', 'setImmediate', 'requestAnimationFrame', 'performance', 'navigator', 'self'].map(
  (name) => ({ name, message: 'src/engine is pure and deterministic: pass time and randomness in from the kernel.' }),
);

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
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date']", message: 'No wall clock in the engine.' }],
    },
  },
);
