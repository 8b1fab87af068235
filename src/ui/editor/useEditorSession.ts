import { useEffect } from 'react';
import { startAutosave } from '../../state/persistence/autosave';
import { bootSession, useSession } from '../../state/persistence/session';
import { useAppStore } from '../../state/store';
import { select, useEditor } from './editorStore';

/** Drops selected ids that no longer exist (after undo, delete, opening another design). */
function pruneSelection(): () => void {
  return useAppStore.subscribe((state, previous) => {
    if (state.design === previous.design) return;
    const { design } = state;
    const exists = new Set([...design.sites.map((s) => s.id), ...design.nodes.map((n) => n.id), ...design.links.map((l) => l.id), ...design.relations.map((r) => r.id)]);
    const { selectedNodes, selectedEdges } = useEditor.getState();
    const nodes = selectedNodes.filter((id) => exists.has(id));
    const edges = selectedEdges.filter((id) => exists.has(id));
    if (nodes.length !== selectedNodes.length || edges.length !== selectedEdges.length) select(nodes, edges);
  });
}

let booted = false;

/** Boots the document session once (restore, share link, autosave); returns whether it is ready. */
export function useEditorSession(): boolean {
  const ready = useSession((s) => s.ready);
  useEffect(() => {
    // StrictMode mounts twice in development; the session is one per page.
    if (booted) return;
    booted = true;
    // The simulation follows the design by itself (simBridge reloads on every design change).
    const stops: Array<() => void> = [pruneSelection()];
    void bootSession().then(() => stops.push(startAutosave()));
  }, []);
  return ready;
}
