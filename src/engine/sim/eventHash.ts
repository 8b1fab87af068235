import type { SimEvent } from '../events';

/* A file of its own: the page hashes the events it was sent (state/simulation.ts) without importing the runs. */

/**
 * 64-bit FNV-1a (two 32-bit lanes) over the JSON of every event: the same in Node, the worker and any
 * browser, because it only uses integer maths on the UTF-16 code units of the text.
 */
export function hashEvents(events: readonly SimEvent[]): string {
  let h1 = 0x811c9dc5;
  let h2 = 0xcbf29ce4;
  for (const event of events) {
    const text = JSON.stringify(event);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
      // A second lane with another odd multiplier (an even one shifts the early text out: a 32-bit hash in effect).
      h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
    }
    h1 = Math.imul(h1 ^ 0x0a, 0x01000193) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}
