/**
 * Presenter mode, for a teacher projecting the table: large type, the editing chrome hidden, and
 * the keyboard alone moves between allies and changes their positions. The browser's full screen
 * and print are callbacks from the composition root: components never touch those APIs.
 */
import { useEffect, useRef } from 'react';
import { useAppStore } from '../state/context';
import { useWords } from '../state/words';
import { defineMessages } from '../words/intl';

const M = defineMessages({
  present: { id: 'header.present', defaultMessage: 'Present' },
  print: { id: 'header.printHandout', defaultMessage: 'Print handout' },
});
import { lazyPanel } from './lazyPanel';
import type { PresenterBarProps } from './PresenterBar';
import { isPresentShortcut } from './presenterKeys';
import './presenter.css';

export interface ShowButtonsProps {
  /** Asks the browser for full screen (called within the click or key press). */
  readonly onFullscreen?: () => void;
  /** Opens the browser's print dialog for the handout. */
  readonly onPrint?: () => void;
}

/** "Present" (or P) and "Print handout": buttons for the header's share group. */
export function ShowButtons({ onFullscreen, onPrint }: ShowButtonsProps) {
  const presenting = useAppStore((s) => s.presenting);
  const setPresenting = useAppStore((s) => s.setPresenting);
  const intl = useWords();
  const presentRef = useRef<HTMLButtonElement>(null);
  const wasPresenting = useRef(presenting);

  useEffect(() => {
    const present = () => {
      loadPresenterBar();
      setPresenting(true);
      onFullscreen?.();
    };
    const onKey = (e: KeyboardEvent) => {
      if (!presenting && isPresentShortcut(e)) {
        e.preventDefault();
        present();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [presenting, setPresenting, onFullscreen]);

  // Leaving presenter mode brings the focus back where it was asked for.
  useEffect(() => {
    if (wasPresenting.current && !presenting) presentRef.current?.focus();
    wasPresenting.current = presenting;
  }, [presenting]);

  return (
    <>
      <button
        ref={presentRef}
        type="button"
        aria-keyshortcuts="P"
        onPointerEnter={loadPresenterBar}
        onFocus={loadPresenterBar}
        onClick={() => {
          setPresenting(true);
          onFullscreen?.();
        }}
      >
        {intl.formatMessage(M.present)}
      </button>
      {onPrint && (
        <button type="button" onClick={onPrint}>
          {intl.formatMessage(M.print)}
        </button>
      )}
    </>
  );
}

/** The presenter's strip, on demand (src/ui/PresenterBar.tsx). */
export const presenterBar = lazyPanel<PresenterBarProps>(() =>
  import('./PresenterBar').then((m) => m.PresenterBar),
);
const loadPresenterBar = () => void presenterBar.load().catch(() => undefined);
