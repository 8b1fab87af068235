import { z } from 'zod';

/**
 * Imported first by each browser entry (the page and the simulation worker), before any schema is built: zod's
 * compiled validators probe `new Function`, which the Content-Security-Policy forbids (no 'unsafe-eval'), and the
 * browser reports the probe as a violation even though zod catches it. Without the probe zod validates the same way,
 * only without the compiled fast path (designs are small).
 */
z.config({ jitless: true });
