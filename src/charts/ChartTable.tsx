/**
 * The table view under every chart: the same data as rows and columns, collapsed by default.
 * The first cell of each row is its header.
 */
import { useState, type ReactNode } from 'react';
import { useChartWords } from './useChartWords';
import { colon } from '../words/format';
import { defineMessages, ENGLISH, type Words } from '../words/intl';

const M = defineMessages({
  view: { id: 'chart.tableView', defaultMessage: 'Table view' },
  yes: { id: 'chart.yes', defaultMessage: 'Yes' },
  no: { id: 'chart.no', defaultMessage: 'No' },
});

export interface ChartTableRow {
  readonly key: string;
  readonly cells: readonly ReactNode[];
}

export interface ChartTableProps {
  /** Names the table (visually hidden caption), usually the chart's title. */
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly ChartTableRow[];
  /** The disclosure's words: "Table view" in the reader's language unless given. */
  readonly summary?: string;
}

export function ChartTable({ caption, columns, rows, summary }: ChartTableProps) {
  const words = useChartWords();
  // The table is built only while open: a chart that updates on every change should not also
  // rebuild dozens of hidden rows each time.
  const [open, setOpen] = useState(false);
  return (
    <details className="chart-table" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {summary ?? words.formatMessage(M.view)}
        <span className="visually-hidden">
          {colon(words)}
          {caption}
        </span>
      </summary>
      {open && (
        <table>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                {row.cells.map((cell, i) =>
                  i === 0 ? (
                    <th key={i} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={i}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}

export const yesNo = (b: boolean, words: Words = ENGLISH): string =>
  words.formatMessage(b ? M.yes : M.no);
