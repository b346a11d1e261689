import { memo, useEffect } from 'react';
import { useStore } from 'zustand';
import type { OfflineStore } from '../state/offline';

/** How long "ready to work offline" stays: it is news once, not a state to watch. */
const READY_SHOWN_MS = 10_000;

/**
 * What the offline build has to say: that this browser now keeps the whole simulator, or that a
 * new version is ready (taken on the user's word, never by itself). A polite live region: the
 * page's one status is the outcome.
 */
export const UpdateBar = memo(function UpdateBar({ store }: { store: OfflineStore }) {
  const { stage, update } = useStore(store);
  const hide = () => store.setState({ stage: 'none', update: null });
  useEffect(() => {
    if (stage !== 'ready') return;
    const timer = setTimeout(() => {
      if (store.getState().stage === 'ready') store.setState({ stage: 'none' });
    }, READY_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [stage, store]);
  return (
    <div className="update-bar" aria-live="polite">
      {stage === 'ready' && (
        <div className="notice" data-kind="info">
          <p>Ready to work offline: this browser now keeps the whole simulator.</p>
          <div className="toolbar">
            <button type="button" onClick={hide}>
              Dismiss
            </button>
          </div>
        </div>
      )}
      {stage === 'update' && update && (
        <div className="notice" data-kind="info">
          <p>
            A new version of the simulator is ready. Updating reloads the page; your table and saved
            work stay.
          </p>
          <div className="toolbar">
            <button type="button" onClick={update}>
              Update now
            </button>
            <button type="button" onClick={hide}>
              Later
            </button>
          </div>
        </div>
      )}
    </div>
  );
});
