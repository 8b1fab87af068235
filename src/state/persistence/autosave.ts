import { useAppStore } from '../store';
import { saveNow, useSession } from './session';

/** Long enough to batch a burst of edits (typing a name), short enough that a crash loses almost nothing. */
export const AUTOSAVE_DELAY_MS = 400;

/**
 * Saves the design to IndexedDB after every change (debounced), and at once when the page is hidden or closed.
 * Returns the unsubscribe function.
 */
export function startAutosave(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    void saveNow();
  };
  const unsubscribe = useAppStore.subscribe((state, previous) => {
    if (state.design === previous.design || useSession.getState().readOnly) return;
    useSession.setState({ save: 'pending' });
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void saveNow();
    }, AUTOSAVE_DELAY_MS);
  });
  const onHide = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  document.addEventListener('visibilitychange', onHide);
  window.addEventListener('pagehide', flush);
  return () => {
    unsubscribe();
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', onHide);
    window.removeEventListener('pagehide', flush);
  };
}
