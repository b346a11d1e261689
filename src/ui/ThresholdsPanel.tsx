import { memo, useMemo } from 'react';
import { ThresholdBars } from '../charts/ThresholdBars';
import { useTableShown } from '../state/table';
import { formatQuantity } from '../words/format';
import { labelledMargins, ruleLabel } from '../words/rules';
import { Exportable } from './ExportButtons';
import { useWidth } from './useWidth';

/** How close the table is to each threshold of the current rule. */
export const ThresholdsPanel = memo(function ThresholdsPanel() {
  const { scenario, judgement } = useTableShown();
  const [ref, width] = useWidth();
  const margins = useMemo(
    () =>
      judgement
        ? labelledMargins(judgement.outcome.margins, judgement.rule.rule, scenario.memberNoun)
        : [],
    [judgement, scenario],
  );
  const label = judgement ? ruleLabel(judgement.rule, scenario) : '';
  return (
    <section className="panel" aria-labelledby="thresholds-heading">
      <h2 id="thresholds-heading">Thresholds</h2>
      <div ref={ref}>
        <Exportable subject="the threshold bars" fileName="thresholds">
          <ThresholdBars
            margins={margins}
            title={`How close the table is to each threshold of ${label}`}
            format={formatQuantity}
            width={width}
            noun={scenario.memberNoun}
          />
        </Exportable>
      </div>
    </section>
  );
});
