/**
 * The same table under every rule (the comparison strip, with each rule's odds). The Odds panel
 * (OddsPanel, loaded when opened) asks the worker the same question and shares its answer; the
 * odds arrive after each change, and only these panels re-render when they do.
 */
import { memo, useMemo } from 'react';
import { ComparisonStrip } from '../charts/ComparisonStrip';
import type { RuleVerdict } from '../charts/types';
import type { AnalysisClient } from '../state/analysis';
import { oddsQuestionOf, useTableShown, verdictsOf } from '../state/table';
import { shortReason, withOdds } from '../words/outcome';
import { defineMessages } from '../words/intl';
import { ruleLabel } from '../words/rules';
import { Exportable } from './ExportButtons';
import { useOdds } from './odds';
import { useWidth } from './useWidth';

const M = defineMessages({
  heading: { id: 'rules.heading', defaultMessage: 'Under every rule' },
  title: { id: 'rules.title', defaultMessage: 'The same table judged under every decision rule' },
  subject: { id: 'rules.exportSubject', defaultMessage: 'the comparison of rules' },
});

export const RulesPanel = memo(function RulesPanel({ analysis }: { analysis: AnalysisClient }) {
  const shown = useTableShown();
  const verdicts = verdictsOf(shown);
  const odds = useOdds(analysis, oddsQuestionOf(shown));
  const probabilities = odds.status === 'ready' ? odds.result.probabilities : null;
  const { scenario, judgement, words } = shown;
  const { intl } = words;
  const currentId = judgement?.rule.id;
  const rows = useMemo<RuleVerdict[]>(
    () =>
      verdicts.map(({ rule, outcome }) => ({
        ruleId: rule.id,
        label: ruleLabel(rule, scenario, intl),
        status: outcome.status,
        reason: withOdds(shortReason(outcome, words), probabilities?.[rule.id], intl),
        current: rule.id === currentId,
      })),
    [verdicts, words, intl, currentId, scenario, probabilities],
  );
  const [ref, width] = useWidth();
  return (
    <section className="panel rules-panel" aria-labelledby="compare-heading">
      <h2 id="compare-heading">{intl.formatMessage(M.heading)}</h2>
      <div ref={ref}>
        <Exportable subject={intl.formatMessage(M.subject)} fileName="rules">
          <ComparisonStrip verdicts={rows} title={intl.formatMessage(M.title)} width={width} />
        </Exportable>
      </div>
    </section>
  );
});
