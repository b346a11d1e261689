import { memo } from 'react';
import { useAppStore } from '../state/context';
import { useWords } from '../state/words';
import { defineMessages } from '../words/intl';

const M = defineMessages({
  restore: { id: 'notice.restore', defaultMessage: 'Restore my last table' },
  putBack: {
    id: 'notice.putBack',
    defaultMessage: 'Put it back',
    description: 'Puts back an imported scenario the person has just removed',
  },
  dismiss: { id: 'notice.dismiss', defaultMessage: 'Dismiss' },
});

/**
 * A notice about a link or saved work: role="alert", with the kept table (or a removed import)
 * offered back.
 */
export const NoticeBar = memo(function NoticeBar() {
  const notice = useAppStore((s) => s.notice);
  const dismiss = useAppStore((s) => s.dismissNotice);
  const restoreTable = useAppStore((s) => s.restoreTable);
  const putBack = useAppStore((s) => s.putBack);
  const intl = useWords();
  if (!notice) return null;
  const { restore, putBack: removed } = notice;
  return (
    // Only the outcome banner is role="status"; a copy confirmation is a plain polite live region.
    <div
      className="notice"
      data-kind={notice.kind}
      {...(notice.kind === 'copy' || notice.kind === 'info'
        ? { 'aria-live': 'polite' as const }
        : { role: 'alert' })}
    >
      <p>
        {notice.phrases
          ? notice.phrases.map((p) => intl.formatMessage(p.descriptor, p.values)).join(' ')
          : notice.message}
      </p>
      <div className="toolbar">
        {restore && (
          <button type="button" onClick={() => restoreTable(restore)}>
            {intl.formatMessage(M.restore)}
          </button>
        )}
        {removed && (
          <button
            type="button"
            onClick={() => {
              putBack(removed.scenario, removed.table);
              // The notice closes with its button: focus goes to the table that came back.
              document.getElementById('allies-heading')?.focus();
            }}
          >
            {intl.formatMessage(M.putBack)}
          </button>
        )}
        <button type="button" onClick={dismiss}>
          {intl.formatMessage(M.dismiss)}
        </button>
      </div>
    </div>
  );
});
