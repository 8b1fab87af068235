import { useEffect, useState } from 'react';
import { useAppStore, type AppState } from '../../state/store';

/**
 * A store value for charts, refreshed at most every `intervalMs`: the store already changes at most once per
 * animation frame, and a chart redraw a few times a second is smoother than a redraw every frame.
 */
export function useThrottledStore<T>(select: (s: AppState) => T, intervalMs = 250): T {
  const [value, setValue] = useState(() => select(useAppStore.getState()));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = 0;
    const update = () => {
      timer = undefined;
      last = performance.now();
      setValue(() => select(useAppStore.getState()));
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
