/**
 * Presenter mode and the browser's full screen, kept in step: entering asks for full screen (it
 * must happen inside the click or key press), leaving presenter mode leaves full screen, and
 * leaving full screen (Esc, which the browser keeps for itself) leaves presenter mode. Where the
 * Fullscreen API is missing or refused, presenter mode simply stays in the window.
 */
import type { AppStore } from '../state/store';

export interface FullscreenLink {
  /** Requests full screen for the whole page; a no-op where unavailable. */
  readonly enter: () => void;
  /**
   * Whether full screen can be asked for here: false without the API, or in a frame the page
   * embedding it did not allow full screen (no allow="fullscreen").
   */
  readonly available: boolean;
  readonly disconnect: () => void;
}

export function connectFullscreen(store: AppStore, doc: Document): FullscreenLink {
  const enter = () => {
    const root = doc.documentElement;
    if (typeof root.requestFullscreen !== 'function' || doc.fullscreenElement) return;
    root.requestFullscreen().catch(() => {
      // Refused (policy, no user activation): presenter mode works in the window as well.
    });
  };
  const onChange = () => {
    if (!doc.fullscreenElement && store.getState().presenting)
      store.getState().setPresenting(false);
  };
  doc.addEventListener('fullscreenchange', onChange);
  const unsubscribe = store.subscribe((state, prev) => {
    if (prev.presenting && !state.presenting && doc.fullscreenElement) {
      doc.exitFullscreen().catch(() => {
        // Already left (the person pressed Esc): nothing to undo.
      });
    }
  });
  return {
    enter,
    available:
      typeof doc.documentElement.requestFullscreen === 'function' &&
      (doc as Partial<Pick<Document, 'fullscreenEnabled'>>).fullscreenEnabled !== false,
    disconnect: () => {
      doc.removeEventListener('fullscreenchange', onChange);
      unsubscribe();
    },
  };
}
