import { memo, useState } from 'react';
import { useTableNow, useTableShown } from '../state/table';
import { useWords } from '../state/words';
import { bodyNameIn, nounIn } from '../words/format';
import { defineMessages, languageOf } from '../words/intl';
import { eventDateText } from '../words/dates';
import { AllyList, memberMatches } from './AllyList';
import { SortPicker } from './Pickers';
import { TableCsvButton } from './TableCsvButton';

const M = defineMessages({
  heading: {
    id: 'allies.heading',
    defaultMessage:
      '{body}: {count, plural, one {{count, number} {one}} other {{count, number} {other}}} on {date}',
    description:
      "body: the body (NATO); one, other: what it calls its seats; date: YYYY-MM-DD in English, the day written the language's way in others",
  },
  find: {
    id: 'allies.find',
    defaultMessage: 'Find a {one}',
    description: 'The box that finds members by name; one, other: what the body calls its seats',
  },
  found: {
    id: 'allies.found',
    defaultMessage:
      '{count, plural, one {{count, number} {one}} other {{count, number} {other}}} of {total, number} shown',
  },
});

/** Past this many members a body's list gets a find box: 250 rows are a long scroll on a phone. */
const FIND_FROM = 40;

/**
 * The allies at the table: a heading (the skip link's target), the sort, the CSV, the rows; for a
 * large body, a box that finds members by name.
 */
export const AlliesPanel = memo(function AlliesPanel({
  selectedId,
}: {
  /** The ally the presenter's keys act on (ringed and kept in view), if any. */
  readonly selectedId: string | null;
}) {
  const now = useTableNow();
  const shown = useTableShown();
  const intl = useWords();
  const { scenario, judgement } = now;
  // What was typed, and for which scenario: another table starts with every member shown.
  const [find, setFind] = useState({ scenarioId: scenario.id, text: '' });
  if (!judgement) return null;
  const large = scenario.members.length > FIND_FROM;
  const filter = large && find.scenarioId === scenario.id ? find.text : '';
  const matching = filter.trim()
    ? scenario.members.filter((m) => memberMatches(m, filter, intl)).length
    : scenario.members.length;
  // Blocking and pivotal tags follow the deferred outcome (while it belongs to the same
  // scenario), so a change re-renders only the row that changed, at once.
  const outcome =
    shown.scenario === scenario && shown.judgement ? shown.judgement.outcome : judgement.outcome;
  const { seats } = judgement.table;
  const noun = nounIn(scenario.memberNoun, intl);
  return (
    <section className="panel allies-panel" aria-labelledby="allies-heading">
      <div className="allies-head">
        <h2 id="allies-heading" tabIndex={-1}>
          {intl.formatMessage(M.heading, {
            body: bodyNameIn(scenario.bodyName, intl),
            count: scenario.members.length,
            // English as it has always read (ISO); other languages write the day their way.
            date:
              languageOf(intl) === 'en'
                ? scenario.date
                : eventDateText(scenario.date, undefined, intl),
            ...noun,
          })}
        </h2>
        <SortPicker />
        <TableCsvButton scenario={scenario} seats={seats} />
      </div>
      {large && (
        <div className="ally-find">
          <label>
            {intl.formatMessage(M.find, { ...noun })}{' '}
            <input
              type="search"
              value={filter}
              onChange={(e) => setFind({ scenarioId: scenario.id, text: e.target.value })}
            />
          </label>{' '}
          <span aria-live="polite">
            {filter.trim()
              ? intl.formatMessage(M.found, {
                  count: matching,
                  total: scenario.members.length,
                  ...noun,
                })
              : ''}
          </span>
        </div>
      )}
      <AllyList
        scenario={scenario}
        seats={seats}
        outcome={outcome}
        selectedId={selectedId}
        filter={filter}
      />
    </section>
  );
});
