import { memo, useEffect } from 'react';
import { useStore } from 'zustand';
import type { OfflineStore } from '../state/offline';
import { useWords } from '../state/words';
import { defineMessages } from '../words/intl';

const M = defineMessages({
  ready: {
    id: 'offline.ready',
    defaultMessage: 'Ready to work offline: this browser now keeps the whole simulator.',
  },
  update: {
    id: 'offline.update',
    defaultMessage:
      'A new version of the simulator is ready. Updating reloads the page; your table and saved work stay.',
  },
  updateNow: { id: 'offline.updateNow', defaultMessage: 'Update now' },
  later: { id: 'offline.later', defaultMessage: 'Later' },
  dismiss: { id: 'notice.dismiss', defaultMessage: 'Dismiss' },
});

/**
 * How long "ready to work offline" stays in view: it is news once, not a state to watch. Counted
 * from when it can be seen: on the projector it waits for the editing view (styles.css).
 */
const READY_SHOWN_MS = 10_000;

/**
 * What the offline build has to say: that this browser now keeps the whole simulator, or that a
 * new version is ready (taken on the user's word, never by itself). A polite live region: the
 * page's one status is the outcome.
 */
export const UpdateBar = memo(function UpdateBar({
  store,
  presenting = false,
}: {
  store: OfflineStore;
  /** Presenter mode hides the first install's news (styles.css): its time waits meanwhile. */
  presenting?: boolean;
}) {
  const { stage, update } = useStore(store);
  const intl = useWords();
  const hide = () => store.setState({ stage: 'none', update: null });
  useEffect(() => {
    if (stage !== 'ready' || presenting) return;
    const timer = setTimeout(() => {
      if (store.getState().stage === 'ready') store.setState({ stage: 'none' });
    }, READY_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [stage, presenting, store]);
  // What the card says, and its buttons: nothing, the news of the first install, or an update.
  const card =
    stage === 'ready'
      ? { text: M.ready, buttons: [{ label: M.dismiss, onClick: hide }] }
      : stage === 'update' && update
        ? {
            text: M.update,
            buttons: [
              { label: M.updateNow, onClick: update },
              { label: M.later, onClick: hide },
            ],
          }
        : null;
  return (
    <div className="update-bar" aria-live="polite">
      {card && (
        <div className="notice" data-kind="info" data-stage={stage}>
          <p>{intl.formatMessage(card.text)}</p>
          <div className="toolbar">
            {card.buttons.map(({ label, onClick }) => (
              <button key={label.id} type="button" onClick={onClick}>
                {intl.formatMessage(label)}
              </button>
            ))}
          </div>
        </div>
      )}
    </div>
  );
});
