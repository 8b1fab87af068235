import type { DesignDoc } from '../design/schema';

/*
 * A file of its own, apart from the jobs that run analyses: the page compares a result's design with the one on
 * screen (is the result stale?) without importing the analyses themselves.
 */

/** Layout only: where a node or site is drawn changes no result (the canvas writes these as you drag). */
const LAYOUT_KEYS = new Set(['position', 'size']);

export const withoutLayout = (key: string, value: unknown) => (LAYOUT_KEYS.has(key) ? undefined : value);

/** A design as the analyses see it: two designs with the same text give the same results. */
export const analysisText = (design: DesignDoc): string => JSON.stringify(design, withoutLayout);
