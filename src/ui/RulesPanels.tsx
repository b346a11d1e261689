/**
 * The same table under every rule (the comparison strip, with each rule's odds), and the odds of
 * the current rule. Both ask the worker the same question and share its answer; the odds arrive
 * after each change, and only these panels re-render when they do.
 */
import { memo, useMemo } from 'react';
import { ComparisonStrip } from '../charts/ComparisonStrip';
import type { RuleVerdict } from '../charts/types';
import { presumesConsent } from '../engine/rules';
import type { AnalysisClient } from '../state/analysis';
import { oddsQuestionOf, useTableShown, verdictsOf } from '../state/table';
import { shortReason, withOdds } from '../words/outcome';
import { ruleLabel } from '../words/rules';
import { Exportable } from './ExportButtons';
import { OddsPanel, useOdds } from './OddsPanel';
import { useWidth } from './useWidth';

export const RulesPanel = memo(function RulesPanel({ analysis }: { analysis: AnalysisClient }) {
  const shown = useTableShown();
  const verdicts = verdictsOf(shown);
  const odds = useOdds(analysis, oddsQuestionOf(shown));
  const probabilities = odds.status === 'ready' ? odds.result.probabilities : null;
  const { scenario, judgement, words } = shown;
  const currentId = judgement?.rule.id;
  const rows = useMemo<RuleVerdict[]>(
    () =>
      verdicts.map(({ rule, outcome }) => ({
        ruleId: rule.id,
        label: ruleLabel(rule, scenario),
        status: outcome.status,
        reason: withOdds(shortReason(outcome, words), probabilities?.[rule.id]),
        current: rule.id === currentId,
      })),
    [verdicts, words, currentId, scenario, probabilities],
  );
  const [ref, width] = useWidth();
  return (
    <section className="panel rules-panel" aria-labelledby="compare-heading">
      <h2 id="compare-heading">Under every rule</h2>
      <div ref={ref}>
        <Exportable subject="the comparison of rules" fileName="rules">
          <ComparisonStrip
            verdicts={rows}
            title="The same table judged under every decision rule"
            width={width}
          />
        </Exportable>
      </div>
    </section>
  );
});

export const OddsSection = memo(function OddsSection({ analysis }: { analysis: AnalysisClient }) {
  const shown = useTableShown();
  const question = oddsQuestionOf(shown);
  const odds = useOdds(analysis, question);
  const { scenario, judgement, words } = shown;
  if (!judgement) return null;
  return (
    <OddsPanel
      odds={odds}
      question={question}
      ruleLabel={ruleLabel(judgement.rule, scenario)}
      presumes={presumesConsent(judgement.rule.rule)}
      nameOf={words.nameOf}
      noun={scenario.memberNoun}
    />
  );
});
