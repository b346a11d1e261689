/**
 * More ways to share, beside Copy link: a link that opens in presenter mode (for a lesson's
 * slides) and an embed code (an iframe of that link, for a course page or a learning platform).
 * The addresses and the clipboard belong to the composition root: this panel only asks.
 */
import { memo, useEffect, useId, useRef, useState } from 'react';
import { useAppStore, useScenario } from '../state/context';
import type { TableState } from '../state/store';
import { embedCode } from './embedCode';
import './share.css';

export interface SharePort {
  /** The full address that opens a table in presenter mode. */
  readonly presenterUrlOf: (table: TableState) => string;
  /** Copies the presenter link of the table in play, and says so. */
  readonly copyPresenterLink: () => void;
  /** Copies the embed code of the table in play, and says so. */
  readonly copyEmbedCode: () => void;
}

/** A disclosure button, "More ways to share", and its panel. */
export const SharePanel = memo(function SharePanel({ port }: { port: SharePort }) {
  const [open, setOpen] = useState(false);
  const id = useId();
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
      >
        More ways to share
      </button>
      <div
        id={`${id}-panel`}
        className="share-more-panel"
        role="group"
        aria-label="Share for slides and course pages"
        hidden={!open}
      >
        {open && <ShareOptions port={port} id={id} />}
      </div>
    </div>
  );
});

function ShareOptions({ port, id }: { port: SharePort; id: string }) {
  const table = useAppStore((s) => s.table);
  const scenario = useScenario();
  const code = embedCode({ src: port.presenterUrlOf(table), title: scenario.title });
  return (
    <>
      <p className="share-more-row">
        <button type="button" className="button" onClick={port.copyPresenterLink}>
          Copy presenter link
        </button>
        <span className="share-more-hint">
          Opens this table in presenter mode, for a lesson&apos;s slides; full screen takes the
          viewer&apos;s click on Full screen.
        </span>
      </p>
      <label className="share-more-label" htmlFor={`${id}-code`}>
        Embed code
      </label>
      <textarea
        id={`${id}-code`}
        className="share-more-code"
        readOnly
        rows={4}
        spellCheck={false}
        value={code}
        aria-describedby={`${id}-code-hint`}
        onFocus={(e) => e.currentTarget.select()}
      />
      <p className="share-more-row">
        <button type="button" className="button" onClick={port.copyEmbedCode}>
          Copy embed code
        </button>
        <span id={`${id}-code-hint`} className="share-more-hint">
          The same presenter link in a frame, to paste as HTML into a course page or a learning
          platform (LMS).
        </span>
      </p>
    </>
  );
}
