import { useCallback, useState } from 'react';

/**
 * Whether an element has come within a screen's height of the viewport (and stays true once it
 * has). Heavy parts far down the page (the map on a phone) wait for it, so the first load spends
 * neither network nor main thread on them. Without IntersectionObserver (jsdom): at once.
 */
export function useNearViewport(): [(el: HTMLElement | null) => void, boolean] {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const ref = useCallback((el: HTMLElement | null) => {
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, near];
}
