/**
 * More ways to share, beside Copy link: a link that opens in presenter mode (for a lesson's
 * slides) and an embed code (an iframe of that link, for a course page or a learning platform).
 * The addresses and the clipboard belong to the composition root: this panel only asks.
 */
import { memo, useEffect, useId, useRef, useState } from 'react';
import type { TableState } from '../state/store';
import { useWords } from '../state/words';
import { defineMessages } from '../words/intl';
import { lazyPanel } from './lazyPanel';
import './share.css';

export interface SharePort {
  /** The full address that opens a table in presenter mode. */
  readonly presenterUrlOf: (table: TableState) => string;
  /** Copies the presenter link of the table in play, and says so. */
  readonly copyPresenterLink: () => void;
  /** Copies the embed code of the table in play, and says so. */
  readonly copyEmbedCode: () => void;
}

/**
 * The panel's inside (the presenter link and the embed code) loads when the panel is first
 * opened, or on a hint (the pointer over the button, or the focus on it): a first visit does
 * not need it.
 */
const Options = lazyPanel(() => import('./ShareOptions').then((m) => m.ShareOptions));

const M = defineMessages({
  more: { id: 'header.moreWaysToShare', defaultMessage: 'More ways to share' },
  panel: { id: 'header.sharePanel', defaultMessage: 'Share for slides and course pages' },
});

/** A disclosure button, "More ways to share", and its panel. */
export const SharePanel = memo(function SharePanel({ port }: { port: SharePort }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const intl = useWords();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);

  // Esc closes the panel from anywhere inside it, and gives the focus back to its button.
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      if (!(e.target instanceof Node) || !boxRef.current?.contains(e.target)) return;
      e.preventDefault();
      setOpen(false);
      toggleRef.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  return (
    <div ref={boxRef} className="share-more">
      <button
        ref={toggleRef}
        type="button"
        className="button share-more-toggle"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen((o) => !o)}
        onPointerEnter={() => void Options.load().catch(() => {})}
        onFocus={() => void Options.load().catch(() => {})}
      >
        {intl.formatMessage(M.more)}
      </button>
      <div
        id={`${id}-panel`}
        className="share-more-panel"
        role="group"
        aria-label={intl.formatMessage(M.panel)}
        hidden={!open}
      >
        {open && <Options.Panel port={port} id={id} />}
      </div>
    </div>
  );
});
