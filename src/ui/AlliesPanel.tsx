import { memo } from 'react';
import { useTableNow, useTableShown } from '../state/table';
import { counted } from '../words/format';
import { AllyList } from './AllyList';
import { SortPicker } from './Pickers';
import { TableCsvButton } from './TableCsvButton';

/** The allies at the table: a heading (the skip link's target), the sort, the CSV, the rows. */
export const AlliesPanel = memo(function AlliesPanel({
  selectedId,
}: {
  /** The ally the presenter's keys act on (ringed and kept in view), if any. */
  readonly selectedId: string | null;
}) {
  const now = useTableNow();
  const shown = useTableShown();
  const { scenario, judgement } = now;
  if (!judgement) return null;
  // Blocking and pivotal tags follow the deferred outcome (while it belongs to the same
  // scenario), so a change re-renders only the row that changed, at once.
  const outcome =
    shown.scenario === scenario && shown.judgement ? shown.judgement.outcome : judgement.outcome;
  const { seats } = judgement.table;
  return (
    <section className="panel allies-panel" aria-labelledby="allies-heading">
      <div className="allies-head">
        <h2 id="allies-heading" tabIndex={-1}>
          {scenario.bodyName}: {counted(scenario.members.length, scenario.memberNoun)} on{' '}
          {scenario.date}
        </h2>
        <SortPicker />
        <TableCsvButton scenario={scenario} seats={seats} />
      </div>
      <AllyList scenario={scenario} seats={seats} outcome={outcome} selectedId={selectedId} />
    </section>
  );
});
