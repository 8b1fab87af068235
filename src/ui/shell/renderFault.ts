import { createElement, Fragment, useSyncExternalStore, type ReactNode } from 'react';

/**
 * Test hook (dev and the 'e2e' build only, like the worker-crash hook in src/state/simulation.ts): makes one
 * panel throw while rendering, so a test can see its error boundary. A release build renders children untouched.
 */
export const RENDER_FAULT_HOOK = import.meta.env.DEV || import.meta.env.MODE === 'e2e';

declare global {
  interface Window {
    /** Dev and e2e builds only: the next render of `panel` (a PanelBoundary's name) throws. */
    __failoverLabBreakPanel?: (panel: string) => void;
  }
}

const broken = new Set<string>();
const listeners = new Set<() => void>();

function breakPanel(panel: string): void {
  broken.add(panel);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Renders its children, or throws once the test hook has broken its panel. */
export function RenderFaultProbe({ panel, children }: { panel: string; children: ReactNode }) {
  const isBroken = useSyncExternalStore(subscribe, () => broken.has(panel));
  if (isBroken) throw new Error(`render error forced in the ${panel} panel (test hook)`);
  return createElement(Fragment, null, children);
}

export function installRenderFaultHook(): void {
  if (RENDER_FAULT_HOOK && typeof window !== 'undefined') window.__failoverLabBreakPanel = breakPanel;
}
