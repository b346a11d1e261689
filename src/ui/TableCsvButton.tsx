import type { Seat } from '../engine/types';
import './export.css';
import type { Scenario } from '../scenario/model';
import { useAppStore } from '../state/context';
import { CSV_TYPE, saveBlob } from './download';
import { tableCsv } from './tableCsv';

/** Downloads the table of allies as played (positions, evidence, chances, sources) as CSV. */
export function TableCsvButton({
  scenario,
  seats,
}: {
  scenario: Scenario;
  seats: readonly Seat[];
}) {
  const changes = useAppStore((s) => s.table.changes);
  const noun = scenario.memberNoun.other;
  return (
    <div className="export-buttons">
      <button
        type="button"
        aria-label={`Download the table of ${noun} as CSV`}
        onClick={() =>
          // A byte-order mark, so spreadsheets read the names (Türkiye) as UTF-8.
          saveBlob(
            new Blob(['\ufeff', tableCsv(scenario, seats, changes)], { type: CSV_TYPE }),
            `${scenario.id}-table.csv`,
          )
        }
      >
        CSV
      </button>
    </div>
  );
}
