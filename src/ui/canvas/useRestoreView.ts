import { useEffect, useRef } from 'react';
import { useAppStore } from '../../state/store';
import { flowInstance } from '../editor/flowRef';

/**
 * The canvas reads the saved view only when it mounts; switching documents (My designs, a template, an import)
 * keeps it mounted, so each switch moves to the new document's saved view, or fits a document that has none.
 */
export function useRestoreView(): void {
  const epoch = useAppStore((s) => s.viewEpoch);
  const seen = useRef(epoch);
  useEffect(() => {
    if (epoch === seen.current) return;
    seen.current = epoch;
    const view = useAppStore.getState().initialView;
    // After the new nodes are rendered and measured, or fitView would fit the old ones.
    const timer = setTimeout(() => {
      const flow = flowInstance();
      const { design } = useAppStore.getState();
      if (view) void flow?.setViewport(view);
      // React Flow keeps a fit of an empty canvas queued until the first node appears, then zooms onto that one
      // node (to the maximum zoom): an empty document starts at 100 % instead.
      else if (design.nodes.length + design.sites.length === 0) void flow?.setViewport({ x: 0, y: 0, zoom: 1 });
      else void flow?.fitView({ padding: 0.15 });
    }, 50);
    return () => clearTimeout(timer);
  }, [epoch]);
}
