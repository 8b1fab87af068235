import { z } from 'zod';

/**
 * The one zod the app uses, configured before any schema exists: zod's compiled validators probe `new Function`,
 * which the Content-Security-Policy forbids (no 'unsafe-eval'), and the browser reports the probe as a violation
 * even though zod catches it. Configuring it here, in the module every schema imports, holds whatever chunks the
 * bundler makes (a separate `import './zodConfig'` at each entry ran after a chunk that already validated a
 * template). Without the compiled fast path zod validates the same way; designs are small.
 */
z.config({ jitless: true });

export { z };
