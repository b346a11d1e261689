import { memo, useMemo } from 'react';
import '../words/parts/panels';
import { ThresholdBars } from '../charts/ThresholdBars';
import { useTableShown } from '../state/table';
import { useWords } from '../state/words';
import { defineMessages } from '../words/intl';
import { formatQuantity } from '../words/format';
import { labelledMargins, ruleLabel } from '../words/rules';
import { Exportable } from './ExportButtons';
import { useWidth } from './useWidth';

const M = defineMessages({
  heading: { id: 'thresholds.heading', defaultMessage: 'Thresholds' },
  subject: {
    id: 'thresholds.exportSubject',
    defaultMessage: 'the threshold bars',
    description: 'What the download buttons save',
  },
  title: {
    id: 'thresholds.title',
    defaultMessage: 'How close the table is to each threshold of {rule}',
  },
});

/** How close the table is to each threshold of the current rule. */
export const ThresholdsPanel = memo(function ThresholdsPanel() {
  const { scenario, judgement } = useTableShown();
  const words = useWords();
  const [ref, width] = useWidth();
  const margins = useMemo(
    () =>
      judgement
        ? labelledMargins(
            judgement.outcome.margins,
            judgement.rule.rule,
            scenario.memberNoun,
            words,
          )
        : [],
    [judgement, scenario, words],
  );
  const format = useMemo(
    () => (x: number, unit: string) => formatQuantity(x, unit, words),
    [words],
  );
  const label = judgement ? ruleLabel(judgement.rule, scenario, words) : '';
  return (
    <section className="panel" aria-labelledby="thresholds-heading">
      <h2 id="thresholds-heading">{words.formatMessage(M.heading)}</h2>
      <div ref={ref}>
        <Exportable subject={words.formatMessage(M.subject)} fileName="thresholds">
          <ThresholdBars
            margins={margins}
            title={words.formatMessage(M.title, { rule: label })}
            format={format}
            width={width}
            noun={scenario.memberNoun}
          />
        </Exportable>
      </div>
    </section>
  );
});
