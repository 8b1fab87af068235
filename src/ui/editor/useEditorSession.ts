import { useEffect } from 'react';
import { startAutosave } from '../../state/persistence/autosave';
import { bootSession } from '../../state/persistence/session';
import { startFaultMemory } from '../../state/persistence/faultMemory';
import { useAppStore } from '../../state/store';
import { simulation } from '../../state/simulation';
import { select } from '../../state/editorView';

/** Edits come in bursts (typing, nudging); the simulation restarts once the burst is over. */
const RELOAD_DELAY_MS = 250;

/** Reloads the simulation whenever the design on screen changes, so the live view always simulates what you see. */
function followDesign(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = useAppStore.subscribe((state, previous) => {
    if (state.design === previous.design) return;
    const previousSeed = previous.design.seed;
    clearTimeout(timer);
    timer = setTimeout(() => {
      // A document just opened has no undo history: its run starts afresh, with nothing to announce.
      const { pastStates, futureStates } = useAppStore.temporal.getState();
      simulation.reloadDesign(previousSeed, pastStates.length + futureStates.length > 0);
    }, RELOAD_DELAY_MS);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}

/** Drops selected ids that no longer exist (after undo, delete, opening another design). */
function pruneSelection(): () => void {
  return useAppStore.subscribe((state, previous) => {
    if (state.design === previous.design) return;
    const { design } = state;
    const exists = new Set([...design.sites.map((s) => s.id), ...design.nodes.map((n) => n.id), ...design.links.map((l) => l.id), ...design.relations.map((r) => r.id)]);
    const { selection } = useAppStore.getState();
    const nodes = selection.nodes.filter((id) => exists.has(id));
    const edges = selection.edges.filter((id) => exists.has(id));
    if (nodes.length !== selection.nodes.length || edges.length !== selection.edges.length) select(nodes, edges);
  });
}

let booted = false;

/** Boots the document session once (restore, share link, autosave, simulation follow); returns whether it is ready. */
export function useEditorSession(): boolean {
  const ready = useAppStore((s) => s.sessionReady);
  useEffect(() => {
    // StrictMode mounts twice in development; the session is one per page.
    if (booted) return;
    booted = true;
    const stops: Array<() => void> = [followDesign(), pruneSelection(), startFaultMemory()];
    void bootSession().then(() => stops.push(startAutosave()));
  }, []);
  return ready;
}
