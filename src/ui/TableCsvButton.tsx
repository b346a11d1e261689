import { useState } from 'react';
import type { Seat } from '../engine/types';
import './export.css';
import type { Scenario } from '../scenario/model';
import { useAppStore } from '../state/context';
import { CSV_TYPE, saveBlob } from './download';

/** Downloads the table of allies as played (positions, evidence, chances, sources) as CSV. */
export function TableCsvButton({
  scenario,
  seats,
}: {
  scenario: Scenario;
  seats: readonly Seat[];
}) {
  const changes = useAppStore((s) => s.table.changes);
  const [failed, setFailed] = useState(false);
  const noun = scenario.memberNoun.other;
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
      new Blob(['\ufeff', tableCsv(scenario, seats, changes)], { type: CSV_TYPE }),
      `${scenario.id}-table.csv`,
    );
  };
  return (
    <div className="export-buttons">
      <button
        type="button"
        aria-label={`Download the table of ${noun} as CSV`}
        onClick={() => void download()}
      >
        CSV
      </button>
      {failed && (
        <span role="alert">
          Download failed: the download code did not load (is the network down?); try again
        </span>
      )}
    </div>
  );
}
