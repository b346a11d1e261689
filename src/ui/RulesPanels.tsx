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
import { defineMessages } from '../words/intl';
import { ruleLabel } from '../words/rules';
import { Exportable } from './ExportButtons';
import { OddsPanel, useOdds } from './OddsPanel';
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
      ruleLabel={ruleLabel(judgement.rule, scenario, words.intl)}
      presumes={presumesConsent(judgement.rule.rule)}
      nameOf={words.nameOf}
      noun={scenario.memberNoun}
    />
  );
});
