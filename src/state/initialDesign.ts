import { validateDesign, type DesignDoc } from '../engine';
import { TEMPLATES, templateById } from '../templates';

declare global {
  interface Window {
    /** A design handed in before the app boots (benchmarks and tests use it); validated like any import. */
    __FAILOVER_LAB_DESIGN__?: unknown;
  }
}

/**
 * The design the app opens with when the URL or the page asks for one explicitly: an injected document, or
 * `?template=<id>`. Returns undefined when nothing was asked for (the caller then restores or uses a default).
 */
export function requestedDesign(): DesignDoc | undefined {
  if (typeof window === 'undefined') return undefined;
  if (window.__FAILOVER_LAB_DESIGN__ !== undefined) {
    const result = validateDesign(window.__FAILOVER_LAB_DESIGN__);
    if (result.ok) return result.design;
  }
  const id = new URLSearchParams(window.location.search).get('template');
  return id ? templateById(id)?.design : undefined;
}

export function defaultDesign(): DesignDoc {
  return TEMPLATES[0]!.design;
}
