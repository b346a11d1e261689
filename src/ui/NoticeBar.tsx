import { Fragment, memo, useEffect, useState, type ReactNode } from 'react';
import { useAppStore } from '../state/context';
import { useWords } from '../state/words';
import { eventDateText } from '../words/dates';
import { defineMessages, languageOf, type Words } from '../words/intl';
import {
  descriptorOf,
  loadNoticeWords,
  noticeWordsReady,
  type NoticePhrase,
} from '../words/notices';

const M = defineMessages({
  restore: { id: 'notice.restore', defaultMessage: 'Restore my last table' },
  putBack: {
    id: 'notice.putBack',
    defaultMessage: 'Put it back',
    description: 'Puts back an imported scenario the person has just removed',
  },
  dismiss: { id: 'notice.dismiss', defaultMessage: 'Dismiss' },
});

/** Marks where quoted English sits in a formatted sentence (a private-use character). */
const MARK = '\uE000';

/**
 * A notice's sentences in the page's language; English quoted in them (a validator's words, the
 * link reader's) is marked as English outside English.
 */
function phrasesIn(phrases: readonly NoticePhrase[], words: Words): ReactNode {
  const english = languageOf(words) === 'en';
  return phrases.map((p, k) => {
    const descriptor = descriptorOf(p);
    if (!descriptor) return null;
    const quoted: string[] = [];
    const values: Record<string, string | number> = {};
    for (const [key, v] of Object.entries(p.values ?? {}))
      values[key] =
        typeof v !== 'object'
          ? v
          : 'date' in v
            ? eventDateText(v.date, undefined, words)
            : english
              ? v.english
              : `${MARK}${quoted.push(v.english) - 1}${MARK}`;
    // Between marks, the index of a quote: even pieces are the sentence's own words.
    const pieces = words.formatMessage(descriptor, values).split(MARK);
    return (
      <Fragment key={k}>
        {k > 0 && ' '}
        {pieces.map((piece, i) =>
          i % 2 === 0 ? (
            piece
          ) : (
            <span key={i} lang="en">
              {quoted[Number(piece)]}
            </span>
          ),
        )}
      </Fragment>
    );
  });
}

/**
 * A notice about a link or saved work: role="alert", with the kept table (or a removed import)
 * offered back. On the projector, news that is not a problem (a shared table opened over one's
 * own, a scenario revised since the link) waits for the editing view: the whole table stays on
 * one screen, and the notice is still there, with its offer, when presenting ends.
 */
export const NoticeBar = memo(function NoticeBar() {
  const notice = useAppStore((s) => (s.presenting && s.notice?.kind === 'info' ? null : s.notice));
  const dismiss = useAppStore((s) => s.dismissNotice);
  const restoreTable = useAppStore((s) => s.restoreTable);
  const putBack = useAppStore((s) => s.putBack);
  const intl = useWords();
  // A rare notice's words load when it first shows: it appears once they are here.
  const ready = !notice?.phrases || noticeWordsReady(notice.phrases);
  const [, setLoaded] = useState(false);
  useEffect(() => {
    if (!ready)
      loadNoticeWords().then(
        () => setLoaded(true),
        () => {},
      );
  }, [ready]);
  if (!notice || !ready) return null;
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
      <p>{notice.phrases ? phrasesIn(notice.phrases, intl) : notice.message}</p>
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
