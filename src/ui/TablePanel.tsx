import { memo } from 'react';
import { Hemicycle } from '../charts/Hemicycle';
import { useAppStore } from '../state/context';
import { useTableShown } from '../state/table';
import { useWords } from '../state/words';
import { bodyNameIn } from '../words/format';
import { defineMessages } from '../words/intl';
import { ruleLabel } from '../words/rules';
import { Exportable } from './ExportButtons';
import { seatsOf } from './seats';
import { useWidth } from './useWidth';

const M = defineMessages({
  heading: { id: 'table.heading', defaultMessage: 'The table' },
  title: { id: 'table.title', defaultMessage: '{body}: positions under {rule}' },
  subject: { id: 'table.exportSubject', defaultMessage: 'the hemicycle' },
});

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
  const words = useWords();
  const label = judgement ? ruleLabel(judgement.rule, scenario, words) : '';
  return (
    <section className="panel table-panel" aria-labelledby="table-heading">
      <h2 id="table-heading">{words.formatMessage(M.heading)}</h2>
      <div ref={ref}>
        <Exportable subject={words.formatMessage(M.subject)} fileName="hemicycle">
          <Hemicycle
            seats={seatsOf(shown)}
            title={words.formatMessage(M.title, {
              body: bodyNameIn(scenario.bodyName, words),
              rule: label,
            })}
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
