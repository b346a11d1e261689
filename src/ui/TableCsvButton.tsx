import { useState } from 'react';
import type { Seat } from '../engine/types';
import './export.css';
import type { Scenario } from '../scenario/model';
import { useAppStore } from '../state/context';
import { useWords } from '../state/words';
import { nounIn } from '../words/format';
import { defineMessages } from '../words/intl';
import { CSV_TYPE, saveBlob } from './download';
import { EXPORT_WORDS } from './ExportButtons';

const M = defineMessages({
  label: { id: 'export.csv.label', defaultMessage: 'Download the table of {nouns} as CSV' },
});

/** Downloads the table of allies as played (positions, evidence, chances, sources) as CSV. */
export function TableCsvButton({
  scenario,
  seats,
}: {
  scenario: Scenario;
  seats: readonly Seat[];
}) {
  const intl = useWords();
  const changes = useAppStore((s) => s.table.changes);
  const [failed, setFailed] = useState(false);
  const noun = nounIn(scenario.memberNoun, intl).other;
  const download = async () => {
    setFailed(false);
    // The CSV writer (and d3's CSV code) loads when a download is asked for, not on first visit.
    const tableCsv = await import('./tableCsv').then(
      (m) => m.tableCsv,
      () => null,
    );
    if (!tableCsv) {
      setFailed(true);
      return;
    }
    // A byte-order mark, so spreadsheets read the names (Türkiye) as UTF-8.
    saveBlob(
      new Blob(['\ufeff', tableCsv(scenario, seats, changes, intl)], { type: CSV_TYPE }),
      `${scenario.id}-table.csv`,
    );
  };
  return (
    <div className="export-buttons">
      <button
        type="button"
        aria-label={intl.formatMessage(M.label, { nouns: noun })}
        onClick={() => void download()}
      >
        CSV
      </button>
      {failed && (
        <span role="alert">
          {intl.formatMessage(EXPORT_WORDS.failed, {
            error: intl.formatMessage(EXPORT_WORDS.notLoaded),
          })}
        </span>
      )}
    </div>
  );
}
