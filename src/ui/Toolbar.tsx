import { memo, useEffect } from 'react';
import { useAppStore } from '../state/context';
import { useWords } from '../state/words';
import { defineMessages } from '../words/intl';

const M = defineMessages({
  group: { id: 'history.group', defaultMessage: 'History' },
  undo: { id: 'history.undo', defaultMessage: 'Undo' },
  redo: { id: 'history.redo', defaultMessage: 'Redo' },
  reset: { id: 'history.reset', defaultMessage: 'Reset to scenario' },
});

/** Undo, redo and reset. Shortcuts: Ctrl+Z, Ctrl+Shift+Z (and Ctrl+Y): see useHistoryKeys. */
export const HistoryButtons = memo(function HistoryButtons() {
  const canUndo = useAppStore((s) => s.past.length > 0);
  const canRedo = useAppStore((s) => s.future.length > 0);
  const hasChanges = useAppStore((s) => Object.keys(s.table.changes).length > 0);
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  const reset = useAppStore((s) => s.resetToScenario);
  const intl = useWords();
  // aria-disabled rather than disabled: a button that becomes unavailable keeps the focus.
  const when = (enabled: boolean, action: () => void) => ({
    'aria-disabled': !enabled,
    onClick: () => {
      if (enabled) action();
    },
  });
  return (
    <div className="toolbar" role="group" aria-label={intl.formatMessage(M.group)}>
      <button type="button" {...when(canUndo, undo)} aria-keyshortcuts="Control+Z">
        {intl.formatMessage(M.undo)}
      </button>
      <button type="button" {...when(canRedo, redo)} aria-keyshortcuts="Control+Shift+Z">
        {intl.formatMessage(M.redo)}
      </button>
      <button type="button" {...when(hasChanges, reset)}>
        {intl.formatMessage(M.reset)}
      </button>
    </div>
  );
});

/** Is this key event an undo or redo shortcut? Ignores typing in text fields. */
export function historyShortcut(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'target'>,
): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey)) return null;
  const t = e.target as { tagName?: string; type?: string } | null;
  if (
    t?.tagName === 'TEXTAREA' ||
    (t?.tagName === 'INPUT' && t.type !== 'radio' && t.type !== 'checkbox')
  )
    return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y') return 'redo';
  return null;
}

/** The history shortcuts, anywhere on the page (not while typing in a text field). */
export function useHistoryKeys() {
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = historyShortcut(e);
      if (!action) return;
      e.preventDefault();
      if (action === 'undo') undo();
      else redo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);
}
