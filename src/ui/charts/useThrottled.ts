import { startTransition, useEffect, useState } from 'react';
import { useAppStore, type AppState } from '../../state/store';

/**
 * A store value for charts, refreshed at most every `intervalMs`: the store already changes at most once per
 * animation frame, and a chart redraw a few times a second is smoother than a redraw every frame. The refresh is a
 * transition (issue 18): React renders it in slices between frames, so a chart redraw never holds up a frame, the
 * canvas or the answer to a click.
 */
export function useThrottledStore<T>(select: (s: AppState) => T, intervalMs = 250): T {
  const [value, setValue] = useState(() => select(useAppStore.getState()));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = 0;
    const update = () => {
      timer = undefined;
      last = performance.now();
      startTransition(() => setValue(() => select(useAppStore.getState())));
    };
    const unsubscribe = useAppStore.subscribe((s, prev) => {
      if (select(s) === select(prev) || timer !== undefined) return;
      timer = setTimeout(update, Math.max(0, intervalMs - (performance.now() - last)));
    });
    update();
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [select, intervalMs]);
  return value;
}
