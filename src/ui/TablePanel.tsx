import { memo } from 'react';
import { Hemicycle } from '../charts/Hemicycle';
import { useAppStore } from '../state/context';
import { useTableShown } from '../state/table';
import { ruleLabel } from '../words/rules';
import { Exportable } from './ExportButtons';
import { seatsOf } from './seats';
import { useWidth } from './useWidth';

/** The hemicycle: every seat, coloured by position; a click on a seat cycles its position. */
export const TablePanel = memo(function TablePanel({
  selectedId,
}: {
  /** The ally the presenter's keys act on (ringed), if any. */
  readonly selectedId: string | null;
}) {
  const shown = useTableShown();
  const cyclePosition = useAppStore((s) => s.cyclePosition);
  const [ref, width] = useWidth();
  const { scenario, judgement } = shown;
  const label = judgement ? ruleLabel(judgement.rule, scenario) : '';
  return (
    <section className="panel table-panel" aria-labelledby="table-heading">
      <h2 id="table-heading">The table</h2>
      <div ref={ref}>
        <Exportable subject="the hemicycle" fileName="hemicycle">
          <Hemicycle
            seats={seatsOf(shown)}
            title={`${scenario.bodyName}: positions under ${label}`}
            onCycle={cyclePosition}
            width={width}
            noun={scenario.memberNoun}
            selectedId={selectedId}
          />
        </Exportable>
      </div>
    </section>
  );
});
