import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The plain React Flow page (bench/plain/main.ts), built next to the app under /plain-flow/ by bench/browser/server.ts. */
export default defineConfig({
  root: import.meta.dirname,
  base: '/plain-flow/', // PLAIN_FLOW_DIR of bench/browser/plainFlow.ts
  plugins: [react()],
  logLevel: 'warn',
  build: { target: 'es2022', emptyOutDir: true },
});
