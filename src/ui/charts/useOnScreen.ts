import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether the element is in view (IntersectionObserver; true where there is none). A live chart scrolled out of the
 * charts dock, or a panel under a closed tab, does not need to redraw while nobody can see it (issue 18).
 */
export function useOnScreen(ref: RefObject<Element | null>): boolean {
  const [visible, setVisible] = useState(true);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => setVisible(entries.some((e) => e.isIntersecting)));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return visible;
}
