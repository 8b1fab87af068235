import { useLayoutEffect, useState, type RefObject } from 'react';
import type { Box } from './geometry';

/** The element's content box, kept up to date by a ResizeObserver (0×0 until it is laid out). */
export function useBoxSize(ref: RefObject<Element | null>): Box {
  const [box, setBox] = useState<Box>({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const set = (width: number, height: number) =>
      setBox((prev) => (prev.width === Math.round(width) && prev.height === Math.round(height) ? prev : { width: Math.round(width), height: Math.round(height) }));
    const rect = el.getBoundingClientRect();
    set(rect.width, rect.height);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const r = entries[entries.length - 1]!.contentRect;
      set(r.width, r.height);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return box;
}
