import { useAppStore } from '../store';
import { otherTabSaved, rememberEdit, saveNow } from './session';
import { onOtherTabSaved } from './tabSync';

/** Long enough to batch a burst of edits (typing a name), short enough that a crash loses almost nothing. */
export const AUTOSAVE_DELAY_MS = 400;

/**
 * Saves the design to IndexedDB after every change (debounced), and at once when the page is hidden or closed. Every
 * change is also copied synchronously to sessionStorage (see writeAhead): the IndexedDB write of a reload right after
 * an edit may never complete. Listens for saves by other tabs. Returns the unsubscribe function.
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
    if (state.design === previous.design || useAppStore.getState().readOnly) return;
    rememberEdit();
    useAppStore.setState({ save: 'pending' });
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void saveNow();
    }, AUTOSAVE_DELAY_MS);
  });
  const onHide = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  const stopTabSync = onOtherTabSaved((notice) => void otherTabSaved(notice));
  document.addEventListener('visibilitychange', onHide);
  window.addEventListener('pagehide', flush);
  return () => {
    unsubscribe();
    stopTabSync();
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', onHide);
    window.removeEventListener('pagehide', flush);
  };
}
