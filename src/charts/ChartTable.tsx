/**
 * The table view under every chart: the same data as rows and columns, collapsed by default.
 * The first cell of each row is its header.
 */
import { useState, type ReactNode } from 'react';

export interface ChartTableRow {
  readonly key: string;
  readonly cells: readonly ReactNode[];
}

export interface ChartTableProps {
  /** Names the table (visually hidden caption), usually the chart's title. */
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly ChartTableRow[];
  readonly summary?: string;
}

export function ChartTable({ caption, columns, rows, summary = 'Table view' }: ChartTableProps) {
  // The table is built only while open: a chart that updates on every change should not also
  // rebuild dozens of hidden rows each time.
  const [open, setOpen] = useState(false);
  return (
    <details className="chart-table" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {summary}
        <span className="visually-hidden">: {caption}</span>
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

export const yesNo = (b: boolean) => (b ? 'Yes' : 'No');
