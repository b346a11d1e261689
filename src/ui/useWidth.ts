import { startTransition, useCallback, useState } from 'react';

/**
 * The width of an element, kept current: charts draw at their real size, so their text stays
 * readable on a phone instead of shrinking with a scaled-down drawing.
 */
export function useWidth(): [(el: HTMLElement | null) => void, number | undefined] {
  const [width, setWidth] = useState<number | undefined>(undefined);
  const ref = useCallback((el: HTMLElement | null) => {
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const w = Math.round(entry?.contentRect.width ?? 0);
      // A transition: redrawing a chart at its new width yields to input, in slices.
      if (w > 0) startTransition(() => setWidth((old) => (old === w ? old : w)));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
