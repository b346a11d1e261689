import { memo } from 'react';
import { useAppStore } from '../state/context';

/**
 * A notice about a link or saved work: role="alert", with the kept table (or a removed import)
 * offered back.
 */
export const NoticeBar = memo(function NoticeBar() {
  const notice = useAppStore((s) => s.notice);
  const dismiss = useAppStore((s) => s.dismissNotice);
  const restoreTable = useAppStore((s) => s.restoreTable);
  const putBack = useAppStore((s) => s.putBack);
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
      <p>{notice.message}</p>
      <div className="toolbar">
        {restore && (
          <button type="button" onClick={() => restoreTable(restore)}>
            Restore my last table
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
            Put it back
          </button>
        )}
        <button type="button" onClick={dismiss}>
          Dismiss
        </button>
      </div>
    </div>
  );
});
